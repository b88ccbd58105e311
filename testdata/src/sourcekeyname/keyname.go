// Package sourcekeyname: a verb and "Key" in a callee's name do not make
// its parameter a key (issue 19, class 4).
package sourcekeyname

import "flag"

type admin struct{}

// RegenerateServiceKey takes the service's ID and returns its new key.
func (admin) RegenerateServiceKey(id string) (string, error) { return "", nil }

// GetAPIKey looks a key up by its owner.
func (admin) GetAPIKey(owner string) string { return "" }

// SetServiceKey takes the key.
func (admin) SetServiceKey(key string) {}

func main() {
	var a admin
	service := flag.String("service", "", "the service to rotate")
	_, _ = a.RegenerateServiceKey(*service) // silent: the argument is an ID
	owner := flag.String("owner", "", "whose key to show")
	_ = a.GetAPIKey(*owner)                          // silent: the argument names the owner
	value := flag.String("value", "", "the new key") // want `key-source: API key read from command-line flag -value`
	a.SetServiceKey(*value)                          // the setter takes the key
}
