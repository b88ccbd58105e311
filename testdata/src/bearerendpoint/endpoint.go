// Package bearerendpoint: the provider of a request known only through a
// URL held in a field or a config default, and a provider whose scheme
// depends on the endpoint (Stability's raw key on /v1/, Bearer on v2).
package bearerendpoint

import (
	"net/http"
	"os"
)

// Config is a client's settings, with a provider's default base URL.
type Config struct {
	BaseURL string
	APIKey  string
}

func anthropicDefaults(key string) Config {
	return Config{BaseURL: "https://api.anthropic.com", APIKey: key}
}

type anthropicClient struct{ cfg Config }

func (c *anthropicClient) send() {
	req, _ := http.NewRequest("POST", c.cfg.BaseURL+"/v1/messages", nil)
	req.Header.Set("Authorization", "Bearer "+c.cfg.APIKey) // want `bearer-scheme: Anthropic key sent as "Authorization: Bearer <key>"; Anthropic expects "X-Api-Key: <key>"`
}

type openaiClient struct {
	baseURL string
	apiKey  string
}

func newOpenAI() *openaiClient {
	return &openaiClient{baseURL: "https://api.openai.com/v1", apiKey: os.Getenv("LLM_KEY")}
}

func (c *openaiClient) send() {
	req, _ := http.NewRequest("POST", c.baseURL+"/chat/completions", nil)
	req.Header.Set("Authorization", "Bearer "+c.apiKey)
}

func (c *openaiClient) sendWrongHeader() {
	req, _ := http.NewRequest("POST", c.baseURL+"/chat/completions", nil)
	req.Header.Set("X-Api-Key", c.apiKey) // want `bearer-scheme: OpenAI key sent as "X-Api-Key: <key>"; OpenAI expects "Authorization: Bearer <key>"`
}

func stabilityV2() {
	req, _ := http.NewRequest("POST", "https://api.stability.ai/v2beta/stable-image/generate/core", nil)
	req.Header.Set("Authorization", os.Getenv("STABILITY_API_KEY")) // want `bearer-scheme: Authorization value has no "Bearer " prefix; Stability AI rejects it with 401`
}

func stabilityV1() {
	req, _ := http.NewRequest("POST", "https://api.stability.ai/v1/generation/stable-diffusion-v1-6/text-to-image", nil)
	req.Header.Set("Authorization", os.Getenv("STABILITY_API_KEY"))
}

func stabilityV2Bearer() {
	req, _ := http.NewRequest("POST", "https://api.stability.ai/v2beta/stable-image/generate/core", nil)
	req.Header.Set("Authorization", "Bearer "+os.Getenv("STABILITY_API_KEY"))
}

var _ = anthropicDefaults
