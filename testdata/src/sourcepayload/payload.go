// Package sourcepayload is a CLI that stores a secret for its user
// (`tool secret set NAME --body VALUE`): the value is payload, not the key
// the tool authenticates with.
package sourcepayload

import (
	"flag"
	"os"
)

var (
	body  = flag.String("body", "", "the secret's value")
	token = flag.String("auth", "", "") // want `key-source: API key read from command-line flag -auth`
)

type Client struct{}

func (*Client) SetSecret(name, secret string) error           { return nil }
func (*Client) CreateOrUpdateSecret(name, value string) error { return nil }
func (*Client) Login(secret string) error                     { return nil }

func main() {
	c := &Client{}
	_ = c.SetSecret(os.Args[1], *body)
	_ = c.CreateOrUpdateSecret(os.Args[1], *body)
	_ = c.Login(*token)
}
