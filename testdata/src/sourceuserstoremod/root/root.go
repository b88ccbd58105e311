// Package root is a CLI's root command: it points viper at the user's
// home directory, where its login command writes the key.
package root

import (
	"os"

	"github.com/spf13/viper"
)

func InitConfig() {
	home, _ := os.UserHomeDir()
	viper.AddConfigPath(home)
	viper.SetConfigName(".mytool")
	_ = viper.ReadInConfig()
}
