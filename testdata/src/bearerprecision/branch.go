package bearerprecision

import "net/http"

// ---- class 7: a provider chosen in another branch ----

const (
	providerAnthropic = "anthropic"
	providerOpenAI    = "openai"
)

type llm struct {
	provider string
	apiKey   string
}

// Each case sends the key its provider's way: silent. (The OpenAI host in
// the other case used to label the whole function OpenAI, and the
// Anthropic case was reported.)
func (c *llm) send(req *http.Request) {
	switch c.provider {
	case providerAnthropic:
		req.Header.Set("x-api-key", c.apiKey)
	case providerOpenAI:
		req, _ = http.NewRequest("POST", "https://api.openai.com/v1/chat/completions", nil)
		req.Header.Set("Authorization", "Bearer "+c.apiKey)
	}
}

// The same switch with the Anthropic case sending Bearer: reported, as
// Anthropic's.
func (c *llm) sendBad(req *http.Request) {
	switch c.provider {
	case providerAnthropic:
		req.Header.Set("Authorization", "Bearer "+c.apiKey) // want `Anthropic key sent as "Authorization: Bearer <key>"; Anthropic expects "X-Api-Key: <key>"`
	case providerOpenAI:
		req, _ = http.NewRequest("POST", "https://api.openai.com/v1/chat/completions", nil)
		req.Header.Set("Authorization", "Bearer "+c.apiKey)
	}
}

// An if/else on the provider, with the host named in each branch.
func (c *llm) sendIf(req *http.Request) {
	if c.provider == "anthropic" {
		req, _ = http.NewRequest("POST", "https://api.anthropic.com/v1/messages", nil)
		req.Header.Set("X-Api-Key", c.apiKey)
	} else {
		req, _ = http.NewRequest("POST", "https://api.openai.com/v1/chat/completions", nil)
		req.Header.Set("Authorization", "Bearer "+c.apiKey)
	}
}

func (c *llm) sendIfBad(req *http.Request) {
	if c.provider == "anthropic" {
		req, _ = http.NewRequest("POST", "https://api.anthropic.com/v1/messages", nil)
		req.Header.Set("X-Api-Key", c.apiKey)
	} else {
		req, _ = http.NewRequest("POST", "https://api.openai.com/v1/chat/completions", nil)
		req.Header.Set("X-Api-Key", c.apiKey) // want `OpenAI key sent as "X-Api-Key: <key>"; OpenAI expects "Authorization: Bearer <key>"`
	}
}
