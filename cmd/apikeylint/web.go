package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"go/build"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// A linux run of `apikeylint ./...` sees js/wasm files of ordinary packages
// as ignored files, and the frontend-key check reads them. Two kinds of
// package it cannot see: directories whose every file is js/wasm-only
// (skipped by the pattern) and packages importing syscall/js from untagged
// files (they fail to type-check on linux). For those, main runs two passes
// as child processes: the host pass on every other package, and a
// GOOS=js GOARCH=wasm pass on the packages that build only for the browser.
// It does so only when such packages exist, so ordinary modules keep one
// pass and one output.

// splitEnv, set to "off", disables the split (the children run with it).
const splitEnv = "APIKEYLINT_SPLIT"

// splitArgs separates leading flags from package patterns: the first
// argument after the flags (and the values of those that take one, "-c 3")
// starts the patterns.
func splitArgs(args []string) (flags, patterns []string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return args[:i], args[i+1:]
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			return args[:i], args[i:]
		}
		name, _, hasVal := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !hasVal && takesValue(name) {
			i++
		}
	}
	return args, nil
}

// webEnv is the environment of the js/wasm pass.
var webEnv = []string{"GOOS=js", "GOARCH=wasm"}

// webPass reports whether main should split this run, and runs it if so,
// returning the exit code.
func webPass(args []string) (code int, done bool) {
	flags, patterns := splitArgs(args)
	host, web, ok := splitPackages(flags, patterns)
	if !ok {
		return 0, false
	}
	self, err := os.Executable()
	if err != nil {
		return 0, false
	}
	codes := []int{}
	if len(host) > 0 {
		codes = append(codes, runChild(self, append(append([]string{}, flags...), host...), nil))
	}
	codes = append(codes, runChild(self, append(append([]string{}, flags...), web...), webEnv))
	return worstCode(codes), true
}

// splitPackages reports whether this run needs the js/wasm split (ok), and
// if so the packages of the host pass and of the GOOS=js pass.
func splitPackages(flags, patterns []string) (host, web []string, ok bool) {
	if os.Getenv(splitEnv) == "off" || os.Getenv("GOOS") == "js" || os.Getenv("GOOS") == "wasip1" || os.Getenv("GOARCH") == "wasm" {
		return nil, nil, false
	}
	if len(patterns) == 0 {
		return nil, nil, false
	}
	for _, f := range flags {
		switch strings.TrimLeft(f, "-") {
		case "V", "V=full", "flags", "help", "h":
			return nil, nil, false
		}
	}
	for _, p := range patterns {
		// Only the user's own module (relative patterns), never std or
		// vettool .cfg files.
		if !strings.HasPrefix(p, ".") || strings.HasSuffix(p, ".cfg") {
			return nil, nil, false
		}
	}
	if !mayHaveWebFiles(patterns) {
		return nil, nil, false // no js/wasm file anywhere: skip the two go list runs
	}
	host, web, err := listSplit(patterns)
	if err != nil || len(web) == 0 {
		return nil, nil, false // let the ordinary run report any listing problem
	}
	return host, web, true
}

// mayHaveWebFiles is a cheap filesystem look at the directories the
// relative patterns cover: it reports whether any of them could hold a
// package that builds only for the browser: one whose Go files all build
// for js/wasm and none for this host (by file name and build constraints,
// as go/build matches them), or one with a file importing syscall/js. A
// file that builds for js among other systems (//go:build windows || js)
// beside files that build here does not make one. When none does, the
// split cannot find anything and the run saves two `go list` calls; a
// false positive only costs those calls.
func mayHaveWebFiles(patterns []string) bool {
	host := build.Default
	web := build.Default
	web.GOOS, web.GOARCH = "js", "wasm"
	for _, p := range patterns {
		root, all := strings.CutSuffix(p, "/...")
		if root == "." && all || p == "..." {
			root, all = ".", true
		}
		found := false
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error { //nolint:gosec // G703: walks the user's own package patterns
			if err != nil {
				return err
			}
			if !d.IsDir() {
				return nil
			}
			if path != root {
				name := d.Name()
				if !all || name == "testdata" || name == "vendor" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") {
					return filepath.SkipDir
				}
				if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil {
					return filepath.SkipDir // another module: not matched by ./...
				}
			}
			if webDir(path, &host, &web) {
				found = true
				return filepath.SkipAll
			}
			return nil
		})
		if found || err != nil {
			return true // found one, or could not tell: let go list decide
		}
	}
	return false
}

// webDir reports whether the Go files of dir make a package that builds
// only for js/wasm, or one that imports syscall/js.
func webDir(dir string, host, web *build.Context) bool {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return true
	}
	onHost, onWeb := false, false
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") {
			continue
		}
		head, err := readHead(filepath.Join(dir, name))
		if err != nil {
			return true
		}
		if bytes.Contains(head, []byte(`"syscall/js"`)) {
			return true
		}
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		// Both contexts read the head already in memory.
		open := func(string) (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(head)), nil }
		host.OpenFile, web.OpenFile = open, open
		h, err1 := host.MatchFile(dir, name)
		w, err2 := web.MatchFile(dir, name)
		if err1 != nil || err2 != nil {
			return true // could not tell
		}
		onHost, onWeb = onHost || h, onWeb || w
	}
	return onWeb && !onHost
}

// readHead returns the first 8 KB of the file at path, where its build
// constraints and imports are.
func readHead(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	head := make([]byte, 8<<10)
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return nil, err
	}
	return head[:n], nil
}

// listSplit lists patterns for the host and for js/wasm and returns the
// packages that build cleanly only for js/wasm (web) and all others (host).
func listSplit(patterns []string) (host, web []string, err error) {
	const format = `{{.ImportPath}}{{if or .Error .DepsErrors}} broken{{end}}`
	list := func(env []string) (ok, all []string, err error) {
		cmd := exec.Command("go", append([]string{"list", "-e", "-f", format, "--"}, patterns...)...) //nolint:gosec // G702: runs `go list` on the user's own package patterns
		cmd.Env = append(os.Environ(), env...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			return nil, nil, fmt.Errorf("go list: %w: %s", err, strings.TrimSpace(stderr.String()))
		}
		sc := bufio.NewScanner(bytes.NewReader(out))
		for sc.Scan() {
			path, state, _ := strings.Cut(sc.Text(), " ")
			if path == "" {
				continue
			}
			all = append(all, path)
			if state == "" {
				ok = append(ok, path)
			}
		}
		return ok, all, nil
	}
	hostOK, hostAll, err := list([]string{splitEnv + "=off"})
	if err != nil {
		return nil, nil, err
	}
	webOK, _, err := list(webEnv)
	if err != nil {
		return nil, nil, err
	}
	builds := map[string]bool{}
	for _, p := range hostOK {
		builds[p] = true
	}
	isWeb := map[string]bool{}
	for _, p := range webOK {
		if !builds[p] {
			web = append(web, p)
			isWeb[p] = true
		}
	}
	for _, p := range hostAll {
		if !isWeb[p] {
			host = append(host, p)
		}
	}
	return host, web, nil
}

// runChild runs apikeylint again with args and extra environment, sharing
// this process's standard streams, and returns its exit code.
func runChild(self string, args, env []string) int {
	cmd := exec.Command(self, args...) //nolint:gosec // G702: re-executes this binary with the user's own arguments
	cmd.Env = append(append(os.Environ(), splitEnv+"=off"), env...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &exit):
		return exit.ExitCode()
	default:
		fmt.Fprintf(os.Stderr, "apikeylint: %v\n", err)
		return 1
	}
}

// worstCode combines exit codes: an error (anything but 0 and 3) wins over
// findings (3), which win over a clean run.
func worstCode(codes []int) int {
	worst := 0
	for _, c := range codes {
		switch {
		case c != 0 && c != 3:
			return c
		case c == 3:
			worst = 3
		}
	}
	return worst
}
