// Package source is the key-source check's fixture: each key read from a
// flag, the command line, a file, an embedded file or a config file stands
// beside the same shape fed from os.Getenv.
package source

import "net/http"

// A small SDK of the usual shape.

type Option func(*Client)

func WithAPIKey(apiKey string) Option { return func(c *Client) { c.apiKey = apiKey } } // want WithAPIKey:`uses\(0:credential\)`

type Client struct {
	apiKey  string
	baseURL string
}

func NewClient(apiKey string) *Client { return &Client{apiKey: apiKey} } // want NewClient:`uses\(0:credential\)`

func (c *Client) Do(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+c.apiKey)
	return http.DefaultClient.Do(req)
}

func use(v ...any) {}
