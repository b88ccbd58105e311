package sourceconfigenv

import (
	"net/http"

	"github.com/alecthomas/kingpin/v2"
	"github.com/urfave/cli/v2"
)

// A flag that falls back to the environment: still reported (flags are
// reported everywhere), naming both origins.
var app = &cli.App{
	Flags: []any{
		&cli.StringFlag{Name: "service-key", EnvVars: []string{"SERVICE_KEY"}},
	},
	Action: func(c *cli.Context) error {
		req, _ := http.NewRequest("GET", "https://example.com", nil)
		req.Header.Set("Authorization", "Bearer "+c.String("service-key")) // want `key-source: API key read from command-line flag -service-key or SERVICE_KEY in the environment`
		return nil
	},
}

var adminKey = kingpin.Flag("admin-key", "the admin key").Envar("ADMIN_KEY").String() // want `key-source: API key read from command-line flag -admin-key or ADMIN_KEY in the environment`
