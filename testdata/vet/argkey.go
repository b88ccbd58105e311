package main

import "example.com/vetfixture/cli"

// argKey takes the key from the command line, through package cli: a
// key-source finding with -cross-package only.
func argKey() string {
	apiKey := cli.FirstArg()
	return apiKey
}
