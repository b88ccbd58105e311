package commits

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var updateGolden = flag.Bool("update-golden", false, "rewrite the golden reports under testdata")

// goldenRepo is a repository whose commit ids and dates do not depend on
// when the test runs: a key committed in .env under a two-rule config.
func goldenRepo(t *testing.T) (dir, cfg, leak string) {
	t.Setenv("GIT_AUTHOR_DATE", "2026-01-02T03:04:05Z")
	t.Setenv("GIT_COMMITTER_DATE", "2026-01-02T03:04:05Z")
	dir = newRepo(t)
	commit(t, dir, "readme", map[string]string{"README.md": "# demo\n"})
	leak = commit(t, dir, "add env", map[string]string{".env": "# demo, key: x\nDEMO_KEY=" + hexKey("golden") + "\n"})
	cfg = filepath.Join(t.TempDir(), "rules.toml")
	writeFile(t, filepath.Dir(cfg), "rules.toml", `[[rules]]
id = "demo-key"
description = "Demo key, assigned to DEMO_KEY."
regex = '''DEMO_KEY=([0-9a-f]{64})'''
secretGroup = 1
keywords = ["demo_key"]
tags = ["demo"]

[[rules]]
id = "other-key"
description = "Another key that the repository does not hold."
regex = '''OTHER_KEY=([0-9a-f]{64})'''
secretGroup = 1
keywords = ["other_key"]
`)
	return dir, cfg, leak
}

// TestSARIFGolden pins the bytes of `commits --format sarif`, the commit
// id replaced by <commit>. A change here is a change users' code-scanning
// uploads see: rerun with -update-golden on purpose and say what changed.
func TestSARIFGolden(t *testing.T) {
	dir, cfg, leak := goldenRepo(t)
	r := runMain("--config", cfg, "--format", "sarif", dir)
	r.check(t, ExitFindings)
	got := []byte(strings.ReplaceAll(r.stdout, leak, "<commit>"))
	golden := filepath.Join("testdata", "report.sarif.golden")
	if *updateGolden {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("commits SARIF differs from %s (rerun with -update-golden if on purpose):\n%s", golden, got)
	}
}

// TestGitHubFormat checks --format github line by line: one ::error per
// finding, the secret redacted, the properties escaped.
func TestGitHubFormat(t *testing.T) {
	dir, cfg, leak := goldenRepo(t)
	r := runMain("--config", cfg, "--format", "github", dir)
	r.check(t, ExitFindings)
	want := []string{
		"::error file=.env,line=2,col=10,endLine=2,endColumn=73,title=apikeylint commits%3A demo-key::" +
			"Demo key, assigned to DEMO_KEY: secret dd56…(64 chars) in commit " + leak + " (Test Author, 2026-01-02T03:04:05Z). " +
			"Remove the key and rotate it: it stays in git history. Fingerprint: " + leak + ":.env:demo-key:2",
	}
	got := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if len(got) != len(want) {
		t.Fatalf("%d lines, want %d:\n%s", len(got), len(want), r.stdout)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("line %d:\n got %s\nwant %s", i+1, got[i], want[i])
		}
	}
	if strings.Contains(r.stdout, hexKey("golden")) {
		t.Error("the annotations hold the whole key")
	}
	runMain("--config", cfg, "--format", "github", "--range", "HEAD~1..HEAD~1", dir).check(t, ExitClean)
}
