// Package sourceconfigpath reads keys from files whose path comes from the
// command line: such files sit beside the code. Paths from the
// environment, the home directory and secret mounts stay silent.
package sourceconfigpath

import (
	"bufio"
	"encoding/json"
	"flag"
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

var (
	configPath = flag.String("config", "config.json", "config file")
	keyFile    = flag.String("key-file", "key.txt", "file holding the key")
	credsPath  = flag.String("creds", "~/.mytool/credentials.json", "per-user credentials")
	envPath    = os.Getenv("MYTOOL_CONFIG")
)

type Config struct {
	APIKey string `json:"api_key"`
}

func loadConfig() {
	data, _ := os.ReadFile(*configPath)
	var c Config
	_ = json.Unmarshal(data, &c) // want `key-source: API key read from a config file`
	send(c.APIKey)
}

func loadCreds() {
	data, _ := os.ReadFile(*credsPath)
	var c Config
	_ = json.Unmarshal(data, &c)
	send(c.APIKey)
}

func loadFromEnvPath() {
	data, _ := os.ReadFile(envPath)
	var c Config
	_ = json.Unmarshal(data, &c)
	send(c.APIKey)
}

// A key file read through a helper's parameter into a client's field.
type Client struct{ key string }

func NewClient(keyPath string) *Client {
	b, _ := os.ReadFile(keyPath) // want `key-source: API key read from a file`
	return &Client{key: strings.TrimSpace(string(b))}
}

func NewClientFromMount() *Client {
	b, _ := os.ReadFile(filepath.Join("/run/secrets", "api_key"))
	return &Client{key: strings.TrimSpace(string(b))}
}

func main() {
	_ = NewClient(*keyFile)
	_ = NewClientFromMount()
	lineParser(*configPath)
}

// A hand-written key = value parser over a file named on the command line.
func lineParser(path string) {
	f, err := os.Open(path) // want `key-source: API key read from a file`
	if err != nil {
		return
	}
	defer f.Close()
	var apiKey, region string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, _ := strings.Cut(sc.Text(), "=")
		switch strings.TrimSpace(k) {
		case "api_key":
			apiKey = strings.TrimSpace(v)
		case "region":
			region = v
		}
	}
	_, _ = apiKey, region
}

func send(key string) {
	req, _ := http.NewRequest("GET", "https://example.com", nil)
	req.Header.Set("Authorization", "Bearer "+key)
}

func (c *Client) do(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+c.key)
}

// Map elements with constant keys are told apart: the -model flag stored
// beside the key does not make the key a flag value.
var (
	model  = flag.String("model", "gpt", "model") // want `key-source: API key read from command-line flag -model`
	region = flag.String("region", "eu", "region")
)

func settings() {
	s := map[string]string{}
	s["region"] = *region
	s["api_key"] = os.Getenv("OPENAI_API_KEY")
	send(s["api_key"])
	t := map[string]string{}
	t["api_key"] = *model
	send(t["api_key"])
}
