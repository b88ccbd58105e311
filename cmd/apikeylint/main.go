// Command apikeylint reports API keys that are hardcoded, sent without a
// well-formed "Bearer " scheme, read from anywhere but the environment, or
// shipped to browsers, in Go packages; `apikeylint commits` scans staged
// changes or git history for keys in any file with gitleaks rules.
//
// Usage:
//
//	apikeylint [flags] packages...       # the analyzer (singlechecker)
//	apikeylint -format=sarif ./...       # SARIF 2.1.0 for code scanning
//	apikeylint -format=github ./...      # GitHub Actions annotations
//	apikeylint -baseline=FILE ./...      # only findings not in FILE
//	apikeylint -version
//	go vet -vettool=$(which apikeylint) ./...
//	apikeylint commits [flags] [repo]    # gitleaks-based commit scanner
//
// The command's own flags (-version, -format, -baseline, -update-baseline)
// are handled here and never reach the driver, so go vet's -V=full and
// -flags queries see the driver's flags only.
package main

import (
	"fmt"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/apikeylint/apikeylint/analyzer"
	"github.com/apikeylint/apikeylint/cmd/apikeylint/commits"
)

func main() {
	if code, done := redactedRun(os.Args[1:]); done {
		os.Exit(code)
	}
	if len(os.Args) > 1 && os.Args[1] == "commits" {
		os.Exit(commits.Main(os.Args[2:], os.Stdout, os.Stderr))
	}
	if err := checkFlags(os.Args[1:]); err != nil {
		fmt.Fprintf(os.Stderr, "apikeylint: %v\n", err)
		os.Exit(2)
	}
	opts, rest, err := parseCLIFlags(os.Args[1:])
	if err != nil {
		fmt.Fprintf(os.Stderr, "apikeylint: %v\n", err)
		os.Exit(2)
	}
	switch {
	case opts.version:
		fmt.Println(versionLine())
		os.Exit(0)
	case opts.structured():
		os.Exit(runStructured(opts, rest))
	}
	os.Args = append(os.Args[:1], rest...)
	if code, done := webPass(rest); done {
		os.Exit(code)
	}
	if helpAsked(rest) {
		registerCLIFlags()
	}
	singlechecker.Main(analyzer.Analyzer)
}

// driverFlags are the flags singlechecker defines besides the analyzer's
// own, each true when it takes a value (TestKnownFlags compares the names
// with -help).
var driverFlags = map[string]bool{
	"V": false, "all": false, "c": true, "cpuprofile": true, "debug": true,
	"diff": false, "fix": false, "flags": false, "json": false, "memprofile": true,
	"source": false, "tags": true, "test": false, "trace": true, "v": false,
}

// takesValue reports whether the driver, analyzer or command flag name
// takes a value ("-c 3", "-checks key-source", "-format sarif"), rather
// than being boolean.
func takesValue(name string) bool {
	if f := analyzer.Analyzer.Flags.Lookup(name); f != nil {
		b, ok := f.Value.(interface{ IsBoolFlag() bool })
		return !ok || !b.IsBoolFlag()
	}
	if v, ok := cliFlags[name]; ok {
		return v.takesValue
	}
	return driverFlags[name]
}

// checkFlags checks flag names and the analyzer's own flag values up front,
// so that a mistake is one line on stderr rather than the flag package's
// error followed by the whole usage text.
func checkFlags(args []string) error {
	flags, _ := splitArgs(args)
	probe := analyzer.New(analyzer.Config{}) // its flags validate like the real ones
	for i := 0; i < len(flags); i++ {
		name, val, hasVal := strings.Cut(strings.TrimLeft(flags[i], "-"), "=")
		own := probe.Flags.Lookup(name) != nil
		_, driver := driverFlags[name]
		_, cli := cliFlags[name]
		switch {
		case name == "h" || name == "help":
			return nil // the driver prints the usage, as asked
		case !own && !driver && !cli:
			return fmt.Errorf("flag -%s is not defined (apikeylint -help lists the flags)", name)
		}
		if !hasVal && takesValue(name) {
			if i+1 >= len(flags) {
				return fmt.Errorf("flag -%s needs a value", name)
			}
			i++
			val, hasVal = flags[i], true
		}
		if own && hasVal {
			if err := probe.Flags.Set(name, val); err != nil {
				return fmt.Errorf("flag -%s: %w", name, err)
			}
		}
	}
	return nil
}
