package analyzer_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/apikeylint/apikeylint/analyzer"
)

// frontendAnalyzer is the frontend-key check alone. analysistest reads
// `// want` comments from a package's ignored files only for analyzers
// named buildtag, directive or plusbuild; frontend-key reports in ignored
// files (js/wasm files seen from a linux run), so the test copy borrows the
// name. Nothing else depends on the name, and every message still starts
// with "frontend-key: ".
func frontendAnalyzer() *analysis.Analyzer {
	a := analyzer.New(analyzer.Config{Checks: []string{string(analyzer.FrontendKey)}})
	b := *a
	b.Name = "buildtag"
	return &b
}

// setBuild sets the build configuration for go/packages and the analyzer.
func setBuild(t *testing.T, goos, goarch string) {
	t.Setenv("GOOS", goos)
	t.Setenv("GOARCH", goarch)
	t.Setenv("CGO_ENABLED", "0")
}

// From an ordinary linux run the js/wasm files are ignored files, checked
// syntactically; server code is checked for keys handed to clients; a
// package that only builds for wasm is invisible (see TestFrontendWasmOnly).
func TestFrontendKeyLinux(t *testing.T) {
	setBuild(t, "linux", "amd64")
	analysistest.Run(t, testdata(t), frontendAnalyzer(), "frontendfiles", "frontendserver")
}

// The same fixture built for the browser reports the same lines with type
// information (wasi.go stays an ignored file: it needs wasip1).
func TestFrontendKeyJS(t *testing.T) {
	setBuild(t, "js", "wasm")
	analysistest.Run(t, testdata(t), frontendAnalyzer(), "frontendfiles")
}

// A wasm-only program: every file is excluded on linux, so it is checked
// with GOOS=js GOARCH=wasm (the README's second invocation).
func TestFrontendWasmOnly(t *testing.T) {
	setBuild(t, "js", "wasm")
	analysistest.Run(t, testdata(t), frontendAnalyzer(), "frontendwasmonly")
}

// The build configuration alone marks a package as frontend code.
func TestFrontendBuildConfig(t *testing.T) {
	setBuild(t, "wasip1", "wasm")
	analysistest.Run(t, testdata(t), frontendAnalyzer(), "frontendconfig")
}

// The same package built for linux is server code: silent.
func TestFrontendBuildConfigLinux(t *testing.T) {
	setBuild(t, "linux", "amd64")
	a := frontendAnalyzer()
	results := analysistest.Run(&silent{T: t}, testdata(t), a, "frontendconfig")
	for _, r := range results {
		for _, d := range r.Diagnostics {
			t.Errorf("linux run: unexpected %s", d.Message)
		}
	}
}

// silent ignores analysistest's complaints about unmatched `// want`
// lines (the fixture's wants are for the wasm build); diagnostics are
// checked by the caller.
type silent struct{ *testing.T }

func (s *silent) Errorf(string, ...any) {}

// TestFrontendKeyCrossPackage: the server's key passed to a function of
// another package of the user's code that writes it into the response
// (that package's summary says so).
func TestFrontendKeyCrossPackage(t *testing.T) {
	setBuild(t, "linux", "amd64")
	analysistest.Run(t, testdata(t), frontendAnalyzer(), "frontendcross/app")
}
