// Package serve is the CLI's serve command: it reads the per-user config
// the root command set up. Silent (issue 19, class 1).
package serve

import (
	"net/http"

	"github.com/spf13/viper"
)

func call(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+viper.GetString("api_key"))
}
