// Package sourcehelper reads values for package sourcecross.
package sourcehelper

import (
	"flag"
	"os"
)

// FirstArg returns the first command-line argument.
func FirstArg() string { return flag.Arg(0) } // want FirstArg:`keySource\(args sourcehelper.FirstArg helper.go:10\)`

var model = flag.String("model", "", "model id")

// Model returns the -model flag: a key only if a caller makes it one.
func Model() string { return *model } // want Model:`keySource\(flag model sourcehelper.Model helper.go:12\)`

// EnvKey reads the key the right way.
func EnvKey() string { return os.Getenv("WAVESPEED_API_KEY") }

var apiKey = flag.String("api-key", "", "") // want `key-source: API key read from command-line flag -api-key`

// APIKey returns -api-key, already reported here: callers are not.
func APIKey() string { return *apiKey } // want APIKey:`keySource\(flag api-key sourcehelper.APIKey helper.go:20 reported\)`

// Reader returns the first argument through a method.
type Reader struct{}

func (Reader) Arg() string { return flag.Arg(0) } // want Arg:`sourcehelper.Reader.Arg helper.go:28`
