//go:build js && wasm

package frontendfiles

// A //go:build line that needs js makes this a browser file.

// Bad: never assigned, so set at link time with -ldflags "-X ...apiKey=…".
var apiKey string // want `frontend-key: API key used in a js/wasm build ships to every browser; .*\(apiKey is never assigned, so it is set at link time with -ldflags -X and is in the binary\)`

// Good: link-time build metadata is not a key.
var buildVersion string

// Good: a key-named variable the code assigns (from the visitor's input).
var openAIKey string

func setKey(v string) { openAIKey = v }

// Bad: a key literal, in a constant.
const wavespeedKey = "ba4e7c1f9d2a8b3e6f0c5d7a9e1b4c8f2d6a0e3b7c9f1d5a8e2b6c0f4d7a9e3b" // want `\(WaveSpeed API key "ba4e…" \(64 chars\)\)`

// Good: the same 64 hex named as a digest.
const modelSHA256 = "ba4e7c1f9d2a8b3e6f0c5d7a9e1b4c8f2d6a0e3b7c9f1d5a8e2b6c0f4d7a9e3b"

// Bad: a provider-prefixed key in a header literal.
var headers = map[string]string{
	"Authorization": "Bearer sk-proj-Qx8Lm3Rv7Tb2Nk9Pz4Wc1Yd6Fg0Hj5Sa8Qe3Ru7Ti2Ow9Pl4Mk1Nj6Bh0Vg5Cf8Xd3Ze", // want `\(OpenAI API key "sk-p…" \(76 chars\)\)`
	"Content-Type":  "application/json",
}

// Bad: only the linux build (key_linux.go) assigns its own anthropicKey.
var anthropicKey string // want `\(anthropicKey is never assigned, so it is set at link time with -ldflags -X and is in the binary\)`

func use() (string, string, string, string, string) {
	return apiKey, buildVersion, wavespeedKey, modelSHA256, anthropicKey
}
