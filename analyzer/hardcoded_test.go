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

// TestHardcodedKeyVectors: a bare 64-hex string is WaveSpeed's only with
// WaveSpeed context, and a test vector in a test that feeds a signer, a
// validator or a mock server (issue 19, class 5).
func TestHardcodedKeyVectors(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{"hardcoded-key"}})
	analysistest.Run(t, testdata(t), a, "hardcodedvectors")
}

// TestHardcodedKeyOAuthPublicClient: a public OAuth client's secret is not
// a key; a confidential web client's is (issue 19, class 3).
func TestHardcodedKeyOAuthPublicClient(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{"hardcoded-key"}})
	analysistest.Run(t, testdata(t), a, "hardcodedoauth")
}
