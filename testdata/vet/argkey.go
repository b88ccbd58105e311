package main

import "example.com/vetfixture/cli"

// argKey takes the key from the command line, through package cli: a
// key-source finding across packages (off with -cross-package=false).
func argKey() string {
	apiKey := cli.FirstArg()
	return apiKey
}
