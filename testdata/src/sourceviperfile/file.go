// Package sourceviperfile is sourceviperenv with a config file read from
// the working directory: the getter is reported, and the message names
// each origin the key is bound to (issue 19, classes 2 and 8).
package sourceviperfile

import (
	"net/http"

	"github.com/spf13/pflag"
	"github.com/spf13/viper"
)

func init() {
	viper.SetEnvPrefix("tool")
	viper.AutomaticEnv()
	viper.AddConfigPath(".")
	_ = viper.ReadInConfig()
	_ = viper.BindPFlag("api_key", pflag.CommandLine.Lookup("key"))
}

func call(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+viper.GetString("api_key")) // want `key-source: API key read from config key "api_key", which viper fills from a config file, command-line flag -key or TOOL_API_KEY in the environment`
}
