package source

import (
	"bytes"
	"embed"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

// os.ReadFile into a key.
func readFile() *Client {
	b, err := os.ReadFile("wavespeed.key") // want `key-source: API key read from a file \(files get committed and copied into images\); read it from the environment: os.Getenv\("API_KEY"\)`
	if err != nil {
		return nil
	}
	return NewClient(strings.TrimSpace(string(b)))
}

// os.ReadFile into a request body is not a key.
func readBody() (*http.Request, error) {
	b, err := os.ReadFile("prompt.json")
	if err != nil {
		return nil, err
	}
	return http.NewRequest("POST", "https://api.wavespeed.ai/api/v3/wavespeed-ai/flux-dev", bytes.NewReader(b))
}

// os.Open + io.ReadAll.
func openReadAll() {
	f, _ := os.Open("/etc/wavespeed/key") // want `key-source: WaveSpeed API key read from a file`
	data, _ := io.ReadAll(f)
	wavespeedAPIKey := string(data)
	g, _ := os.Open("/etc/wavespeed/model")
	model, _ := io.ReadAll(g)
	wavespeedAPIKeyOK := os.Getenv("WAVESPEED_API_KEY")
	use(wavespeedAPIKey, model, wavespeedAPIKeyOK)
}

// //go:embed variables.

//go:embed sdk.go
var embeddedKey string // want `key-source: API key read from a file embedded with //go:embed \(compiled into the binary\)`

//go:embed sdk.go
var embeddedPrompt string

//go:embed sdk.go flow.go
var keysFS embed.FS // want `key-source: WaveSpeed API key read from a file embedded with //go:embed`

//go:embed sdk.go
var promptsFS embed.FS

func embeddedFS() {
	b, _ := keysFS.ReadFile("wavespeed.key")
	wavespeedAPIKey := string(b)
	p, _ := promptsFS.ReadFile("prompt.txt")
	http.Post("https://api.wavespeed.ai/api/v3/x", "text/plain", bytes.NewReader(p))
	use(wavespeedAPIKey)
}

func embedded() {
	c := NewClient(embeddedKey)
	req, _ := http.NewRequest("POST", "https://api.wavespeed.ai/api/v3/x", strings.NewReader(embeddedPrompt))
	use(c, req)
}

// Config files decoded into a struct whose key field is used.
type config struct {
	APIKey  string `json:"api_key"`
	BaseURL string `json:"base_url"`
}

func decodeConfig() {
	data, _ := os.ReadFile("config.json")
	var cfg config
	json.Unmarshal(data, &cfg) // want `key-source: API key read from a config file \(such files get committed, copied into images and shared\); read it from the environment: os.Getenv\("API_KEY"\)`
	c := NewClient(cfg.APIKey)
	use(c)
}

// The same decode used only for a URL is silent.
func decodeConfigURL() {
	data, _ := os.ReadFile("config.json")
	var cfg config
	json.Unmarshal(data, &cfg)
	http.Get(cfg.BaseURL)
}

func decoderConfig() {
	f, _ := os.Open("config.json")
	var cfg config
	json.NewDecoder(f).Decode(&cfg) // want `key-source: API key read from a config file`
	use(NewClient(cfg.APIKey))
}

// Decoding an HTTP response (an OAuth token exchange) is not a config file.
type tokenResponse struct {
	AccessToken string `json:"access_token"` // want AccessToken:`uses\(credential\)`
}

func decodeResponse(resp *http.Response) {
	var tok tokenResponse
	json.NewDecoder(resp.Body).Decode(&tok)
	req, _ := http.NewRequest("GET", "https://api.example.com", nil)
	req.Header.Set("Authorization", "Bearer "+tok.AccessToken)
	var cfg config
	json.Unmarshal([]byte(os.Getenv("APP_CONFIG")), &cfg)
	use(NewClient(cfg.APIKey))
}

// Paths that are deployment configuration, not source: the environment, a
// parameter, the home directory, a mounted secret.
func keyFromConfiguredPath(path string) {
	a, _ := os.ReadFile(os.Getenv("WAVESPEED_API_KEY_FILE"))
	b, _ := os.ReadFile(path)
	home, _ := os.UserHomeDir()
	c, _ := os.ReadFile(home + "/.wavespeed/key")
	d, _ := os.ReadFile("/run/secrets/wavespeed_api_key")
	use(NewClient(string(a)), NewClient(string(b)), NewClient(string(c)), NewClient(string(d)))
	e, _ := os.ReadFile(filepath.Join("secrets", "wavespeed.key")) // want `key-source: API key read from a file`
	use(NewClient(string(e)))
}
