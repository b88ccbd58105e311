// Package cli reads the command line for package main. Its function name
// says nothing of keys, so only cross-package flows see that main uses the
// value as one.
package cli

import "os"

// FirstArg returns the first command-line argument.
func FirstArg() string {
	if len(os.Args) < 2 {
		return ""
	}
	return os.Args[1]
}
