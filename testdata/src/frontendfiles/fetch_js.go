package frontendfiles

// A _js.go file name makes this a browser file.

import (
	"net/http"
	"os"
	"syscall/js"
)

// Bad: the key is read from the environment of the browser build.
func fetchWithEnvKey() {
	key := os.Getenv("WAVESPEED_API_KEY") // want `frontend-key: API key used in a js/wasm build ships to every browser; call your own back end, which holds the key \(reads WAVESPEED_API_KEY\)`
	req, _ := http.NewRequest("POST", "https://api.wavespeed.ai/api/v3/wavespeed-ai/flux-dev", nil)
	req.Header.Set("Authorization", "Bearer "+key) // reported at the env read above
	http.DefaultClient.Do(req)
}

// Good: the same request to the site's own back end, without a key; a
// non-secret setting may come from the environment.
func fetchOwnBackend() {
	base := os.Getenv("WAVESPEED_BASE_URL")
	req, _ := http.NewRequest("POST", base+backend, nil)
	req.Header.Set("Content-Type", "application/json")
	http.DefaultClient.Do(req)
}

// Bad: a key-named value in an Authorization header, net/http and fetch.
func fetchNetHTTP(apiKey string) {
	req, _ := http.NewRequest("POST", "https://api.wavespeed.ai/api/v3/wavespeed-ai/flux-dev", nil)
	req.Header.Set(authHeader, "Bearer "+apiKey) // want `frontend-key: API key used in a js/wasm build ships to every browser; .*\(apiKey sent in the Authorization header\)`
	http.DefaultClient.Do(req)
}

// Good: the user's own session token, sent to the site's back end.
func fetchNetHTTPSession(sessionToken string) {
	req, _ := http.NewRequest("POST", backend, nil)
	req.Header.Set(authHeader, "Bearer "+sessionToken)
	http.DefaultClient.Do(req)
}

func fetchJS(apiKey string) {
	headers := js.Global().Get("Headers").New()
	headers.Call("set", "Authorization", "Bearer "+apiKey) // want `\(apiKey sent in the Authorization header\)`
	headers.Call("set", "Content-Type", "application/json")
	js.Global().Call("fetch", "https://api.wavespeed.ai/api/v3/wavespeed-ai/flux-dev", map[string]any{
		"method":  "POST",
		"headers": map[string]any{"Authorization": "Bearer " + apiKey}, // want `\(apiKey sent in the Authorization header\)`
	})
}

// Good: fetch to the site's own back end with the visitor's session token.
func fetchJSSession(sessionToken string) {
	headers := js.Global().Get("Headers").New()
	headers.Call("set", "Authorization", "Bearer "+sessionToken)
	js.Global().Call("fetch", backend, map[string]any{
		"method":  "POST",
		"headers": map[string]any{"Authorization": "Bearer " + sessionToken},
	})
}

// A finding silenced with a reason stays silent in ignored files too.
func devProxy() string {
	return os.Getenv("HF_TOKEN") //apikeylint:ignore dev-only build served from localhost, token scoped to a sandbox
}
