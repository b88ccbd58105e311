package analyzer_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/apikeylint/apikeylint/analyzer"
)

func TestKeySource(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{"key-source"}, Facts: true})
	analysistest.Run(t, testdata(t), a, "source", "sourcehelper", "sourcecross", "sourcenotallowed")
}

// TestKeySourceCrossPackageFlag turns cross-package tracing on with the
// flag, as the CLI and go vet do, and checks that it declares the fact.
func TestKeySourceFactsFlag(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{"key-source"}})
	if len(a.FactTypes) != 0 {
		t.Fatalf("default analyzer declares facts %v; want none (they make drivers type-check every dependency)", a.FactTypes)
	}
	if err := a.Flags.Set(analyzer.FlagFacts, "true"); err != nil {
		t.Fatal(err)
	}
	if len(a.FactTypes) == 0 {
		t.Fatal("-facts=true declares no fact type")
	}
	analysistest.Run(t, testdata(t), a, "sourcehelper", "sourcecross")
	if err := a.Flags.Set(analyzer.FlagFacts, "maybe"); err == nil {
		t.Error("-facts=maybe accepted")
	}
	if err := a.Flags.Set(analyzer.FlagCrossPackage, "maybe"); err == nil {
		t.Error("-cross-package=maybe accepted")
	}
}

// TestKeySourceCrossPackageDefault: by default, with no fact, a value read
// in another package of the user's code is followed through that
// package's source.
func TestKeySourceCrossPackageDefault(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{"key-source"}})
	analysistest.Run(t, testdata(t), a, "sourcecrossdefault/...")
}

// TestKeySourceSamePackageOnly: without cross-package tracing, values from
// other packages' functions are not followed (and nothing else changes:
// the same-package cases in sourcecrossoff are still reported). The
// source fixture is not run here: its want lines include the facts that
// -facts exports (TestKeySource).
func TestKeySourceSamePackageOnly(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{"key-source"}, SamePackageOnly: true})
	analysistest.Run(t, testdata(t), a, "sourcecrossoff")
}

func TestKeySourceAllowed(t *testing.T) {
	a := analyzer.New(analyzer.Config{
		Checks:         []string{"key-source"},
		AllowedSources: []string{"sourcesecrets.Load", "sourceallowed.fromVault"},
	})
	analysistest.Run(t, testdata(t), a, "sourceallowed")
}

// TestKeySourceFlagLibraries: urfave/cli and kingpin flags, matched by
// type, and a fork of urfave/cli matched by shape.
func TestKeySourceFlagLibraries(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{"key-source"}})
	analysistest.Run(t, testdata(t), a, "sourceflaglibs", "sourceflagshape")
}

// TestKeySourceUserConfigStore: a CLI's per-user credential store (viper
// pointed at the home directory) is not reported; the same read from the
// working directory is.
func TestKeySourceUserConfigStore(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{"key-source"}})
	analysistest.Run(t, testdata(t), a, "sourceuserstore", "sourceprojectstore")
}

// TestKeySourceConfigPath: files named on the command line (directly or
// through a parameter) are sources; paths from the environment, the home
// directory or a secret mount are deployment configuration.
func TestKeySourceConfigPath(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{"key-source"}})
	analysistest.Run(t, testdata(t), a, "sourceconfigpath")
}

// TestKeySourcePayload: a secret a CLI stores for its user is payload.
func TestKeySourcePayload(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{"key-source"}})
	analysistest.Run(t, testdata(t), a, "sourcepayload")
}

// TestKeySourceByUse: values known as keys by where another package of
// the user's code sends them (a config field passed to a constructor, a
// field sent as a basic-auth password, an argument handed to an SDK) are
// reported where they are read.
func TestKeySourceByUse(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{"key-source"}})
	analysistest.Run(t, testdata(t), a, "sourceuse/app")
}

// TestKeySourceByUseFacts: -facts carries the same records as facts.
func TestKeySourceByUseFacts(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{"key-source"}, Facts: true})
	analysistest.Run(t, testdata(t), a, "sourceuse/app")
}

// TestKeySourceKeyNames: a callee named for a key whose parameter is an ID
// or a name is no key sink (issue 19, class 4).
func TestKeySourceKeyNames(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{"key-source"}})
	analysistest.Run(t, testdata(t), a, "sourcekeyname")
}

// TestKeySourceViperEnv: viper with an env prefix and AutomaticEnv and no
// config file reads the environment; with a config file, the message names
// each origin the key is bound to (issue 19, classes 2 and 8).
func TestKeySourceViperEnv(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{"key-source", "key-exposure"}})
	analysistest.Run(t, testdata(t), a, "sourceviperenv", "sourceviperfile")
}

// TestKeySourceConfigEnv: a decoded field also set from the environment
// names both origins; a field no decoder fills is not from the file
// (issue 19, class 8).
func TestKeySourceConfigEnv(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{"key-source"}})
	analysistest.Run(t, testdata(t), a, "sourceconfigenv")
}

// TestKeySourceUserStoreShapes: per-user credential stores named through
// another package's function, a function of this package, a variable built
// from the home directory, or a root command in another package of the
// module (issue 19, class 1).
func TestKeySourceUserStoreShapes(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{"key-source"}})
	analysistest.Run(t, testdata(t), a, "sourceuserstore2", "sourceuserstore3", "sourceuserstoremod/...", "sourceprojectmod/...")
}
