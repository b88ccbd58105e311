// Package sourceprojectstore reads its key from a config file in the
// working directory: reported.
package sourceprojectstore

import (
	"net/http"

	"github.com/spf13/viper"
)

func initConfig() {
	viper.AddConfigPath(".")
	viper.SetConfigName("config")
}

func call(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+viper.GetString("api_key")) // want `key-source: API key read from config key "api_key"`
}
