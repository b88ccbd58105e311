// Package lib is a package of the user's code that the app imports: its
// client sends APIKey in a header, and Debug writes its argument out.
package lib

import (
	"log"
	"net/http"
)

// Client sends APIKey as its credential.
type Client struct {
	APIKey  string
	BaseURL string
}

// New returns a client.
func New(key, base string) *Client { return &Client{APIKey: key, BaseURL: base} }

// Do sends the request with the client's key.
func (c *Client) Do(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+c.APIKey)
	return http.DefaultClient.Do(req)
}

// Debug logs a label and a value.
func Debug(label, value string) {
	log.Printf("%s=%s", label, value)
}

// Label returns a label: its argument goes nowhere.
func Label(label, value string) string { return label }

// Settings are a service's settings.
type Settings struct {
	Token string
	Name  string
}

// Dump logs the settings' token.
func Dump(s Settings) { log.Println("token", s.Token) }

// DumpName logs the settings' name.
func DumpName(s Settings) { log.Println("name", s.Name) }
