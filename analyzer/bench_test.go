package analyzer_test

import (
	"os"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/apikeylint/apikeylint/analyzer"
)

// BenchmarkAnalyzer times the analyzer alone, with its inspector, on
// packages loaded once: APIKEYLINT_BENCH (default net/...), with their
// tests, as apikeylint loads them. It complements .ci/bench.sh, whose wall
// times include loading and type-checking; run it with -cpu=1 for a figure
// that does not depend on the load of the machine's other core:
//
//	go test ./analyzer -run '^$' -bench Analyzer -cpu 1 -count 5
func BenchmarkAnalyzer(b *testing.B) {
	pattern := os.Getenv("APIKEYLINT_BENCH")
	if pattern == "" {
		pattern = "net/..."
	}
	cfg := &packages.Config{Mode: packages.LoadSyntax, Tests: true}
	pkgs, err := packages.Load(cfg, strings.Fields(pattern)...)
	if err != nil {
		b.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		b.Fatal("packages have errors")
	}
	b.ResetTimer()
	for b.Loop() {
		a := analyzer.New(analyzer.Config{})
		res, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
		if err != nil {
			b.Fatal(err)
		}
		for act := range res.All() {
			if act.Err != nil {
				b.Fatal(act.Err)
			}
		}
	}
}
