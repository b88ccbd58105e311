package main

// vet_test.go checks that apikeylint works as a go vet tool: `go vet
// -vettool=apikeylint` reports the same findings as the apikeylint command
// itself on the fixture module testdata/vet, passes analyzer flags through,
// and applies suggested fixes with `go vet -fix`.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/apikeylint/apikeylint/analyzer"
)

// vetFixtureKey is the (fake) WaveSpeed key hardcoded in testdata/vet/main.go.
const vetFixtureKey = "9c1e7a3f5b2d4e6f8a0b1c3d5e7f9a2b4c6d8e0f1a3b5c7d9e2f4a6b8c0d1e3f"

// vetFixtureFinding is the hardcoded-key finding every default run reports.
const vetFixtureFinding = `main.go:7:23: hardcoded-key: WaveSpeed API key "9c1e…" (64 chars) in source; read it from the environment: os.Getenv("WAVESPEED_API_KEY")`

func TestGoVetVettool(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the apikeylint binary and runs go vet; skipped with -short")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH")
	}
	bin := vetBuildTool(t, goTool)
	fixture := vetCopyFixture(t)

	// diagnostics runs the command line in dir and returns its findings,
	// sorted, as "file:line:col: message" with file relative to dir. It
	// checks the exit code: 0 without findings, else 3 for apikeylint and 1
	// for go vet.
	diagnostics := func(t *testing.T, dir string, args ...string) []string {
		t.Helper()
		out, code := vetRun(t, dir, args...)
		got := vetParse(t, dir, out)
		want := 0
		if len(got) > 0 {
			want = 3
			if args[0] == goTool {
				want = 1
			}
		}
		if code != want {
			t.Fatalf("%s: exit code %d, want %d; output:\n%s", strings.Join(args, " "), code, want, out)
		}
		return got
	}

	t.Run("default", func(t *testing.T) {
		cli := diagnostics(t, fixture, bin, "./...")
		vet := diagnostics(t, fixture, goTool, "vet", "-vettool="+bin, "./...")
		if len(vet) == 0 {
			t.Fatal("go vet -vettool reported nothing on the fixture")
		}
		if !slices.Equal(cli, vet) {
			t.Errorf("go vet -vettool and apikeylint disagree:\napikeylint:\n%s\ngo vet:\n%s", strings.Join(cli, "\n"), strings.Join(vet, "\n"))
		}
		if !slices.Contains(vet, vetFixtureFinding) {
			t.Errorf("go vet findings lack %q:\n%s", vetFixtureFinding, strings.Join(vet, "\n"))
		}
		for _, d := range vet {
			if strings.Contains(d, vetFixtureKey) {
				t.Errorf("a finding repeats the key: %s", d)
			}
		}
	})

	t.Run("flag", func(t *testing.T) {
		// The analyzer's flags keep their names under go vet (a single-analyzer
		// tool's flags are not prefixed with the analyzer name).
		all := diagnostics(t, fixture, goTool, "vet", "-vettool="+bin, "./...")
		flag := "-" + analyzer.FlagChecks + "=bearer-scheme"
		cli := diagnostics(t, fixture, bin, flag, "./...")
		vet := diagnostics(t, fixture, goTool, "vet", "-vettool="+bin, flag, "./...")
		if !slices.Equal(cli, vet) {
			t.Errorf("with %s, go vet -vettool and apikeylint disagree:\napikeylint:\n%s\ngo vet:\n%s", flag, strings.Join(cli, "\n"), strings.Join(vet, "\n"))
		}
		if slices.Equal(vet, all) {
			t.Errorf("%s did not change go vet's findings:\n%s", flag, strings.Join(vet, "\n"))
		}
		for _, d := range vet {
			if !strings.Contains(d, ": bearer-scheme: ") {
				t.Errorf("with %s, go vet reported another check: %s", flag, d)
			}
		}
	})

	t.Run("cross-package", func(t *testing.T) {
		// argkey.go uses cli.FirstArg() (os.Args[1]) as a key: by default
		// (summaries of package cli's source) and with -facts, both
		// drivers follow it into package cli; -cross-package=false does
		// not.
		const finding = "argkey.go:8:12: key-source: API key comes from cli.FirstArg, which reads it from the command line at cli.go:13"
		has := func(ds []string) bool {
			return slices.ContainsFunc(ds, func(d string) bool { return strings.HasPrefix(d, finding) })
		}
		for _, flags := range [][]string{nil, {"-" + analyzer.FlagFacts}} {
			args := append(slices.Clone(flags), "./...")
			cli := diagnostics(t, fixture, append([]string{bin}, args...)...)
			vet := diagnostics(t, fixture, append([]string{goTool, "vet", "-vettool=" + bin}, args...)...)
			if !slices.Equal(cli, vet) {
				t.Errorf("with %v, go vet -vettool and apikeylint disagree:\napikeylint:\n%s\ngo vet:\n%s", flags, strings.Join(cli, "\n"), strings.Join(vet, "\n"))
			}
			if !has(vet) {
				t.Errorf("with %v, go vet findings lack %q:\n%s", flags, finding, strings.Join(vet, "\n"))
			}
		}
		off := "-" + analyzer.FlagCrossPackage + "=false"
		if def := diagnostics(t, fixture, goTool, "vet", "-vettool="+bin, off, "./..."); has(def) {
			t.Errorf("with %s, go vet followed the key into package cli:\n%s", off, strings.Join(def, "\n"))
		}
	})

	t.Run("dependency edit", func(t *testing.T) {
		// uselog.go passes a key to logx.Debug, which logs it. Editing
		// Debug's body in package logx (not its signature) must change the
		// next go vet run's findings in package main: the summary of logx
		// is read anew, and go vet's cache does not keep the old result.
		dir := vetCopyFixture(t)
		const finding = "uselog.go:10:37: key-exposure: WaveSpeed API key from WAVESPEED_API_KEY passed to logx.Debug is written out there (sent to the log at logx.go:10)"
		has := func(ds []string) bool {
			return slices.ContainsFunc(ds, func(d string) bool { return strings.HasPrefix(d, finding) })
		}
		vetArgs := []string{goTool, "vet", "-vettool=" + bin, "./..."}
		if ds := diagnostics(t, dir, vetArgs...); !has(ds) {
			t.Fatalf("go vet findings lack %q:\n%s", finding, strings.Join(ds, "\n"))
		}
		file := filepath.Join(dir, "logx", "logx.go")
		orig := vetReadFile(t, file)
		quiet := strings.Replace(orig, `log.Printf("%s=%s", label, value)`, `log.Printf("%s is set", label)`, 1)
		if quiet == orig {
			t.Fatal("fixture logx.go lost its log line")
		}
		if err := os.WriteFile(file, []byte(quiet), 0o644); err != nil {
			t.Fatal(err)
		}
		if ds := diagnostics(t, dir, vetArgs...); has(ds) {
			t.Errorf("after Debug stopped logging its value, go vet still reports:\n%s", strings.Join(ds, "\n"))
		}
		if err := os.WriteFile(file, []byte(orig), 0o644); err != nil {
			t.Fatal(err)
		}
		if ds := diagnostics(t, dir, vetArgs...); !has(ds) {
			t.Errorf("after Debug logs its value again, go vet findings lack %q:\n%s", finding, strings.Join(ds, "\n"))
		}
	})

	t.Run("json", func(t *testing.T) {
		cliOut, _ := vetRun(t, fixture, bin, "-json", "./...")
		vetOut, _ := vetRun(t, fixture, goTool, "vet", "-vettool="+bin, "-json", "./...")
		cli, vet := vetDecodeJSON(t, cliOut), vetDecodeJSON(t, vetOut)
		if !reflect.DeepEqual(cli, vet) {
			t.Errorf("-json output differs:\napikeylint:\n%s\ngo vet:\n%s", cliOut, vetOut)
		}
		if !strings.Contains(vetOut, `"category": "hardcoded-key"`) || !strings.Contains(vetOut, `"suggested_fixes"`) {
			t.Errorf("go vet -json lacks the hardcoded-key finding and its fix:\n%s", vetOut)
		}
	})

	t.Run("fix", func(t *testing.T) {
		byVet, byCLI := vetCopyFixture(t), vetCopyFixture(t)
		before := vetReadFile(t, filepath.Join(byVet, "main.go"))

		diff, code := vetRun(t, byVet, goTool, "vet", "-vettool="+bin, "-fix", "-diff", "./...")
		if code == 0 || !strings.Contains(diff, `+var wavespeedAPIKey = os.Getenv("WAVESPEED_API_KEY")`) {
			t.Errorf("go vet -fix -diff: exit code %d, want non-zero and the os.Getenv rewrite in:\n%s", code, diff)
		}
		if got := vetReadFile(t, filepath.Join(byVet, "main.go")); got != before {
			t.Fatalf("go vet -fix -diff changed main.go:\n%s", got)
		}

		if out, code := vetRun(t, byVet, goTool, "vet", "-vettool="+bin, "-fix", "./..."); code != 0 {
			t.Fatalf("go vet -fix: exit code %d; output:\n%s", code, out)
		}
		fixed := vetReadFile(t, filepath.Join(byVet, "main.go"))
		if !strings.Contains(fixed, `var wavespeedAPIKey = os.Getenv("WAVESPEED_API_KEY")`) ||
			!strings.Contains(fixed, `"os"`) || strings.Contains(fixed, vetFixtureKey) {
			t.Errorf("go vet -fix did not rewrite the key to os.Getenv and import os:\n%s", fixed)
		}
		if out, code := vetRun(t, byVet, goTool, "build", "./..."); code != 0 {
			t.Errorf("the fixed fixture does not build:\n%s", out)
		}
		for _, d := range diagnostics(t, byVet, bin, "./...") {
			if strings.Contains(d, ": hardcoded-key: ") {
				t.Errorf("finding left after go vet -fix: %s", d)
			}
		}

		vetRun(t, byCLI, bin, "-fix", "./...")
		if got := vetReadFile(t, filepath.Join(byCLI, "main.go")); got != fixed {
			t.Errorf("apikeylint -fix and go vet -fix disagree:\napikeylint -fix:\n%s\ngo vet -fix:\n%s", got, fixed)
		}
	})
}

// vetBuildTool builds this command into a temporary directory.
func vetBuildTool(t *testing.T, goTool string) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "apikeylint")
	cmd := exec.Command(goTool, "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// vetCopyFixture copies ../../testdata/vet to a new temporary directory,
// outside this repository's go.work.
func vetCopyFixture(t *testing.T) string {
	t.Helper()
	src, err := filepath.Abs(filepath.Join("..", "..", "testdata", "vet"))
	if err != nil {
		t.Fatal(err)
	}
	dst := t.TempDir()
	if err := os.CopyFS(dst, os.DirFS(src)); err != nil {
		t.Fatalf("copy fixture: %v", err)
	}
	// CopyFS keeps no write bits beyond the source's; -fix must write.
	err = filepath.WalkDir(dst, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		return os.Chmod(p, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

// vetRun runs args in dir as a fixture module (GOWORK=off, GOFLAGS=-mod=mod)
// and returns its combined output and exit code.
func vetRun(t *testing.T, dir string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return out.String(), 0
	case errors.As(err, &exit):
		return out.String(), exit.ExitCode()
	default:
		t.Fatalf("%s: %v", strings.Join(args, " "), err)
		return "", -1
	}
}

var vetDiagLine = regexp.MustCompile(`^(.+\.go):(\d+):(\d+): (.+)$`)

// vetParse returns the sorted findings in out as "file:line:col: message",
// file relative to dir. It fails on any other line but go vet's package
// headers ("# pkg").
func vetParse(t *testing.T, dir, out string) []string {
	t.Helper()
	var got []string
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "# ") {
			continue
		}
		m := vetDiagLine.FindStringSubmatch(line)
		if m == nil {
			t.Fatalf("unexpected output line %q in:\n%s", line, out)
		}
		file := m[1]
		if filepath.IsAbs(file) {
			rel, err := filepath.Rel(dir, file)
			if err != nil {
				t.Fatal(err)
			}
			file = rel
		}
		ln, _ := strconv.Atoi(m[2])
		col, _ := strconv.Atoi(m[3])
		got = append(got, filepath.ToSlash(filepath.Clean(file))+":"+strconv.Itoa(ln)+":"+strconv.Itoa(col)+": "+m[4])
	}
	slices.Sort(got)
	return got
}

// vetDecodeJSON decodes the stream of JSON objects that -json prints (one
// per package under go vet) into one map.
func vetDecodeJSON(t *testing.T, out string) map[string]any {
	t.Helper()
	all := map[string]any{}
	dec := json.NewDecoder(strings.NewReader(out))
	for dec.More() {
		var m map[string]any
		if err := dec.Decode(&m); err != nil {
			t.Fatalf("decode -json output: %v\n%s", err, out)
		}
		for k, v := range m {
			all[k] = v
		}
	}
	return all
}

func vetReadFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
