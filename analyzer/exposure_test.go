package analyzer_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/apikeylint/apikeylint/analyzer"
)

func TestKeyExposure(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{"key-exposure"}})
	analysistest.Run(t, testdata(t), a, "exposure")
}
