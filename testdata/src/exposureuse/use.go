// Package exposureuse: values known as keys by where they go. Nothing here
// reads a key from a key-named source; each value is a key because it is
// sent as one, and logging it is exposure. Beside each, a value that is
// not sent as a credential stays silent.
package exposureuse

import (
	"fmt"
	"log"
	"net/http"
	"strings"
)

// Client is a library's client: callers fill APIKey.
type Client struct {
	APIKey  string
	BaseURL string
	Model   string
}

func (c *Client) do(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+c.APIKey)
	log.Printf("calling %s with %s", c.BaseURL, c.APIKey) // want `key-exposure: credential sent in the Authorization header \(use.go:22\) written to the log`
	log.Printf("calling %s with model %s", c.BaseURL, c.Model)
}

func basic(req *http.Request, user, pass string) {
	req.SetBasicAuth(user, pass)
	log.Println("login as", user)
	log.Println("password", pass) // want `credential sent as a basic-auth password`
}

func header(req *http.Request, raw string) {
	tok := strings.TrimSpace(raw)
	req.Header.Set("X-Api-Key", tok)
	fmt.Println("token:", tok) // want `credential sent in the X-Api-Key header \(use.go:35\) printed to standard output`
	fmt.Println("token length:", len(tok))
}

func otherHeader(req *http.Request, raw string) {
	v := strings.TrimSpace(raw)
	req.Header.Set("X-Request-Id", v)
	fmt.Println("request:", v)
}

// session keeps a token it got elsewhere and sends it in a header map.
type session struct {
	token string
	user  string
}

func (s *session) headers() http.Header {
	return http.Header{"Authorization": {"Bearer " + s.token}}
}

func (s *session) fail() error {
	return fmt.Errorf("session of %s with %s expired", s.user, s.token) // want `credential sent in the Authorization header \(use.go:53\) put in an error message`
}

func (s *session) failQuietly() error {
	return fmt.Errorf("session of %s expired", s.user)
}
