// Package viper is a test stub of github.com/spf13/viper.
package viper

type Viper struct{}

func New() *Viper { return &Viper{} }

func (v *Viper) GetString(key string) string               { return "" }
func (v *Viper) GetInt(key string) int                     { return 0 }
func (v *Viper) Unmarshal(rawVal any) error                { return nil }
func (v *Viper) UnmarshalKey(key string, rawVal any) error { return nil }
func (v *Viper) ReadInConfig() error                       { return nil }

func GetString(key string) string               { return "" }
func GetInt(key string) int                     { return 0 }
func Unmarshal(rawVal any) error                { return nil }
func UnmarshalKey(key string, rawVal any) error { return nil }
func ReadInConfig() error                       { return nil }
func SetConfigFile(in string)                   {}

func AddConfigPath(in string)            {}
func SetConfigName(in string)            {}
func (v *Viper) AddConfigPath(in string) {}
func (v *Viper) SetConfigFile(in string) {}

func SetEnvPrefix(in string)                       {}
func AutomaticEnv()                                {}
func BindEnv(input ...string) error                { return nil }
func MergeInConfig() error                         { return nil }
func (v *Viper) SetEnvPrefix(in string)            {}
func (v *Viper) AutomaticEnv()                     {}
func (v *Viper) BindEnv(input ...string) error     { return nil }
func (v *Viper) GetStringMapString(key string) any { return nil }
