// Package bearerprecision: raw Authorization values are reported only
// where the scheme of the API is known (class 6 of issue 19), and a
// provider chosen in a branch decides for that branch (class 7). Each bad
// case stands beside a near-identical good one.
package bearerprecision

import (
	"net/http"
	"os"
)

// ---- class 6: a raw value for an API we cannot identify ----

// A DNS provider whose documented value already carries its scheme
// ("Apikey <key>" in the variable): silent.
func dnsProvider(req *http.Request) {
	req.Header.Set("Authorization", os.Getenv("EXAMPLEDNS_API_KEY"))
}

// The same value to an API of the registry, by its host: reported.
func registryHost(req *http.Request) {
	req, _ = http.NewRequest("GET", "https://api.mistral.ai/v1/models", nil)
	req.Header.Set("Authorization", os.Getenv("EXAMPLEDNS_API_KEY")) // want `bearer-scheme: Authorization value has no "Bearer " prefix; Mistral rejects it with 401`
}

// An in-house service's token: silent.
type internalClient struct {
	apiKey string
}

func (c *internalClient) do(req *http.Request) {
	req.Header.Set("Authorization", c.apiKey)
}

// The same client where the function sends "Bearer " itself: the API takes
// Bearer, so the raw send beside it is a mistake we can see.
func (c *internalClient) doBoth(req, other *http.Request) {
	other.Header.Set("Authorization", "Bearer "+c.apiKey)
	req.Header.Set("Authorization", c.apiKey) // want `no "Bearer " prefix; servers that take Bearer tokens reject it with 401: use "Bearer " \+ c.apiKey`
}

// A gateway that forwards a channel's admin-written value from a helper of
// its own: silent.
type channel struct {
	Type   int
	APIKey string
}

func forward(req *http.Request, ch *channel) {
	req.Header.Set("Authorization", ch.APIKey)
}

// A malformed scheme is visible whatever the API: reported, without
// claiming WaveSpeed refuses it.
func malformed(req *http.Request, ch *channel) {
	req.Header.Set("Authorization", "Bearer:"+ch.APIKey) // want `writes the scheme as "Bearer:" with a colon; servers that take Bearer tokens reject it with 401`
	req.Header.Set("Authorization", "Bearer "+ch.APIKey)
}
