// Package bearerfix checks the bearer-scheme suggested fixes against
// fix.go.golden.
package bearerfix

import (
	"fmt"
	"net/http"
	"os"

	"github.com/go-resty/resty/v2"
)

func fixes(req *http.Request, apiKey string) {
	h := req.Header
	h.Set("Authorization", apiKey)                                  // want `no "Bearer " prefix`
	h.Set("Authorization", "Bearer"+apiKey)                         // want `no space`
	h.Set("Authorization", "Bearer: "+apiKey)                       // want `with a colon`
	h.Set("Authorization", "Bearer  "+apiKey)                       // want `instead of one space`
	h.Set("Authorization", " Bearer "+apiKey)                       // want `starts with a space`
	h.Set("Authorization", "bearer "+apiKey)                        // want `spells the scheme`
	h.Set("Authorization", fmt.Sprintf("Bearer:%s", apiKey))        // want `with a colon`
	h.Set("Authorization", "Token "+os.Getenv("WAVESPEED_API_KEY")) // want `"Token" scheme`
	h.Set("X-API-Key", os.Getenv("WAVESPEED_API_KEY"))              // want `"X-API-Key" header`
}

func doubled(req *http.Request) {
	auth := "Bearer " + os.Getenv("WAVESPEED_API_KEY")
	req.Header.Set("Authorization", "Bearer "+auth) // want `the scheme twice`
}

func token(c *resty.Client, apiKey string) {
	c.SetAuthToken("Bearer " + apiKey) // want `SetAuthToken adds "Bearer " itself`
}

// The fix edits only the scheme, so it never repeats the key (and keeps a
// raw string raw).
func literal(req *http.Request) {
	req.Header.Set("Authorization", `Token 5b2d4e6f8a0b1c3d5e7f9a2b4c6d8e0f1a3b5c7d9e2f4a6b8c0d1e3f9c1e7a3f`) // want `"Token" scheme`
}
