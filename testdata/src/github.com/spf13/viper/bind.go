package viper

import "github.com/spf13/pflag"

func BindPFlag(key string, flag *pflag.Flag) error { return nil }
func BindPFlags(flags *pflag.FlagSet) error        { return nil }
