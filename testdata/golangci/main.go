// Command golangci-lint is golangci-lint v2 with the apikeylint module
// plugin compiled in: the binary `golangci-lint custom` would build from a
// .custom-gcl.yml naming github.com/apikeylint/apikeylint/cmd/gclplugin,
// built here without cloning golangci-lint from GitHub (CI cannot reach it)
// by requiring its module from the Go module proxy instead.
//
// Build it from this directory (see .ci/golangci.sh):
//
//	GOWORK=off GOFLAGS=-mod=mod go build -o /tmp/custom-gcl .
package main

import (
	"fmt"
	"os"
	"runtime/debug"

	"github.com/golangci/golangci-lint/v2/pkg/commands"
	"github.com/golangci/golangci-lint/v2/pkg/exitcodes"

	// The plugin registers itself as the "apikeylint" module plugin.
	_ "github.com/apikeylint/apikeylint/cmd/gclplugin"
)

// golangciVersion is the golangci-lint release this wrapper requires (go.mod).
const golangciVersion = "2.15.0"

func main() {
	info := commands.BuildInfo{
		Version:   golangciVersion + "-custom-apikeylint",
		Commit:    "?",
		Date:      "(unknown)",
		GoVersion: "unknown",
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		info.GoVersion = bi.GoVersion
	}
	if err := commands.Execute(info); err != nil {
		_, _ = fmt.Fprintf(os.Stderr, "The command is terminated due to an error: %v\n", err)
		os.Exit(exitcodes.Failure)
	}
}
