// Package sourceviperenv uses viper as an environment reader: an env
// prefix and AutomaticEnv, and no config file ever read. Its getters are
// environment reads (issue 19, class 2).
package sourceviperenv

import (
	"log"
	"net/http"

	"github.com/spf13/viper"
)

func init() {
	viper.SetEnvPrefix("tool")
	viper.AutomaticEnv()
	_ = viper.BindEnv("token", "TOOL_ACCESS_TOKEN")
}

// Silent for key-source: the key comes from TOOL_API_KEY (it was reported
// as read from config key "api_key").
func call(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+viper.GetString("api_key"))
	req.Header.Set("Authorization", "Bearer "+viper.GetString("token"))
}

// key-exposure names the environment variable.
func debug() {
	log.Println(viper.GetString("api_key")) // want `key-exposure: API key from TOOL_API_KEY written to the log`
	log.Println(viper.GetString("token"))   // want `key-exposure: token from TOOL_ACCESS_TOKEN written to the log`
	log.Println(viper.GetString("region"))
}
