// Package serve reads the working-directory config its root command set
// up: reported.
package serve

import (
	"net/http"

	"github.com/spf13/viper"
)

func call(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+viper.GetString("api_key")) // want `key-source: API key read from config key "api_key"`
}
