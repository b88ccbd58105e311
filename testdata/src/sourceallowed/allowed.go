// Package sourceallowed runs with
// -allowed-sources=sourcesecrets.Load,sourceallowed.fromVault.
package sourceallowed

import (
	"os"

	"sourcesecrets"
)

type Client struct{ apiKey string }

func NewClient(apiKey string) *Client { return &Client{apiKey: apiKey} }

func loaded() *Client { return NewClient(sourcesecrets.Load("wavespeed")) }

func fromVault() string {
	b, _ := os.ReadFile("/var/run/vault/token")
	return string(b)
}

func vault() *Client { return NewClient(fromVault()) }

func other() *Client {
	b, _ := os.ReadFile("key.txt") // want `key-source: API key read from a file`
	return NewClient(string(b))
}
