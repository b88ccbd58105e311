package analyzer_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/apikeylint/apikeylint/analyzer"
)

func TestKeySource(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{"key-source"}})
	analysistest.Run(t, testdata(t), a, "source", "sourcehelper", "sourcecross", "sourcenotallowed")
}

func TestKeySourceAllowed(t *testing.T) {
	a := analyzer.New(analyzer.Config{
		Checks:         []string{"key-source"},
		AllowedSources: []string{"sourcesecrets.Load", "sourceallowed.fromVault"},
	})
	analysistest.Run(t, testdata(t), a, "sourceallowed")
}
