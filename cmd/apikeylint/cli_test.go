package main

import (
	"errors"
	"flag"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apikeylint/apikeylint/analyzer"
)

// TestDemo runs the README's first command for real: the built CLI on the
// bundled demo program must report each of the five categories and exit 3.
func TestDemo(t *testing.T) {
	bin := vetBuildTool(t, "go")
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "./testdata/demo")
	cmd.Dir = root
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	if !errorAs(err, &exit) || exit.ExitCode() != 3 {
		t.Fatalf("apikeylint ./testdata/demo: want exit status 3, got %v\n%s", err, out)
	}
	for _, cat := range []string{"hardcoded-key", "bearer-scheme", "key-source", "frontend-key", "key-exposure"} {
		if !strings.Contains(string(out), ": "+cat+": ") {
			t.Errorf("demo output has no %s finding:\n%s", cat, out)
		}
	}
	if strings.Contains(string(out), "ba4e7c1f9d2a8b3e6f0c5d7a9e1b4c8f2d6a0e3b7c9f1d5a8e2b6c0f4d7a9e3b") {
		t.Errorf("demo output shows a whole key")
	}
}

// TestBadInput checks that bad flags, missing packages and ill-typed code
// give a short error and a non-zero exit, never a panic.
func TestBadInput(t *testing.T) {
	bin := vetBuildTool(t, "go")
	dir := t.TempDir()
	write := func(name, text string) {
		t.Helper()
		if err := writeFile(filepath.Join(dir, name), text); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", "module bad\n\ngo 1.26\n")
	write("bad.go", "package bad\n\nfunc f() int { return \"x\" }\n")
	write("syntax/s.go", "package syntax\n\nfunc f( {\n")
	tests := []struct {
		args     []string
		wantCode int
		wantText string
		oneLine  bool
	}{
		{[]string{"-checks=nope", "./..."}, 2, `unknown check "nope"`, true},
		{[]string{"-allowed-sources=nodot", "./..."}, 2, `not of the form`, true},
		{[]string{"-nosuch", "./..."}, 2, "flag -nosuch is not defined", true},
		{[]string{"-cross-package=maybe", "./..."}, 2, "flag -cross-package: want true or false", true},
		{[]string{"-checks"}, 2, "flag -checks needs a value", true},
		{[]string{"-format=xml", "./..."}, 2, `flag -format: unknown format "xml"`, true},
		{[]string{"-format"}, 2, "flag -format needs a value", true},
		{[]string{"-update-baseline", "./..."}, 2, "flag -update-baseline needs -baseline=FILE", true},
		{[]string{"-json", "-format=sarif", "./..."}, 2, "flags -json and -format=sarif conflict", true},
		{[]string{"-fix", "-format=sarif", "./..."}, 2, "flags -fix and -diff work only with -format=text", true},
		{[]string{"-version=maybe"}, 2, "flag -version: want true or false", true},
		{[]string{"./missing"}, 1, "missing", false},
		{[]string{"."}, 1, "cannot use", false},
		{[]string{"./syntax"}, 1, "expected", false},
	}
	for _, tt := range tests {
		cmd := exec.Command(bin, tt.args...)
		cmd.Dir = dir
		cmd.Env = append(cmd.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
		out, err := cmd.CombinedOutput()
		var exit *exec.ExitError
		if !errorAs(err, &exit) || exit.ExitCode() != tt.wantCode {
			t.Errorf("apikeylint %s: want exit %d, got %v\n%s", strings.Join(tt.args, " "), tt.wantCode, err, out)
			continue
		}
		s := string(out)
		if !strings.Contains(s, tt.wantText) || strings.Contains(s, "panic") || strings.Contains(s, "goroutine ") {
			t.Errorf("apikeylint %s: unexpected output:\n%s", strings.Join(tt.args, " "), s)
		}
		if tt.oneLine && strings.Count(strings.TrimSpace(s), "\n") != 0 {
			t.Errorf("apikeylint %s: want one line, got:\n%s", strings.Join(tt.args, " "), s)
		}
	}
}

func errorAs(err error, target **exec.ExitError) bool { return errors.As(err, target) }

func writeFile(name, text string) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	return os.WriteFile(name, []byte(text), 0o644)
}

// TestWebOnlyPackages checks that a plain `apikeylint ./...` on linux also
// lints the packages that build only for js/wasm (a wasm-only directory, and
// a package importing syscall/js from untagged files), by running a second,
// GOOS=js pass on them; without that pass they are skipped or fail.
func TestWebOnlyPackages(t *testing.T) {
	bin := vetBuildTool(t, "go")
	dir := t.TempDir()
	files := map[string]string{
		"go.mod": "module w\n\ngo 1.26\n",
		"web/main.go": "//go:build js && wasm\n\npackage main\n\nimport (\n\t\"os\"\n\t\"syscall/js\"\n)\n\n" +
			"func main() {\n\tjs.Global().Get(\"Headers\").New().Call(\"set\", \"Authorization\", \"Bearer \"+os.Getenv(\"WAVESPEED_API_KEY\"))\n}\n",
		"jsuntagged/a.go": "package jsuntagged\n\nimport \"syscall/js\"\n\nvar wavespeedAPIKey string\n\nfunc Call() { js.Global().Call(\"fetch\", wavespeedAPIKey) }\n",
		"server/s.go":     "package server\n\nimport \"net/http\"\n\nfunc Send(req *http.Request, apiKey string) { req.Header.Set(\"Authorization\", \"Bearer \"+apiKey) }\n",
	}
	for name, text := range files {
		if err := writeFile(filepath.Join(dir, name), text); err != nil {
			t.Fatal(err)
		}
	}
	run := func(env ...string) (string, int) {
		cmd := exec.Command(bin, "./...")
		cmd.Dir = dir
		cmd.Env = append(cmd.Environ(), append([]string{"GOWORK=off", "GOFLAGS=-mod=mod"}, env...)...)
		out, err := cmd.CombinedOutput()
		var exit *exec.ExitError
		if err != nil && !errorAs(err, &exit) {
			t.Fatal(err)
		}
		if exit != nil {
			return string(out), exit.ExitCode()
		}
		return string(out), 0
	}
	out, code := run()
	if code != 3 {
		t.Fatalf("apikeylint ./...: want exit 3, got %d\n%s", code, out)
	}
	for _, want := range []string{"web/main.go:11:", "jsuntagged/a.go:5:5: frontend-key:"} {
		if !strings.Contains(out, want) {
			t.Errorf("apikeylint ./... output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "server/s.go") {
		t.Errorf("server package reported as frontend code:\n%s", out)
	}
	// Without the split, the same run misses web/ and fails on jsuntagged/.
	if out, code := run("APIKEYLINT_SPLIT=off"); code != 1 || strings.Contains(out, "web/main.go") {
		t.Errorf("APIKEYLINT_SPLIT=off: want exit 1 and no web/ finding, got %d\n%s", code, out)
	}
}

// TestMayHaveWebFiles checks the cheap look that decides whether the
// js/wasm split runs at all: a package that builds for js only among other
// systems, beside files that build here, does not need it (caddy's
// sigtrap_nonposix.go); a directory of js/wasm-only files, a _js.go-only
// directory and a syscall/js import do.
func TestMayHaveWebFiles(t *testing.T) {
	cases := []struct {
		name  string
		files map[string]string
		want  bool
	}{
		{"ordinary", map[string]string{"a.go": "package a\n"}, false},
		{"js among others", map[string]string{
			"sig_posix.go":    "//go:build !windows && !js\n\npackage a\n",
			"sig_nonposix.go": "//go:build windows || plan9 || js\n\npackage a\n",
		}, false},
		{"js and wasm only", map[string]string{"main.go": "//go:build js && wasm\n\npackage main\n"}, true},
		{"file names", map[string]string{"a_js.go": "package a\n", "b_wasm.go": "package a\n"}, true},
		{"syscall/js", map[string]string{"a.go": "package a\n\nimport \"syscall/js\"\n\nvar _ = js.Global\n"}, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, text := range c.files {
				if err := writeFile(filepath.Join(dir, "pkg", name), text); err != nil {
					t.Fatal(err)
				}
			}
			t.Chdir(dir)
			if got := mayHaveWebFiles([]string{"./..."}); got != c.want {
				t.Errorf("mayHaveWebFiles = %v, want %v", got, c.want)
			}
		})
	}
}

// TestKnownFlags checks driverFlags and cliFlags against the flags -help
// lists (cliFlags are listed for -help only), so that
// an x/tools upgrade that adds or drops a driver flag fails here rather
// than making checkFlags refuse a real flag.
func TestKnownFlags(t *testing.T) {
	bin := vetBuildTool(t, "go")
	out, _ := exec.Command(bin, "-help").CombinedOutput()
	var listed []string
	for _, line := range strings.Split(string(out), "\n") {
		if f := strings.Fields(line); len(f) > 0 && strings.HasPrefix(line, "  -") {
			listed = append(listed, strings.TrimPrefix(f[0], "-"))
		}
	}
	known := slices.Collect(maps.Keys(driverFlags))
	analyzer.Analyzer.Flags.VisitAll(func(f *flag.Flag) { known = append(known, f.Name) })
	known = append(known, slices.Collect(maps.Keys(cliFlags))...)
	slices.Sort(listed)
	slices.Sort(known)
	if !slices.Equal(listed, known) {
		t.Errorf("-help lists flags %v; checkFlags knows %v", listed, known)
	}
}
