// Command apikeylint reports API keys that are hardcoded, sent without a
// well-formed "Bearer " scheme, read from anywhere but the environment, or
// shipped to browsers, in Go packages; `apikeylint commits` scans staged
// changes or git history for keys in any file with gitleaks rules.
//
// Usage:
//
//	apikeylint [flags] packages...       # the analyzer (singlechecker)
//	go vet -vettool=$(which apikeylint) ./...
//	apikeylint commits [flags] [repo]    # gitleaks-based commit scanner
package main

import (
	"os"

	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/apikeylint/apikeylint/analyzer"
	"github.com/apikeylint/apikeylint/cmd/apikeylint/commits"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "commits" {
		os.Exit(commits.Main(os.Args[2:], os.Stdout, os.Stderr))
	}
	singlechecker.Main(analyzer.Analyzer)
}
