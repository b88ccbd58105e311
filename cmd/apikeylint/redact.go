package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"

	"github.com/apikeylint/apikeylint/analyzer/keys"
)

// The analyzer words its own diagnostics with keys.Redact, but the driver
// prints text apikeylint does not word: a type error quoting the literal
// (`cannot use "9c1e7a…" (untyped string constant) as int value`), go list
// errors, -diff hunks. So main runs the analysis as a child process and
// copies its output through keys.RedactText, and no whole key reaches the
// terminal or a CI log, whichever path the text took.

// redactEnv marks the child whose output the parent filters.
const redactEnv = "APIKEYLINT_CHILD"

// redactedRun runs this binary again with args, filtering its stdout and
// stderr, and returns its exit code; done is false when the caller should
// run the analysis itself (it is the child, or the invocation is go vet's
// -V=full or -flags query, whose output must pass unchanged).
func redactedRun(args []string) (code int, done bool) {
	if os.Getenv(redactEnv) != "" {
		return 0, false
	}
	if len(args) > 0 && args[0] == "commits" {
		// The commits command words all its output itself, with each
		// secret redacted; filtered again, its 40-hex commit ids would be
		// taken for keys, and its fingerprints (commit:file:rule:line, what
		// .gitleaksignore lists) broken.
		return 0, false
	}
	for _, a := range args {
		switch strings.TrimLeft(a, "-") {
		case "V", "V=full", "flags":
			return 0, false
		}
	}
	if n := len(args); n > 0 && strings.HasSuffix(args[n-1], ".cfg") && vetxOnly(args[n-1]) {
		return 0, false // go vet computing a dependency's facts: prints nothing
	}
	self, err := os.Executable()
	if err != nil {
		return 0, false
	}
	cmd := exec.Command(self, args...) //nolint:gosec // G702: re-executes this binary with the user's own arguments
	cmd.Env = append(os.Environ(), redactEnv+"=1")
	cmd.Stdin = os.Stdin
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return 0, false
	}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return 0, false
	}
	if err := cmd.Start(); err != nil {
		return 0, false
	}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); copyRedacted(os.Stdout, stdout) }()
	go func() { defer wg.Done(); copyRedacted(os.Stderr, stderr) }()
	wg.Wait() // all output read before Wait closes the pipes
	err = cmd.Wait()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return 0, true
	case errors.As(err, &exit) && exit.ExitCode() >= 0:
		return exit.ExitCode(), true
	default:
		fmt.Fprintf(os.Stderr, "apikeylint: %v\n", err)
		return 2, true
	}
}

// vetxOnly reports whether the go vet config file at path asks only for a
// dependency's facts (its VetxOnly field).
func vetxOnly(path string) bool {
	b, err := os.ReadFile(path) //nolint:gosec // G703: the .cfg file go vet passed to this tool
	if err != nil {
		return false
	}
	var cfg struct{ VetxOnly bool }
	return json.Unmarshal(b, &cfg) == nil && cfg.VetxOnly
}

// copyRedacted copies r to w line by line through keys.RedactText.
func copyRedacted(w io.Writer, r io.Reader) {
	br := bufio.NewReaderSize(r, 64<<10)
	for {
		line, err := br.ReadString('\n')
		if line != "" {
			_, _ = io.WriteString(w, keys.RedactText(line))
		}
		if err != nil {
			return
		}
	}
}
