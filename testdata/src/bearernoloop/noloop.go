// Package bearernoloop holds the same header map as package bearer but never
// copies it into request headers: a map[string]string is only a header map
// when it reaches headers, so nothing is reported here.
package bearernoloop

import (
	"net/http"
	"os"
)

type client struct {
	apiKey string
}

func (c *client) labels() map[string]string {
	return map[string]string{
		"Authorization": c.apiKey,
		"Content-Type":  "application/json",
	}
}

func (c *client) do(req *http.Request) {
	for k, v := range c.labels() {
		_, _ = k, v
	}
	req.Header.Set("Authorization", "Bearer "+os.Getenv("WAVESPEED_API_KEY"))
}
