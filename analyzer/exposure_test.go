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

func TestKeyExposureRedactors(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{"key-exposure"}})
	if err := a.Flags.Set(analyzer.FlagRedactors, "exposureredact.fingerprint, exposureredact.masker.Mask"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata(t), a, "exposureredact")
	if err := a.Flags.Set(analyzer.FlagRedactors, "fingerprint"); err == nil {
		t.Error("-redactors=fingerprint accepted; want import/path.Func")
	}
}

func TestKeyExposureFixes(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{"key-exposure"}})
	analysistest.RunWithSuggestedFixes(t, testdata(t), a, "exposurefix")
}

// TestKeyExposureCrossPackage: a key read in another package of the user's
// code and logged here is reported here (through the package summaries).
func TestKeyExposureCrossPackage(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{"key-exposure"}})
	analysistest.Run(t, testdata(t), a, "exposurecross/app")
}

// TestKeyExposureByUse: values known as keys by where they go (an
// Authorization header, basic auth, a header map), not by a key-named
// source, are reported where they are written out.
func TestKeyExposureByUse(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{"key-exposure"}})
	analysistest.Run(t, testdata(t), a, "exposureuse")
}

// TestKeyExposureByUseCrossPackage: the summaries of another package of
// the user's code say which parameters it writes out and which fields it
// sends as credentials.
func TestKeyExposureByUseCrossPackage(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{"key-exposure"}})
	analysistest.Run(t, testdata(t), a, "exposureusecross/app")
}

// TestKeyExposureHeld: formatting a struct, pointer, map or slice whose
// fields hold a key prints the key, unless the type formats itself.
func TestKeyExposureHeld(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{"key-exposure"}})
	analysistest.Run(t, testdata(t), a, "exposureheld")
}
