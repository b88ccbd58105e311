package main

import (
	"regexp"
	"strings"
	"testing"
)

// TestWriteGitHub checks -format=github's lines exactly, for findings made
// up to hold what the workflow-command rules escape: % , : and newlines in
// the message, the title and the file name, and a related location.
func TestWriteGitHub(t *testing.T) {
	findings := []*finding{
		{
			jsonDiag: jsonDiag{Category: "hardcoded-key", Message: "hardcoded-key: 100% a key, \"ba4e…\" (64 chars)\nsecond line\r\nthird",
				Related: []jsonRelated{{Posn: "/src/app/cfg.go:7:3", Message: " read here "}}},
			pos: position{file: "/src/app/main.go", line: 12, col: 20}, end: position{file: "/src/app/main.go", line: 12, col: 30},
			rel: "main.go",
		},
		{
			jsonDiag: jsonDiag{Category: "bearer-scheme", Message: "bearer-scheme: no \"Bearer \" prefix"},
			pos:      position{file: "/src/app/odd,dir:x/a%b.go", line: 3}, rel: "odd,dir:x/a%b.go",
		},
	}
	var b strings.Builder
	if err := writeGitHub(&b, findings, "/src/app", newSources()); err != nil {
		t.Fatal(err)
	}
	want := []string{
		`::error file=main.go,line=12,col=20,endLine=12,endColumn=30,title=apikeylint%3A hardcoded-key::hardcoded-key: 100%25 a key, "ba4e…" (64 chars)%0Asecond line%0D%0Athird%0Acfg.go:7:3: read here`,
		`::warning file=odd%2Cdir%3Ax/a%25b.go,line=3,title=apikeylint%3A bearer-scheme::bearer-scheme: no "Bearer " prefix`,
	}
	got := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(got) != len(want) {
		t.Fatalf("%d lines, want %d:\n%s", len(got), len(want), b.String())
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("line %d:\n got %s\nwant %s", i+1, got[i], want[i])
		}
	}
}

// TestFormatGitHub runs -format=github on the fixture module: one command a
// finding, ::error or ::warning by check, every check present, exit 3, no
// whole key.
func TestFormatGitHub(t *testing.T) {
	bin, dir, out := runFixtureFormat(t, "github")
	line := regexp.MustCompile(`^::(error|warning) file=(main\.go|web/main\.go),line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=apikeylint%3A ([a-z-]+)::([a-z-]+): [^\r\n]+$`)
	level := map[string]string{"hardcoded-key": "error", "frontend-key": "error", "key-exposure": "error", "key-source": "warning", "bearer-scheme": "warning"}
	seen := map[string]bool{}
	for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		m := line.FindStringSubmatch(l)
		if m == nil {
			t.Errorf("not a workflow command of a finding: %s", l)
			continue
		}
		if m[3] != m[4] || level[m[3]] != m[1] {
			t.Errorf("level %s, title %s, message category %s: %s", m[1], m[3], m[4], l)
		}
		seen[m[3]] = true
		if m[3] == "key-source" && !strings.Contains(l, "%0Amain.go:") {
			t.Errorf("key-source: no related location on the message's next line: %s", l)
		}
	}
	if len(seen) != len(level) {
		t.Errorf("checks annotated: %v, want all five:\n%s", seen, out)
	}
	if _, _, code := runCLI(t, bin, dir, "-format=github", "-fix", "./..."); code != 2 {
		t.Errorf("-format=github -fix: exit %d, want 2", code)
	}
}
