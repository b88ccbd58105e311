// Package sourceuserstore is a CLI whose login command writes the key to
// the user's own config directory, where viper reads it: not reported.
package sourceuserstore

import (
	"net/http"
	"os"
	"path/filepath"

	"github.com/spf13/viper"
)

func initConfig() {
	home, _ := os.UserHomeDir()
	viper.AddConfigPath(filepath.Join(home, ".mytool"))
	viper.SetConfigName("credentials")
}

func call(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+viper.GetString("api_key"))
}
