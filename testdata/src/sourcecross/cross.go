// Package sourcecross uses sourcehelper's values as keys.
package sourcecross

import (
	"net/http"

	"sourcehelper"
)

type Client struct{ apiKey string }

func NewClient(apiKey string) *Client { return &Client{apiKey: apiKey} }

func cross() {
	wavespeedKey := sourcehelper.FirstArg() // want `^key-source: WaveSpeed API key comes from sourcehelper.FirstArg, which reads it from the command line at helper.go:10 \(visible in ps and shell history\); read it from the environment: os.Getenv\("WAVESPEED_API_KEY"\)$`
	wavespeedKeyOK := sourcehelper.EnvKey()
	_, _ = wavespeedKey, wavespeedKeyOK
}

func crossParam() {
	_ = NewClient(sourcehelper.Model()) // want `key-source: API key comes from sourcehelper.Model, which reads it from command-line flag -model at helper.go:12`
	_ = NewClient(sourcehelper.APIKey())
	_, _ = http.Get(sourcehelper.Model())
	_ = NewClient(sourcehelper.Reader{}.Arg()) // want `key-source: API key comes from sourcehelper.Reader.Arg`
}
