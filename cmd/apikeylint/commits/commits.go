// Package commits implements `apikeylint commits`, which scans staged changes
// or git history for API keys with gitleaks rules.
//
// It runs gitleaks v8 as a library with a rules file generated from the
// provider formats in analyzer/keys (see GenerateRules and RulesFile), and
// works around the library's faults: rules files are translated without
// gitleaks' process-wide extend counter and with panics turned into errors
// (LoadRules), columns are recomputed from the matched line, the library's
// logging is kept off the terminal, and the decode depth matches the gitleaks
// CLI. Secrets are always redacted in the output.
//
// With --verify it asks each finding's provider, at the provider's own API
// host and with the free request the provider registry (keys.APIs) names,
// whether the key works (verify.go).
package commits

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/rs/zerolog"
	"github.com/zricethezav/gitleaks/v8/cmd/scm"
	"github.com/zricethezav/gitleaks/v8/config"
	"github.com/zricethezav/gitleaks/v8/detect"
	"github.com/zricethezav/gitleaks/v8/logging"
	"github.com/zricethezav/gitleaks/v8/report"
	"github.com/zricethezav/gitleaks/v8/sources"

	"github.com/apikeylint/apikeylint/analyzer/keys"
)

// Exit codes of Main.
const (
	ExitClean    = 0
	ExitFindings = 1
	ExitError    = 2
)

// maxDecodeDepth is the gitleaks CLI's default for --max-decode-depth; the
// library's zero value would skip decoding base64/hex/percent-encoded text.
const maxDecodeDepth = 5

const usage = `usage: apikeylint commits [flags] [repo]

Scans git history (default: all of it) or the staged changes of the git
repository at repo (default ".") for API keys, with gitleaks' default rules
plus apikeylint's provider rules. Secrets are always redacted.

Exit status: 0 no keys found, 1 keys found, 2 usage or setup error.

flags:
  --staged            scan only what is staged (for a pre-commit hook)
  --range A..B        scan only the commits in this revision range
  --log-opts OPTS     extra git log options, e.g. "--since=2024-01-01 main"
  --format FORMAT     text (default), json, sarif (SARIF 2.1.0) or github
                      (GitHub Actions workflow-command annotations)
  --report FILE       write the report to FILE instead of stdout
  --config FILE       use this gitleaks v8 rules file instead of the built-in one
  --print-rules       print the built-in rules file and exit
  --verify            ask each key's provider, at its own API host, whether
                      the key works; label findings live, dead or unknown
  --verify-timeout D  time limit of each verification request (default 10s)
  --verify-endpoint NAME=URL
                      send provider NAME's verification request to URL
                      instead (a test server, a proxy); repeatable
`

// usageError marks errors in the command line; Main reports them like any
// other setup error, with exit code 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

type options struct {
	repo       string
	staged     bool
	rangeSpec  string
	logOpts    string
	format     string
	report     string
	configPath string
	printRules bool
	help       bool

	verify        bool
	verifyTimeout time.Duration
	endpoints     endpoints
}

// Main runs the commits command with args (without the leading "commits")
// and returns the process exit code: 0 clean, 1 findings, 2 usage or setup
// error. Errors are one line on stderr; it never panics.
func Main(args []string, stdout, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "apikeylint commits: internal error: %s\n", keys.RedactText(oneLine(fmt.Errorf("%v", r)).Error()))
			code = ExitError
		}
	}()
	code, err := run(args, stdout, stderr)
	if err != nil {
		// An error may quote what the user typed (a --range with a key in
		// it): no whole key in it. Its commit ids stay whole.
		fmt.Fprintf(stderr, "apikeylint commits: %s\n", keys.RedactText(oneLine(err).Error()))
		return ExitError
	}
	return code
}

func parseArgs(args []string) (options, error) {
	var o options
	fs := flag.NewFlagSet("apikeylint commits", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.BoolVar(&o.staged, "staged", false, "")
	fs.StringVar(&o.rangeSpec, "range", "", "")
	fs.StringVar(&o.logOpts, "log-opts", "", "")
	fs.StringVar(&o.format, "format", "text", "")
	fs.StringVar(&o.report, "report", "", "")
	fs.StringVar(&o.configPath, "config", "", "")
	fs.BoolVar(&o.printRules, "print-rules", false, "")
	fs.BoolVar(&o.verify, "verify", false, "")
	fs.DurationVar(&o.verifyTimeout, "verify-timeout", 10*time.Second, "")
	o.endpoints = endpoints{}
	fs.Var(o.endpoints, "verify-endpoint", "")
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				o.help = true
				return o, nil
			}
			return o, usageError{"bad flag: " + keys.RedactText(strings.TrimPrefix(err.Error(), "flag provided but not defined: ")) + " (see --help)"}
		}
		if fs.NArg() == 0 {
			break
		}
		positional = append(positional, fs.Arg(0))
		args = fs.Args()[1:]
	}
	switch len(positional) {
	case 0:
		o.repo = "."
	case 1:
		o.repo = positional[0]
	default:
		return o, usageError{fmt.Sprintf("too many arguments %q: give one repository path", positional)}
	}
	switch o.format {
	case "text", "json", "sarif", "github":
	default:
		return o, usageError{fmt.Sprintf("bad --format %q: want text, json, sarif or github", o.format)}
	}
	if o.staged && (o.rangeSpec != "" || o.logOpts != "") {
		return o, usageError{"--staged cannot be combined with --range or --log-opts"}
	}
	if !o.verify && (len(o.endpoints) > 0 || o.verifyTimeout != 10*time.Second) {
		return o, usageError{"--verify-endpoint and --verify-timeout need --verify"}
	}
	if o.verifyTimeout <= 0 {
		return o, usageError{fmt.Sprintf("bad --verify-timeout %s: want a positive duration such as 5s", o.verifyTimeout)}
	}
	if o.rangeSpec != "" && (strings.HasPrefix(o.rangeSpec, "-") || len(strings.Fields(o.rangeSpec)) != 1) {
		return o, usageError{fmt.Sprintf("bad --range %q: want one revision range such as main..feature", o.rangeSpec)}
	}
	return o, nil
}

func run(args []string, stdout, stderr io.Writer) (int, error) {
	o, err := parseArgs(args)
	if err != nil {
		return ExitError, err
	}
	if o.help {
		_, _ = io.WriteString(stdout, usage)
		return ExitClean, nil
	}
	if o.printRules {
		return ExitClean, writeOut(o.report, stdout, RulesFile)
	}

	// Rules first: a bad rules file is an error whatever the repository.
	rulesData, rulesDir := RulesFile, ""
	if o.configPath != "" {
		if rulesData, err = os.ReadFile(o.configPath); err != nil {
			return ExitError, fmt.Errorf("cannot read rules file: %w", err)
		}
		rulesDir = filepath.Dir(o.configPath)
	}
	cfg, err := LoadRules(rulesData, rulesDir)
	if err != nil {
		if o.configPath == "" {
			return ExitError, fmt.Errorf("built-in rules: %w", err)
		}
		return ExitError, fmt.Errorf("bad rules file %s: %w", o.configPath, err)
	}

	if err := checkRepo(o.repo); err != nil {
		return ExitError, err
	}
	logOpts := strings.Join(strings.Fields(o.logOpts), " ")
	if o.rangeSpec != "" {
		logOpts = strings.TrimSpace(logOpts + " " + o.rangeSpec)
	}
	if logOpts != "" {
		if err := checkLogOpts(o.repo, logOpts); err != nil {
			return ExitError, err
		}
	}

	findings, err := scan(context.Background(), o, logOpts, cfg)
	if err != nil {
		return ExitError, err
	}
	var verdicts map[string]Verification
	if o.verify {
		// Before redaction: the providers are asked with the whole key.
		verdicts = newVerifier(o.verifyTimeout, o.endpoints).verifyAll(context.Background(), findings)
	}
	findings = postProcess(findings)

	var out bytes.Buffer
	switch o.format {
	case "json":
		err = writeJSON(&out, findings, verdicts)
	case "sarif":
		err = writeSARIF(&out, findings, cfg, verdicts)
	case "github":
		writeGitHub(&out, findings, verdicts)
	default:
		writeText(&out, findings, verdicts)
	}
	if err != nil {
		return ExitError, err
	}
	if err := writeOut(o.report, stdout, out.Bytes()); err != nil {
		return ExitError, err
	}
	if len(findings) == 0 {
		return ExitClean, nil
	}
	if o.report != "" {
		fmt.Fprintf(stderr, "apikeylint commits: %s written to %s\n", plural(len(findings), "finding"), o.report)
	}
	return ExitFindings, nil
}

func writeOut(path string, stdout io.Writer, data []byte) error {
	if path == "" || path == "-" {
		_, err := stdout.Write(data)
		return err
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		return fmt.Errorf("cannot write report: %w", err)
	}
	return nil
}

// checkRepo reports, as one line, why dir is not a git repository.
func checkRepo(dir string) error {
	if _, err := exec.LookPath("git"); err != nil {
		return errors.New("git not found in PATH")
	}
	fi, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("not a git repository: %s: no such directory", dir)
	}
	if !fi.IsDir() {
		return fmt.Errorf("not a git repository: %s is not a directory", dir)
	}
	if err := git(dir, "rev-parse", "--git-dir"); err != nil {
		return fmt.Errorf("not a git repository: %s", dir)
	}
	return nil
}

// checkLogOpts runs a cheap `git log -n 1` with the options so that a bad
// range or option is reported before the scan (gitleaks only logs it and
// reports a clean partial scan).
func checkLogOpts(dir, logOpts string) error {
	args := append([]string{"log", "-n", "1", "--format=%H"}, strings.Split(logOpts, " ")...)
	if err := git(dir, args...); err != nil {
		return fmt.Errorf("bad range or log options %q: %w", logOpts, err)
	}
	return nil
}

// git runs git in dir, discarding its stdout, and returns an error holding
// the first line of its stderr if it fails.
func git(dir string, args ...string) error {
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	var errBuf bytes.Buffer
	cmd.Stderr = &errBuf
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(errBuf.String())
		if i := strings.IndexByte(msg, '\n'); i >= 0 {
			msg = msg[:i]
		}
		if msg == "" {
			msg = err.Error()
		}
		return errors.New(strings.TrimPrefix(msg, "fatal: "))
	}
	return nil
}

// gitErrors collects the git stderr lines that gitleaks logs at error level
// ("[git] ..."), so a failure can be reported instead of a silently partial
// scan. It is the gitleaks logger's output for one run.
type gitErrors struct {
	mu    sync.Mutex
	lines []string
}

func (g *gitErrors) Write(p []byte) (int, error) {
	var ev struct {
		Message string `json:"message"`
	}
	if json.Unmarshal(p, &ev) == nil {
		if msg, ok := strings.CutPrefix(ev.Message, "[git] "); ok {
			g.mu.Lock()
			g.lines = append(g.lines, strings.TrimPrefix(msg, "fatal: "))
			g.mu.Unlock()
		}
	}
	return len(p), nil
}

func (g *gitErrors) first() string {
	g.mu.Lock()
	defer g.mu.Unlock()
	if len(g.lines) == 0 {
		return ""
	}
	return g.lines[0]
}

// gitSource passes gitleaks' git fragments on and stops at the first error,
// which sources.Git would hand to the detector to log and drop.
type gitSource struct {
	git *sources.Git
}

func (s gitSource) Fragments(ctx context.Context, yield sources.FragmentsFunc) error {
	return s.git.Fragments(ctx, func(f sources.Fragment, err error) error {
		if err != nil {
			return err
		}
		return yield(f, nil)
	})
}

func scan(ctx context.Context, o options, logOpts string, cfg config.Config) ([]report.Finding, error) {
	// gitleaks logs through a package-level zerolog logger to stderr; keep
	// it off the terminal and keep only git's complaints.
	gitErrs := &gitErrors{}
	logging.Logger = zerolog.New(gitErrs).Level(zerolog.ErrorLevel)

	det := detect.NewDetectorContext(ctx, cfg)
	det.MaxDecodeDepth = maxDecodeDepth
	if o.configPath != "" {
		det.Config.Path = o.configPath
	} else {
		det.Config.Path = filepath.Join(o.repo, ".gitleaks.toml")
	}
	ignore := filepath.Join(o.repo, ".gitleaksignore")
	if fi, err := os.Stat(ignore); err == nil && fi.Mode().IsRegular() {
		if err := det.AddGitleaksIgnore(ignore); err != nil {
			return nil, fmt.Errorf("cannot read %s: %w", ignore, err)
		}
	}

	var (
		gitCmd *sources.GitCmd
		err    error
	)
	if o.staged {
		gitCmd, err = sources.NewGitDiffCmdContext(ctx, o.repo, true)
	} else {
		gitCmd, err = sources.NewGitLogCmdContext(ctx, o.repo, logOpts)
	}
	if err != nil {
		return nil, fmt.Errorf("cannot run git: %w", err)
	}
	src := gitSource{git: &sources.Git{
		Cmd:             gitCmd,
		Config:          &det.Config,
		Remote:          &sources.RemoteInfo{Platform: scm.NoPlatform},
		Sema:            det.Sema,
		MaxArchiveDepth: det.MaxArchiveDepth,
	}}
	findings, scanErr := det.DetectSource(ctx, src)
	waitErr := det.Sema.Wait() // the fragments still in flight after an early error
	if scanErr != nil || waitErr != nil {
		msg := gitErrs.first()
		if msg == "" {
			if scanErr == nil {
				scanErr = waitErr
			}
			msg = scanErr.Error()
		}
		return nil, fmt.Errorf("git failed while reading %s: %s", o.repo, msg)
	}
	return findings, nil
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// ruleSet lists the reportable rules of cfg in a stable order.
func ruleSet(cfg config.Config) []config.Rule {
	rules := cfg.GetOrderedRules()
	out := rules[:0]
	for _, r := range rules {
		if !r.SkipReport {
			out = append(out, r)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].RuleID < out[j].RuleID })
	return out
}
