// Package hardcoded is the hardcoded-key check's fixture: each bad case
// stands beside a near-identical good one.
package hardcoded

import (
	"net/http"
	"os"
)

// WaveSpeed: 64 lowercase hex is a key where a name says key or WaveSpeed.
var wavespeedAPIKey = "ba4e7c1f9d2a8b3e6f0c5d7a9e1b4c8f2d6a0e3b7c9f1d5a8e2b6c0f4d7a9e3b" // want `hardcoded-key: WaveSpeed API key "ba4e…" \(64 chars\) in source; read it from the environment: os.Getenv\("WAVESPEED_API_KEY"\)`
var wavespeedAPIKeyOK = os.Getenv("WAVESPEED_API_KEY")

// The same 64 hex named as a checksum is a SHA-256, not a key.
var archiveSHA256 = "ba4e7c1f9d2a8b3e6f0c5d7a9e1b4c8f2d6a0e3b7c9f1d5a8e2b6c0f4d7a9e3b"
var wavespeedModelDigest = "ba4e7c1f9d2a8b3e6f0c5d7a9e1b4c8f2d6a0e3b7c9f1d5a8e2b6c0f4d7a9e3b"

// ...and with no name at all it is just a hex string.
var blob = "ba4e7c1f9d2a8b3e6f0c5d7a9e1b4c8f2d6a0e3b7c9f1d5a8e2b6c0f4d7a9e3b"

// Constants count, and constant expressions are folded; no fix for constants.
const openAIKey = "sk-proj-" + "Qx8Lm3Rv7Tb2Nk9Pz4Wc1Yd6Fg0Hj5Sa8Qe3Ru7Ti2Ow9Pl4Mk1Nj6Bh0Vg5Cf8Xd3Ze" // want `hardcoded-key: OpenAI API key "sk-p…" \(76 chars\)`
const openAIKeyEnv = "OPENAI_API_KEY"

// Provider prefixes are keys whatever the name.
var anthropic = "sk-ant-api03-Xq7Lm2Rv9Tb4Nk8Pz3Wc6Yd1Fg5Hj0Sa7Qe2Ru9Ti4Ow8Pl3Mk6Nj1Bh5Vg0Cf7Xd2Ze9Ay4Sw8Dq3Er6Tf1Gy5Hu0Ij-AA" // want `hardcoded-key: Anthropic API key "sk-a…" \(108 chars\)`
var anthropicPlaceholder = "sk-ant-api03-..."

var githubToken = "ghp_Xq7Lm2Rv9Tb4Nk8Pz3Wc6Yd1Fg5Hj0Sa7Qe2" // want `hardcoded-key: GitHub token "ghp_…" \(40 chars\)`
var githubTokenPlaceholder = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"

var stripeKey = "sk_live_51Hq7Lm2Rv9Tb4Nk8Pz3Wc6Yd1Fg5Hj0Sa" // want `hardcoded-key: Stripe API key "sk_l…"`
var stripeKeyDocs = "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"

var awsID = "AKIAQ7LM2RV4TB6NK3PZ" // want `hardcoded-key: AWS access key id "AKIA…" \(20 chars\)`
var awsDocsExample = "AKIAIOSFODNN7EXAMPLE"

var slack = "xoxb-2418462981-7361946102847-Xq7Lm2Rv9Tb4Nk8Pz3Wc6Yd1" // want `hardcoded-key: Slack token`
var slackPlaceholder = "xoxb-your-token-goes-here-please"

var google = "AIzaSyQx8Lm3Rv7Tb2Nk9Pz4Wc1Yd6Fg0Hj5Sa8" // want `hardcoded-key: Google API key`
var googleDocs = "AIzaxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"

var hf = "hf_Xq7LmRvTbNkPzWcYdFgHjSaQeRuTiOwPlM" // want `hardcoded-key: Hugging Face token`
var hfPlaceholder = "hf_..."

var replicate = "r8_Xq7Lm2Rv9Tb4Nk8Pz3Wc6Yd1Fg5Hj0Sa7Qe2R" // want `hardcoded-key: Replicate API token "r8_X…" \(40 chars\)`
var replicateEnv = "REPLICATE_API_TOKEN"

var wsk = "wsk_live_Qm3Xr8Tz1Vb6Nc4Lp9Ks2Hd7Wf5Jg0Ya" // want `hardcoded-key: WaveSpeed API key "wsk_…" \(41 chars\)`
var wskDocs = "wsk_..."

// Generic secrets count only in a key context.
var clientSecret = "Zt4qP9mW2xL7vB3nK8sR5dF1gH6jC0aE" // want `hardcoded-key: API key "Zt4q…" \(32 chars\) in source; read it from the environment: os.Getenv\("CLIENT_SECRET"\)`
var clientSecretName = "Zt4qP9mW2xL7vB3nK8sR5dF1gH6jC0aE"

// Placeholders, env var names, UUIDs, URLs and git ids are never keys.
var apiKeyPlaceholder = "YOUR_API_KEY_GOES_HERE"
var apiKeyDashes = "your-api-key-1234567890"
var apiKeyEnvName = "WAVESPEED_API_KEY"
var apiKeyUUID = "123e4567-e89b-12d3-a456-426614174000"
var apiKeyURL = "https://api.wavespeed.ai/api/v3/predictions"
var apiKeyCommit = "3f786850e387550fdab836ed7e6dc881de23001b"
var apiKeyText = "this value has spaces so it is text"
var logoPNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"

type Client struct {
	APIKey  string
	BaseURL string
}

// Struct and map literals.
var c1 = Client{APIKey: "5f3c9a1e7b2d8f4c6a0e9b3d7f1c5a8e2b6d0f4c9a3e7b1d5f8c2a6e0b4d9f3c"} // want `hardcoded-key: WaveSpeed API key "5f3c…"`
var c2 = Client{BaseURL: "5f3c9a1e7b2d8f4c6a0e9b3d7f1c5a8e2b6d0f4c9a3e7b1d5f8c2a6e0b4d9f3c"}

var m1 = map[string]string{"wavespeed_api_key": "5f3c9a1e7b2d8f4c6a0e9b3d7f1c5a8e2b6d0f4c9a3e7b1d5f8c2a6e0b4d9f3c"} // want `hardcoded-key: WaveSpeed API key`
var m2 = map[string]string{"model_sha256": "5f3c9a1e7b2d8f4c6a0e9b3d7f1c5a8e2b6d0f4c9a3e7b1d5f8c2a6e0b4d9f3c"}

// NewClient's parameter is named apiKey.
func NewClient(apiKey string) *Client { return &Client{APIKey: apiKey} }

// WithAPIKey is an SDK-style option.
func WithAPIKey(k string) func(*Client) { return func(c *Client) { c.APIKey = k } }

// Hash is not a key sink.
func Hash(digest string) string { return digest }

func calls(h http.Header) {
	NewClient("5f3c9a1e7b2d8f4c6a0e9b3d7f1c5a8e2b6d0f4c9a3e7b1d5f8c2a6e0b4d9f3c") // want `hardcoded-key: WaveSpeed API key`
	Hash("5f3c9a1e7b2d8f4c6a0e9b3d7f1c5a8e2b6d0f4c9a3e7b1d5f8c2a6e0b4d9f3c")

	WithAPIKey("5f3c9a1e7b2d8f4c6a0e9b3d7f1c5a8e2b6d0f4c9a3e7b1d5f8c2a6e0b4d9f3c") // want `hardcoded-key: WaveSpeed API key`
	WithAPIKey(os.Getenv("WAVESPEED_API_KEY"))

	os.Setenv("WAVESPEED_API_KEY", "5f3c9a1e7b2d8f4c6a0e9b3d7f1c5a8e2b6d0f4c9a3e7b1d5f8c2a6e0b4d9f3c") // want `hardcoded-key: WaveSpeed API key`
	os.Setenv("WAVESPEED_MODEL_SHA256", "5f3c9a1e7b2d8f4c6a0e9b3d7f1c5a8e2b6d0f4c9a3e7b1d5f8c2a6e0b4d9f3c")

	h.Set("Authorization", "Bearer 5f3c9a1e7b2d8f4c6a0e9b3d7f1c5a8e2b6d0f4c9a3e7b1d5f8c2a6e0b4d9f3c") // want `hardcoded-key: WaveSpeed API key "5f3c…" \(64 chars\)`
	h.Set("Authorization", "Bearer "+os.Getenv("WAVESPEED_API_KEY"))

	h.Set("X-API-Key", "Zt4qP9mW2xL7vB3nK8sR5dF1gH6jC0aE") // want `hardcoded-key: API key "Zt4q…"`
	h.Set("X-Request-Id", "Zt4qP9mW2xL7vB3nK8sR5dF1gH6jC0aE")
}

// Fallbacks after os.Getenv.
func fallback() string {
	key := os.Getenv("WAVESPEED_API_KEY")
	if key == "" {
		key = "5f3c9a1e7b2d8f4c6a0e9b3d7f1c5a8e2b6d0f4c9a3e7b1d5f8c2a6e0b4d9f3c" // want `hardcoded-key: WaveSpeed API key`
	}
	rev := os.Getenv("GIT_COMMIT")
	if rev == "" {
		rev = "5f3c9a1e7b2d8f4c6a0e9b3d7f1c5a8e2b6d0f4c9a3e7b1d5f8c2a6e0b4d9f3c"
	}
	return key + rev
}

// Returns from key-named functions.
func wavespeedKey() string {
	return "5f3c9a1e7b2d8f4c6a0e9b3d7f1c5a8e2b6d0f4c9a3e7b1d5f8c2a6e0b4d9f3c" // want `hardcoded-key: WaveSpeed API key`
}

func modelDigest() string {
	return "5f3c9a1e7b2d8f4c6a0e9b3d7f1c5a8e2b6d0f4c9a3e7b1d5f8c2a6e0b4d9f3c"
}

// Suppression needs a reason.
var revokedWavespeedKey = "9c1e5a3f7b0d2e8c4a6f1b9d3e7c5a0f8b2d6e4c1a9f3b7d5e0c8a2f6b4d1e9c" //apikeylint:ignore revoked test key kept for the replay test

//apikeylint:ignore revoked, see SEC-12
var oldWavespeedKey = "9c1e5a3f7b0d2e8c4a6f1b9d3e7c5a0f8b2d6e4c1a9f3b7d5e0c8a2f6b4d1e9c"

//apikeylint:ignore // want `hardcoded-key: //apikeylint:ignore needs a reason`
var leakedWavespeedKey = "9c1e5a3f7b0d2e8c4a6f1b9d3e7c5a0f8b2d6e4c1a9f3b7d5e0c8a2f6b4d1e9c" // want `hardcoded-key: WaveSpeed API key`

// SendRaw and HashRaw take bytes: the key is passed through a conversion.
func SendRaw(apiKey []byte) {}

func HashRaw(digest []byte) {}

func conversions() {
	SendRaw([]byte("5f3c9a1e7b2d8f4c6a0e9b3d7f1c5a8e2b6d0f4c9a3e7b1d5f8c2a6e0b4d9f3c")) // want `hardcoded-key: WaveSpeed API key`
	HashRaw([]byte("5f3c9a1e7b2d8f4c6a0e9b3d7f1c5a8e2b6d0f4c9a3e7b1d5f8c2a6e0b4d9f3c"))
}
