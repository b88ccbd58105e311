// Package sourceuserstore3: viper under a directory another package
// computes from os.UserConfigDir (issue 19, class 1).
package sourceuserstore3

import (
	"net/http"

	"github.com/spf13/viper"

	"sourceuserstore2/paths"
)

// viper under a directory another package computes from os.UserConfigDir,
// which the tool's `auth init` writes: silent.
func initConfig() {
	v := viper.New()
	v.AddConfigPath(paths.ConfigDir())
	viper.AddConfigPath(paths.ConfigDir())
}

func call(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+viper.GetString("api_key"))
}
