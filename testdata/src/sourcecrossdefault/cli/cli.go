// Package cli holds the command line.
package cli

import "flag"

var first = flag.String("value", "", "a value")

// Value returns -value.
func Value() string { return *first }

// Arg returns the first argument.
func Arg() string { return flag.Arg(0) }

// Shared is set from the command line.
var Shared = flag.Arg(1)
