package commits

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// newRepo makes an empty git repository in a temp dir.
func newRepo(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir := t.TempDir()
	gitIn(t, dir, "init", "-q", "-b", "main")
	return dir
}

func gitIn(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-c", "commit.gpgsign=false", "-c", "core.autocrlf=false"}, args...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(),
		"GIT_AUTHOR_NAME=Test Author", "GIT_AUTHOR_EMAIL=author@example.com",
		"GIT_COMMITTER_NAME=Test Author", "GIT_COMMITTER_EMAIL=author@example.com",
		"GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
	return strings.TrimSpace(string(out))
}

func writeFile(t *testing.T, dir, name, content string) {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// commit writes files (name → content; "" deletes) and commits them,
// returning the commit id.
func commit(t *testing.T, dir, msg string, files map[string]string) string {
	t.Helper()
	for name, content := range files {
		if content == "" {
			gitIn(t, dir, "rm", "-q", name)
			continue
		}
		writeFile(t, dir, name, content)
		gitIn(t, dir, "add", name)
	}
	gitIn(t, dir, "commit", "-q", "-m", msg)
	return gitIn(t, dir, "rev-parse", "HEAD")
}

type result struct {
	code           int
	stdout, stderr string
}

func runMain(args ...string) result {
	var out, errb bytes.Buffer
	code := Main(args, &out, &errb)
	return result{code, out.String(), errb.String()}
}

func (r result) check(t *testing.T, wantCode int) {
	t.Helper()
	if r.code != wantCode {
		t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", r.code, wantCode, r.stdout, r.stderr)
	}
	if strings.Contains(r.stderr, "panic") || strings.Contains(r.stderr, "goroutine ") {
		t.Fatalf("stderr has a panic: %s", r.stderr)
	}
	if wantCode != ExitError && r.stderr != "" {
		t.Fatalf("unexpected stderr: %s", r.stderr)
	}
}

// historyRepo: a key in .env in one commit, deleted in the next.
func historyRepo(t *testing.T) (dir, key, leak string) {
	dir = newRepo(t)
	key = hexKey("history")
	commit(t, dir, "readme", map[string]string{"README.md": "# demo\n"})
	leak = commit(t, dir, "add env", map[string]string{".env": "WAVESPEED_API_KEY=" + key + "\n"})
	commit(t, dir, "remove env", map[string]string{".env": ""})
	return dir, key, leak
}

func TestHistoryFindsDeletedKey(t *testing.T) {
	dir, key, leak := historyRepo(t)
	for _, format := range []string{"text", "json", "sarif"} {
		r := runMain("--format", format, dir)
		r.check(t, ExitFindings)
		if strings.Contains(r.stdout, key) || strings.Contains(r.stdout, key[:8]) {
			t.Errorf("%s output holds the key:\n%s", format, r.stdout)
		}
		if !strings.Contains(r.stdout, key[:4]+"…(64 chars)") {
			t.Errorf("%s output lacks the redacted key:\n%s", format, r.stdout)
		}
		for _, want := range []string{"wavespeed-api-key", ".env", leak, leak + ":.env:wavespeed-api-key:1"} {
			if !strings.Contains(r.stdout, want) {
				t.Errorf("%s output lacks %q:\n%s", format, want, r.stdout)
			}
		}
	}

	var findings []struct {
		RuleID, File, Commit, Secret, Match, Fingerprint string
		StartLine, StartColumn, EndColumn                int
	}
	r := runMain("--format=json", dir)
	if err := json.Unmarshal([]byte(r.stdout), &findings); err != nil {
		t.Fatal(err)
	}
	if len(findings) != 1 {
		t.Fatalf("%d findings, want 1: %s", len(findings), r.stdout)
	}
	f := findings[0]
	if f.RuleID != "wavespeed-api-key" || f.File != ".env" || f.Commit != leak || f.StartLine != 1 ||
		f.StartColumn != len("WAVESPEED_API_KEY=")+1 || f.EndColumn != len("WAVESPEED_API_KEY=")+64 {
		t.Errorf("finding %+v", f)
	}
	if f.Match != "WAVESPEED_API_KEY="+key[:4]+"…(64 chars)" {
		t.Errorf("match %q", f.Match)
	}

	var sarif struct {
		Version string
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name  string
					Rules []struct{ ID string }
				}
			}
			Results []struct {
				RuleID    string `json:"ruleId"`
				RuleIndex int    `json:"ruleIndex"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
						Region           struct{ StartLine, StartColumn int }
					}
				}
				PartialFingerprints map[string]string
			}
		}
	}
	r = runMain("--format", "sarif", dir)
	if err := json.Unmarshal([]byte(r.stdout), &sarif); err != nil {
		t.Fatal(err)
	}
	if sarif.Version != "2.1.0" || len(sarif.Runs) != 1 || len(sarif.Runs[0].Results) != 1 {
		t.Fatalf("sarif: %s", r.stdout)
	}
	res := sarif.Runs[0].Results[0]
	loc := res.Locations[0].PhysicalLocation
	if res.RuleID != "wavespeed-api-key" || sarif.Runs[0].Tool.Driver.Rules[res.RuleIndex].ID != res.RuleID ||
		loc.ArtifactLocation.URI != ".env" || loc.Region.StartLine != 1 || loc.Region.StartColumn != 19 ||
		res.PartialFingerprints["commitSha"] != leak {
		t.Errorf("sarif result %+v", res)
	}
}

func TestRangeAndLogOpts(t *testing.T) {
	dir, _, _ := historyRepo(t)
	runMain("--range", "HEAD~1..HEAD", dir).check(t, ExitClean)
	runMain("--range", "HEAD~2..HEAD", dir).check(t, ExitFindings)
	runMain("--log-opts", "--all -- README.md", dir).check(t, ExitClean)
	runMain("--log-opts", "--all -- .env", dir).check(t, ExitFindings)
}

func TestStaged(t *testing.T) {
	dir := newRepo(t)
	key := hexKey("staged")
	commit(t, dir, "readme", map[string]string{"README.md": "# demo\n"})
	writeFile(t, dir, "config.yaml", "wavespeed_api_key: "+key+"\n")
	runMain("--staged", dir).check(t, ExitClean) // not staged yet
	gitIn(t, dir, "add", "config.yaml")
	r := runMain("--staged", dir)
	r.check(t, ExitFindings)
	if !strings.Contains(r.stdout, "config.yaml:1:20: wavespeed-api-key") || !strings.Contains(r.stdout, "(staged)") ||
		strings.Contains(r.stdout, key) {
		t.Errorf("stdout:\n%s", r.stdout)
	}
	runMain(dir).check(t, ExitClean) // history is clean
}

func TestStagedInEmptyRepository(t *testing.T) {
	dir := newRepo(t)
	runMain(dir).check(t, ExitClean)
	runMain("--staged", dir).check(t, ExitClean)
	writeFile(t, dir, "app.py", "import os\n\nWAVESPEED_API_KEY = \""+hexKey("empty")+"\"\n")
	gitIn(t, dir, "add", "app.py")
	r := runMain("--staged", dir)
	r.check(t, ExitFindings)
	if !strings.Contains(r.stdout, "app.py:3:22: wavespeed-api-key") {
		t.Errorf("stdout:\n%s", r.stdout)
	}
}

func TestCleanRepository(t *testing.T) {
	dir := newRepo(t)
	commit(t, dir, "code", map[string]string{
		"main.go":      "package main\n\nimport \"os\"\n\nvar key = os.Getenv(\"WAVESPEED_API_KEY\")\n",
		"go.sum":       "github.com/WaveSpeedAI/wavespeed-go v0.1.0 h1:" + hexKey("sum")[:43] + "=\n",
		".env.example": "WAVESPEED_API_KEY=your-api-key\n",
		"Cargo.lock":   "[[package]]\nname = \"wavespeed\"\nversion = \"0.1.0\"\nchecksum = \"" + hexKey("crate") + "\"\n",
	})
	for _, format := range []string{"text", "json", "sarif"} {
		r := runMain("--format", format, dir)
		r.check(t, ExitClean)
	}
}

func TestIgnoreFileAndAllowComment(t *testing.T) {
	dir := newRepo(t)
	a, b := hexKey("ignored"), hexKey("allowed")
	c := commit(t, dir, "keys", map[string]string{
		"a.env": "WAVESPEED_API_KEY=" + a + "\n",
		"b.env": "WAVESPEED_API_KEY=" + b + " # gitleaks:allow\n",
	})
	r := runMain(dir)
	r.check(t, ExitFindings)
	if !strings.Contains(r.stdout, "a.env") || strings.Contains(r.stdout, "b.env") {
		t.Fatalf("stdout:\n%s", r.stdout)
	}
	writeFile(t, dir, ".gitleaksignore", "# reviewed\n"+c+":a.env:wavespeed-api-key:1\n")
	runMain(dir).check(t, ExitClean)
}

func TestColumnsAfterFirstLine(t *testing.T) {
	dir := newRepo(t)
	key := hexKey("columns")
	src := "package main\n\nconst (\n\tname = \"demo\"\n\twavespeedKey = \"" + key + "\"\n)\n"
	commit(t, dir, "go", map[string]string{"main.go": src})
	r := runMain("--format", "json", dir)
	r.check(t, ExitFindings)
	var fs []struct {
		StartLine, StartColumn, EndColumn int
	}
	if err := json.Unmarshal([]byte(r.stdout), &fs); err != nil {
		t.Fatal(err)
	}
	wantCol := len("\twavespeedKey = \"") + 1
	if len(fs) != 1 || fs[0].StartLine != 5 || fs[0].StartColumn != wantCol || fs[0].EndColumn != wantCol+63 {
		t.Errorf("got %+v, want line 5 columns %d-%d", fs, wantCol, wantCol+63)
	}
}

func TestTwoKeysOnOneLineAreBothRedacted(t *testing.T) {
	dir := newRepo(t)
	a, b := hexKey("one"), hexKey("two")
	commit(t, dir, "two", map[string]string{"x.sh": "WAVESPEED_API_KEY=" + a + " WAVESPEED_TOKEN=" + b + "\n"})
	for _, format := range []string{"text", "json", "sarif"} {
		r := runMain("--format", format, dir)
		r.check(t, ExitFindings)
		if strings.Contains(r.stdout, a) || strings.Contains(r.stdout, b) {
			t.Errorf("%s output holds a key:\n%s", format, r.stdout)
		}
	}
}

func TestBinaryAndHugeFiles(t *testing.T) {
	dir := newRepo(t)
	key := hexKey("huge")
	bin := append([]byte{0, 1, 2, 0xff, 0}, []byte("WAVESPEED_API_KEY="+hexKey("binary")+"\n")...)
	var huge strings.Builder
	for huge.Len() < 1<<20 {
		huge.WriteString("lorem ipsum dolor sit amet 0123456789 abcdef\n")
	}
	huge.WriteString("WAVESPEED_API_KEY=" + key + "\n")
	commit(t, dir, "blobs", map[string]string{
		"blob.bin": string(bin),
		"big.txt":  huge.String(),
		"long.js":  strings.Repeat("x", 256<<10) + "\n",
	})
	r := runMain("--format", "json", dir)
	r.check(t, ExitFindings)
	if strings.Contains(r.stdout, "blob.bin") || !strings.Contains(r.stdout, "big.txt") || strings.Contains(r.stdout, key) {
		t.Errorf("stdout:\n%s", r.stdout)
	}
}

func TestReportFileAndPrintRules(t *testing.T) {
	dir, key, _ := historyRepo(t)
	out := filepath.Join(t.TempDir(), "report.sarif")
	r := runMain("--format", "sarif", "--report", out, dir)
	if r.code != ExitFindings || r.stdout != "" {
		t.Fatalf("%+v", r)
	}
	data, err := os.ReadFile(out)
	if err != nil || !bytes.Contains(data, []byte(`"version": "2.1.0"`)) || bytes.Contains(data, []byte(key)) {
		t.Fatalf("report %s: %v", data, err)
	}
	r = runMain("--print-rules")
	r.check(t, ExitClean)
	if r.stdout != string(RulesFile) {
		t.Error("--print-rules differs from the embedded rules")
	}
	r = runMain("--help")
	r.check(t, ExitClean)
	if !strings.Contains(r.stdout, "--staged") {
		t.Error("--help lacks usage")
	}
}

func TestCustomConfig(t *testing.T) {
	dir, _, _ := historyRepo(t)
	cfg := filepath.Join(t.TempDir(), "rules.toml")
	writeFile(t, filepath.Dir(cfg), "rules.toml", "[[rules]]\nid = \"readme\"\nregex = '''# demo'''\nkeywords = [\"demo\"]\n")
	r := runMain("--config", cfg, "--format", "json", dir)
	r.check(t, ExitFindings)
	if !strings.Contains(r.stdout, `"RuleID": "readme"`) || strings.Contains(r.stdout, "wavespeed") {
		t.Errorf("stdout:\n%s", r.stdout)
	}
}

func TestSetupErrors(t *testing.T) {
	dir, _, _ := historyRepo(t)
	badCfg := filepath.Join(t.TempDir(), "bad.toml")
	writeFile(t, filepath.Dir(badCfg), "bad.toml", "[[rules]]\nid = \"x\"\nregex = '''(unclosed'''\n")
	for name, args := range map[string][]string{
		"not a repository":   {t.TempDir()},
		"no such directory":  {filepath.Join(t.TempDir(), "nope")},
		"bad rules file":     {"--config", badCfg, dir},
		"missing rules file": {"--config", filepath.Join(t.TempDir(), "none.toml"), dir},
		"bad range":          {"--range", "nosuchref..HEAD", dir},
		"option as range":    {"--range", "--all", dir},
		"bad log opts":       {"--log-opts", "--no-such-option", dir},
		"bad flag":           {"--no-such-flag", dir},
		"bad format":         {"--format", "xml", dir},
		"two repositories":   {dir, dir},
		"staged and range":   {"--staged", "--range", "HEAD~1..HEAD", dir},
		"unwritable report":  {"--report", filepath.Join(t.TempDir(), "no", "dir", "r.json"), dir},
	} {
		r := runMain(args...)
		if r.code != ExitError {
			t.Errorf("%s: exit %d, want 2 (stderr %q)", name, r.code, r.stderr)
			continue
		}
		if strings.Count(r.stderr, "\n") != 1 || !strings.HasPrefix(r.stderr, "apikeylint commits: ") {
			t.Errorf("%s: stderr is not one line: %q", name, r.stderr)
		}
		if strings.Contains(r.stderr, "panic") || strings.Contains(r.stderr, "goroutine") {
			t.Errorf("%s: %q", name, r.stderr)
		}
	}
}

// TestFiftyMegabyteBlob commits a 50 MB text file with a key on its last
// line: the scan finds it. It takes about 45 s, all of it in gitleaks'
// regular expressions (stock gitleaks takes as long on the same
// repository), so it runs only with APIKEYLINT_HEAVY=1, as .ci/run does
// after the test command.
func TestFiftyMegabyteBlob(t *testing.T) {
	if os.Getenv("APIKEYLINT_HEAVY") == "" {
		t.Skip("scans a 50 MB blob for about 45 s; set APIKEYLINT_HEAVY=1 (.ci/run does)")
	}
	dir := newRepo(t)
	key := hexKey("fifty")
	var b strings.Builder
	b.Grow(50<<20 + 200)
	line := "0123456789 the quick brown fox jumps over the lazy dog, 50 MB of it\n"
	for b.Len() < 50<<20 {
		b.WriteString(line)
	}
	b.WriteString("WAVESPEED_API_KEY=" + key + "\n")
	commit(t, dir, "big", map[string]string{"data/big.txt": b.String()})
	r := runMain(dir)
	r.check(t, ExitFindings)
	if !strings.Contains(r.stdout, "data/big.txt:") || strings.Contains(r.stdout, key) {
		t.Errorf("stdout:\n%.2000s", r.stdout)
	}
}

// TestShallowClone scans a --depth 1 clone: the commit at the boundary is
// scanned whole, history beyond it is not there to scan, and neither is an
// error.
func TestShallowClone(t *testing.T) {
	src, _, _ := historyRepo(t) // key added in HEAD~1, deleted in HEAD
	key := hexKey("shallow")
	commit(t, src, "config", map[string]string{"config.env": "WAVESPEED_API_KEY=" + key + "\n"})
	clone := filepath.Join(t.TempDir(), "clone")
	gitIn(t, src, "clone", "-q", "--depth", "1", "file://"+src, clone)
	if got := gitIn(t, clone, "rev-parse", "--is-shallow-repository"); got != "true" {
		t.Fatalf("clone is not shallow: %s", got)
	}
	r := runMain("--format", "json", clone)
	r.check(t, ExitFindings)
	if !strings.Contains(r.stdout, `"File": "config.env"`) || strings.Contains(r.stdout, `"File": ".env"`) ||
		strings.Contains(r.stdout, key) {
		t.Errorf("stdout:\n%s", r.stdout)
	}
	runMain("--range", "HEAD~1..HEAD", clone).check(t, ExitError) // HEAD~1 is not in the clone
}
