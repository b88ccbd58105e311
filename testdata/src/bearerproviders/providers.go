// Package bearerproviders sends keys of providers from the registry, each
// the way its provider documents beside the ways it rejects.
package bearerproviders

import (
	"net/http"
	"os"
)

func openai(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+os.Getenv("OPENAI_API_KEY"))
	req.Header.Set("X-API-Key", os.Getenv("OPENAI_API_KEY")) // want `OpenAI key sent as "X-Api-Key: <key>"; OpenAI expects "Authorization: Bearer <key>"`
}

func anthropic(req *http.Request) {
	req.Header.Set("x-api-key", os.Getenv("ANTHROPIC_API_KEY"))
	req.Header.Set("Authorization", "Bearer "+os.Getenv("ANTHROPIC_API_KEY")) // want `Anthropic key sent as "Authorization: Bearer <key>"; Anthropic expects "X-Api-Key: <key>" and rejects this with 401: send "" \+ os.Getenv\("ANTHROPIC_API_KEY"\) in the X-Api-Key header \(Anthropic reads its key from ANTHROPIC_API_KEY\)`
}

func pexels(req *http.Request) {
	req.Header.Set("Authorization", os.Getenv("PEXELS_API_KEY"))
	req.Header.Set("Authorization", "Bearer "+os.Getenv("PEXELS_API_KEY")) // want `Pexels key sent as "Authorization: Bearer <key>"; Pexels expects "Authorization: <key>"`
}

func discord(req *http.Request) {
	req.Header.Set("Authorization", "Bot "+os.Getenv("DISCORD_BOT_TOKEN"))
	req.Header.Set("Authorization", "Bearer "+os.Getenv("DISCORD_BOT_TOKEN")) // want `Discord key sent as "Authorization: Bearer <key>"; Discord expects "Authorization: Bot <key>"`
}

func stability(req *http.Request) {
	req.Header.Set("Authorization", os.Getenv("STABILITY_API_KEY"))
	// Not a registry variable, and nothing here says WaveSpeed or Bearer:
	// the scheme of this API is unknown, so the raw value is not reported
	// (it was, as "WaveSpeed and other Bearer APIs reject it").
	req.Header.Set("Authorization", os.Getenv("STABILITY_SECRET_KEY"))
}

func fal(req *http.Request) {
	req.Header.Set("Authorization", "Key "+os.Getenv("FAL_KEY"))
	req.Header.Set("Authorization", "Bearer "+os.Getenv("FAL_KEY")) // want `fal key sent as "Authorization: Bearer <key>"; fal expects "Authorization: Key <key>"`
}

func elevenlabs(req *http.Request) {
	req.Header.Set("xi-api-key", os.Getenv("ELEVENLABS_API_KEY"))
	req.Header.Set("Authorization", "Bearer "+os.Getenv("ELEVENLABS_API_KEY")) // want `ElevenLabs key sent as "Authorization: Bearer <key>"; ElevenLabs expects "Xi-Api-Key: <key>"`
}

func deepgram(req *http.Request) {
	req.Header.Set("Authorization", "Token "+os.Getenv("DEEPGRAM_API_KEY"))
	req.Header.Set("Authorization", os.Getenv("DEEPGRAM_API_KEY")) // want `Deepgram key sent as "Authorization: <key>"; Deepgram expects "Authorization: Token <key>"`
}

func linear(req *http.Request) {
	req.Header.Set("Authorization", os.Getenv("LINEAR_API_KEY"))
	req.Header.Set("Authorization", "Token "+os.Getenv("LINEAR_API_KEY")) // want `Linear key sent as "Authorization: Token <key>"; Linear expects "Authorization: <key>"`
}

func github(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+os.Getenv("GITHUB_TOKEN"))
	req.Header.Set("Authorization", "token "+os.Getenv("GITHUB_TOKEN"))
	req.Header.Set("Authorization", "Bot "+os.Getenv("GITHUB_TOKEN")) // want `GitHub key sent as "Authorization: Bot <key>"; GitHub expects "Authorization: Bearer <key>"`
}

func mistral(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+os.Getenv("MISTRAL_API_KEY"))
	req.Header.Set("Authorization", os.Getenv("MISTRAL_API_KEY")) // want `no "Bearer " prefix; Mistral rejects it with 401: use "Bearer " \+ os.Getenv\("MISTRAL_API_KEY"\) \(Mistral reads its key from MISTRAL_API_KEY\)`
}

// The provider from the host the function talks to.
func groqByHost(apiKey string) {
	req, _ := http.NewRequest("POST", "https://api.groq.com/openai/v1/chat/completions", nil)
	req.Header.Set("Authorization", "Bearer "+apiKey)
	req.Header.Set("Api-Key", apiKey) // want `Groq key sent as "Api-Key: <key>"; Groq expects "Authorization: Bearer <key>"`
}

func anthropicByHost(apiKey string) {
	req, _ := http.NewRequest("POST", "https://api.anthropic.com/v1/messages", nil)
	req.Header.Set("X-Api-Key", apiKey)
	req.Header.Set("Authorization", "Bearer "+apiKey) // want `Anthropic key sent as "Authorization: Bearer <key>"`
}

// Constant Authorization values in program code are credentials too.
func constants(req *http.Request) {
	req.Header.Set("Authorization", " Bearer 9f2c71ab03de44f1") // want `starts with a space before "Bearer"`
	req.Header.Set("Authorization", "Bearer 9f2c71ab03de44f1")
	req.Header.Set("Authorization", "9f2c71ab03de44f1") // want `no "Bearer " prefix`
	req.Header.Set("Authorization", "Bearer <token>")
	req.Header.Set("Authorization", "Basic dXNlcjpwYXNz")
}

// A gateway that sends one channel's key after "Bearer " and forwards
// another's verbatim: the admin wrote that value with its scheme.
type channel struct {
	Kind   string
	APIKey string
}

func gateway(req *http.Request, ch channel) {
	if ch.Kind == "openai-compatible" {
		req.Header.Set("Authorization", "Bearer "+ch.APIKey)
		return
	}
	req.Header.Set("Authorization", ch.APIKey)
}

func notGateway(req *http.Request, ch channel) {
	req.Header.Set("Authorization", "Bearer "+ch.APIKey)
	req.Header.Set("Authorization", ch.APIKey) // want `no "Bearer " prefix`
}

// Headers that carry no API key are not the provider's business, even in
// a function that talks to its host.
func websocketUpgrade(apiKey string) {
	req, _ := http.NewRequest("GET", "https://api.openai.com/v1/responses", nil)
	req.Header.Set("Authorization", "Bearer "+apiKey)
	req.Header.Set("Sec-WebSocket-Key", "c3ludGhldGljLW5vbmNlIQ==")
	req.Header.Set("Sec-WebSocket-Key", apiKey)
	req.Header.Set("X-Api-Key", apiKey) // want `OpenAI key sent as "X-Api-Key: <key>"`
}
