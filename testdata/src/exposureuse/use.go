// Package exposureuse: values known as keys by where they go. Nothing here
// reads a key from a key-named source; each value is a key because it is
// sent as one, and logging it is exposure. Beside each, a value that is
// not sent as a credential stays silent.
package exposureuse

import (
	"fmt"
	"log"
	"net/http"
	"net/url"
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
	log.Printf("calling %s with %s", c.BaseURL, c.APIKey) // want `key-exposure: credential sent in the Authorization header \(use.go:23\) written to the log`
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
	fmt.Println("token:", tok) // want `credential sent in the X-Api-Key header \(use.go:36\) printed to standard output`
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
	return fmt.Errorf("session of %s with %s expired", s.user, s.token) // want `credential sent in the Authorization header \(use.go:54\) put in an error message`
}

func (s *session) failQuietly() error {
	return fmt.Errorf("session of %s expired", s.user)
}

// An STS endpoint takes its token in the query by design: a value known as
// a key only by that query is the API's to take there. Google's API hosts
// take the same key in a header, so the query is reported there.
func stsQuery(endpoint, token string) string {
	q := url.Values{}
	q.Set("Token", token)
	return endpoint + "?" + q.Encode()
}

func googleQuery(raw string) string {
	v := strings.TrimSpace(raw)
	return "https://generativelanguage.googleapis.com/v1beta/models?key=" + v // want `key-exposure: credential sent in the key query parameter \(use.go:\d+\) put in a URL query \(key=\), which proxies, servers and browsers log; send it in the X-Goog-Api-Key header`
}

// A DNS provider's API that takes its key in the query (api-key, a name
// that is also a header's): the query is its use, not a header.
func dnsQuery(endpoint *url.URL, key string) string {
	q := url.Values{}
	q.Set("api-key", key)
	endpoint.RawQuery = q.Encode()
	return endpoint.String()
}
