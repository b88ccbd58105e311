// Package root is a CLI's root command: it points viper at the working
// directory.
package root

import "github.com/spf13/viper"

func InitConfig() {
	viper.AddConfigPath(".")
	viper.SetConfigName("config")
	_ = viper.ReadInConfig()
}
