package analyzer_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/apikeylint/apikeylint/analyzer"
)

// TestHardcodedKeyURL: keys in the query of URL literals.
func TestHardcodedKeyURL(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{"hardcoded-key"}})
	analysistest.Run(t, testdata(t), a, "hardcodedurl")
}

// TestHardcodedKeyFallbackFixes: a literal that stands in for an
// environment read is dropped, not replaced by a second read.
func TestHardcodedKeyFallbackFixes(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{"hardcoded-key"}})
	analysistest.RunWithSuggestedFixes(t, testdata(t), a, "hardcodedfallbackfix")
}
