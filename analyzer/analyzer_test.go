package analyzer_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/apikeylint/apikeylint/analyzer"
)

// testdata is the repository's fixture tree (GOPATH layout: testdata/src/<pkg>).
func testdata(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestHardcodedKey(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{"hardcoded-key"}})
	analysistest.Run(t, testdata(t), a, "hardcoded")
	analysistest.RunWithSuggestedFixes(t, testdata(t), a, "hardcodedfix", "hardcodedimport", "hardcodedimport1")
}
