package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestDemo runs the README's first command for real: the built CLI on the
// bundled demo program must report each of the four categories and exit 3.
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
	for _, cat := range []string{"hardcoded-key", "bearer-scheme", "key-source", "frontend-key"} {
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
