// Package sourceconfigenv: a message names each origin the flow layer
// found for a key, and a field no decoder fills does not come from the
// config file (issue 19, class 8).
package sourceconfigenv

import (
	"encoding/json"
	"flag"
	"net/http"
	"os"
)

type Config struct {
	APIKey string `json:"api_key"`
	// Token is never in the file: it comes from the environment only.
	Token string `json:"-" yaml:"-"`
}

var configPath = flag.String("config", "config.json", "config file")

func load() Config {
	data, _ := os.ReadFile(*configPath)
	var cfg Config
	_ = json.Unmarshal(data, &cfg) // want `key-source: API key read from a config file or SERVICE_API_KEY in the environment`
	if k := os.Getenv("SERVICE_API_KEY"); k != "" {
		cfg.APIKey = k
	}
	return cfg
}

func send(req *http.Request) {
	cfg := load()
	req.Header.Set("X-Api-Key", cfg.APIKey)
}

// The field tagged "-" comes from the environment only: silent (it was
// reported as read from a config file).
func loadToken() Config {
	data, _ := os.ReadFile(*configPath)
	var cfg Config
	_ = json.Unmarshal(data, &cfg)
	cfg.Token = os.Getenv("SERVICE_TOKEN")
	return cfg
}

func sendToken(req *http.Request) {
	cfg := loadToken()
	req.Header.Set("Authorization", "Bearer "+cfg.Token)
}
