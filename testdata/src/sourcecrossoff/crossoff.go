// Package sourcecrossoff is sourcecross without -cross-package: values from
// sourcehelper's functions are not followed, values from this package's
// own functions still are.
package sourcecrossoff

import (
	"flag"

	"sourcehelper"
)

type Client struct{ apiKey string }

func NewClient(apiKey string) *Client { return &Client{apiKey: apiKey} }

func firstArg() string { return flag.Arg(0) } // want `key-source: WaveSpeed API key read from the command line`

func cross() {
	wavespeedKey := sourcehelper.FirstArg() // another package: needs -cross-package
	ownWavespeedKey := firstArg()
	_, _ = wavespeedKey, ownWavespeedKey
}

func crossParam() {
	_ = NewClient(sourcehelper.Model())
	_ = NewClient(sourcehelper.Reader{}.Arg())
}
