// Package sourcenotallowed is sourceallowed without -allowed-sources.
package sourcenotallowed

import (
	"os"

	"sourcesecrets"
)

type Client struct{ apiKey string }

func NewClient(apiKey string) *Client { return &Client{apiKey: apiKey} }

func loaded() *Client { return NewClient(sourcesecrets.Load("wavespeed")) } // want `key-source: API key comes from sourcesecrets.Load, which reads it from a file at secrets.go:11`

func fromVault() string {
	b, _ := os.ReadFile("/var/run/vault/token") // want `key-source: API key read from a file`
	return string(b)
}

func vault() *Client { return NewClient(fromVault()) }
