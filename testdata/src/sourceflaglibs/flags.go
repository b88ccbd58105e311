// Package sourceflaglibs reads keys with urfave/cli and kingpin flags.
package sourceflaglibs

import (
	"net/http"

	"github.com/alecthomas/kingpin/v2"
	"github.com/urfave/cli/v2"
)

var (
	apiKey = kingpin.Flag("api-key", "the API key").Required().String() // want `key-source: API key read from command-line flag -api-key`
	model  = kingpin.Flag("model", "the model").String()
	token  string
	name   string
)

func init() {
	kingpin.Flag("token", "the token").StringVar(&token) // want `key-source: API key read from command-line flag -token`
	kingpin.Flag("name", "a name").StringVar(&name)
}

func action(c *cli.Context) error {
	req, _ := http.NewRequest("GET", "https://example.com", nil)
	req.Header.Set("Authorization", "Bearer "+c.String("auth")) // want `key-source: API key read from command-line flag -auth`
	req.Header.Set("X-Model", c.String("model"))
	return nil
}

var wavespeedKey, region string

func flags() []any {
	return []any{
		&cli.StringFlag{Name: "wavespeed-key", Destination: &wavespeedKey}, // want `key-source: WaveSpeed API key read from command-line flag -wavespeed-key`
		&cli.StringFlag{Name: "region", Destination: &region},
	}
}

func use() { _, _, _ = *apiKey, *model, name }
