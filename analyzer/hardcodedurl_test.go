package analyzer_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/apikeylint/apikeylint/analyzer"
)

// TestHardcodedKeyURLFix: a URL that carries a credential is read from the
// environment as a whole.
func TestHardcodedKeyURLFix(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{"hardcoded-key"}})
	analysistest.RunWithSuggestedFixes(t, testdata(t), a, "hardcodedurlfix")
}
