// Package client builds WaveSpeed request headers; its Authorization value
// lacks the "Bearer " scheme (a bearer-scheme finding once that check
// exists). The fixture imports nothing from the standard library, so that
// go vet has few dependencies to analyze.
package client

// Headers returns the headers of a prediction request authorized with key.
func Headers(key string) map[string]string {
	return map[string]string{
		"Authorization": key,
		"Content-Type":  "application/json",
	}
}
