package analyzer_test

import (
	"bytes"
	"errors"
	"go/format"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/apikeylint/apikeylint/analyzer"
)

func TestBearerScheme(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{"bearer-scheme"}})
	analysistest.Run(t, testdata(t), a, "bearer")
}

func TestBearerSchemeMapNeedsCopy(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{"bearer-scheme"}})
	analysistest.Run(t, testdata(t), a, "bearernoloop")
}

func TestBearerSchemeFixes(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{"bearer-scheme"}})
	analysistest.RunWithSuggestedFixes(t, testdata(t), a, "bearerfix")
}

// TestBearerSchemeCLIFix applies the suggested fixes for real: it builds the
// apikeylint command, runs `apikeylint -checks=bearer-scheme -fix` on a copy
// of the bearerfix fixture laid out as a module (the resty stub replaced in
// from testdata), and checks that the result matches fix.go.golden, builds,
// and has no bearer-scheme finding left.
func TestBearerSchemeCLIFix(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the apikeylint command; skipped with -short")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH")
	}
	src := testdata(t)
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "apikeylint")
	build := exec.Command(goTool, "build", "-o", bin, "./cmd/apikeylint")
	build.Dir = filepath.Dir(src)
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/apikeylint: %v\n%s", err, out)
	}

	mod := filepath.Join(tmp, "mod")
	write := func(path, content string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	read := func(path string) string {
		t.Helper()
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	write(filepath.Join(mod, "go.mod"), "module example.com/bearerfix\n\ngo 1.26.0\n\n"+
		"require github.com/go-resty/resty/v2 v2.0.0\n\nreplace github.com/go-resty/resty/v2 => ./resty\n")
	write(filepath.Join(mod, "resty", "go.mod"), "module github.com/go-resty/resty/v2\n\ngo 1.26.0\n")
	write(filepath.Join(mod, "resty", "resty.go"), read(filepath.Join(src, "src", "github.com", "go-resty", "resty", "v2", "resty.go")))
	write(filepath.Join(mod, "fix.go"), read(filepath.Join(src, "src", "bearerfix", "fix.go")))

	run := func(args ...string) (string, int) {
		t.Helper()
		cmd := exec.Command(args[0], args[1:]...)
		cmd.Dir = mod
		cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "GOPROXY=off")
		out, err := cmd.CombinedOutput()
		var exit *exec.ExitError
		switch {
		case err == nil:
			return string(out), 0
		case errors.As(err, &exit):
			return string(out), exit.ExitCode()
		}
		t.Fatalf("%s: %v", strings.Join(args, " "), err)
		return "", -1
	}

	flag := "-" + analyzer.FlagChecks + "=bearer-scheme"
	if out, code := run(bin, flag, "./..."); code != 3 || !strings.Contains(out, "bearer-scheme: ") {
		t.Fatalf("before -fix: exit code %d, want 3 with bearer-scheme findings:\n%s", code, out)
	}
	if out, code := run(bin, flag, "-fix", "./..."); code != 0 && code != 3 {
		t.Fatalf("apikeylint -fix: exit code %d:\n%s", code, out)
	}
	got, err := format.Source([]byte(read(filepath.Join(mod, "fix.go"))))
	if err != nil {
		t.Fatalf("fixed file does not parse: %v", err)
	}
	want, err := format.Source([]byte(read(filepath.Join(src, "src", "bearerfix", "fix.go.golden"))))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("apikeylint -fix result differs from fix.go.golden:\n%s", got)
	}
	if out, code := run(goTool, "build", "./..."); code != 0 {
		t.Errorf("the fixed module does not build:\n%s", out)
	}
	if out, code := run(bin, flag, "./..."); code != 0 {
		t.Errorf("findings left after -fix (exit code %d):\n%s", code, out)
	}
}

// TestBearerProviders: keys of registry providers, each sent the way its
// provider documents beside the ways it rejects.
func TestBearerProviders(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{"bearer-scheme"}})
	analysistest.Run(t, testdata(t), a, "bearerproviders")
}

// TestBearerSchemeSDK: an SDK that wants its scheme in the value it is
// given (the registry's SDK surfaces), with the fix that adds it.
func TestBearerSchemeSDK(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{"bearer-scheme"}})
	analysistest.RunWithSuggestedFixes(t, testdata(t), a, "bearersdk")
}

// TestBearerPrecision: raw values for APIs we cannot identify stay silent,
// and a provider chosen in a branch decides for that branch (issue 19,
// classes 6 and 7).
func TestBearerPrecision(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{"bearer-scheme"}})
	analysistest.Run(t, testdata(t), a, "bearerprecision")
}

// TestBearerEndpoint: the provider known through a URL in a field or a
// config default, and schemes that depend on the endpoint.
func TestBearerEndpoint(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{"bearer-scheme"}})
	analysistest.Run(t, testdata(t), a, "bearerendpoint")
}
