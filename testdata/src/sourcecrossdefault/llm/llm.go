// Package llm uses the values of packages settings and cli as keys: the
// key-source findings are here, where they enter.
package llm

import (
	"net/http"
	"os"

	"sourcecrossdefault/cli"
	"sourcecrossdefault/settings"
)

type Client struct{ apiKey string }

func NewClient(apiKey string) *Client { return &Client{apiKey: apiKey} }

func fromSettings(req *http.Request) {
	s, _ := settings.Load() // want `key-source: API key comes from settings.Load, which reads it from a config file at settings.go:\d+ \(such files get committed, copied into images and shared\)`
	req.Header.Set("Authorization", "Bearer "+s.Credential)
}

func fromEnvSettings(req *http.Request) {
	s := settings.FromEnv()
	req.Header.Set("Authorization", "Bearer "+s.Credential)
	req.Header.Set("Authorization", "Bearer "+os.Getenv("WAVESPEED_API_KEY"))
}

func fromFlags() {
	_ = NewClient(cli.Value()) // want `key-source: API key comes from cli.Value, which reads it from command-line flag -value at cli.go:6`
	_ = NewClient(cli.Arg())   // want `key-source: API key comes from cli.Arg, which reads it from the command line at cli.go:12`
	_ = NewClient(cli.Shared)  // want `key-source: API key comes from cli.Shared, which reads it from the command line at cli.go:15`
	_, _ = http.Get(cli.Value())
}
