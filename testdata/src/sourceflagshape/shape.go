// Package sourceflagshape reads keys with a fork of urfave/cli under
// another import path: flag libraries are matched by shape too.
package sourceflagshape

import (
	"net/http"

	"gitlab.com/forkco/cli"
)

func action(c *cli.Context) error {
	req, _ := http.NewRequest("GET", "https://example.com", nil)
	req.Header.Set("Authorization", "Bearer "+c.String("auth")) // want `key-source: API key read from command-line flag -auth`
	req.Header.Set("X-Model", c.String("model"))
	return nil
}

var apiKey, region string

func flags() []any {
	return []any{
		&cli.StringFlag{Name: "api-key", EnvVars: []string{"SERVICE_API_KEY"}, Destination: &apiKey}, // want `key-source: API key read from command-line flag -api-key`
		&cli.StringFlag{Name: "region", EnvVars: []string{"SERVICE_REGION"}, Destination: &region},
	}
}
