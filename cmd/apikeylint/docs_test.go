package main

// docs_test.go checks that every link a user follows from apikeylint lands
// on a file and a heading in this repository: each rule's SARIF helpUri,
// the analyzer's URL with "#<category>" appended (what drivers do when a
// diagnostic has no URL of its own), each diagnostic's URL, and every link in
// README.md and docs/*.md.

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/apikeylint/apikeylint/analyzer"
)

// repoRoot is the repository's root, seen from this package.
const repoRoot = "../.."

// blobPrefix is where the repository's files are published; links under it
// must resolve in the checkout.
const blobPrefix = "https://github.com/apikeylint/apikeylint/blob/main/"

// anchors returns the GitHub anchors of the headings of a Markdown file
// (outside code blocks), as GitHub derives them: lower case, punctuation
// other than - and _ dropped, spaces to -, "-1", "-2" … for repeats.
func anchors(t *testing.T, path string) map[string]bool {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	seen := map[string]int{}
	fence := false
	for line := range strings.SplitSeq(string(data), "\n") {
		if strings.HasPrefix(line, "```") {
			fence = !fence
			continue
		}
		if fence || !strings.HasPrefix(line, "#") {
			continue
		}
		text := strings.TrimSpace(strings.TrimLeft(line, "#"))
		if text == "" || !strings.HasPrefix(line, strings.Repeat("#", len(line)-len(strings.TrimLeft(line, "#")))+" ") {
			continue
		}
		var b strings.Builder
		for _, r := range strings.ToLower(text) {
			switch {
			case r == ' ':
				b.WriteByte('-')
			case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r):
				b.WriteRune(r)
			}
		}
		a := b.String()
		if n := seen[a]; n > 0 {
			out[a+"-"+strconv.Itoa(n)] = true
		} else {
			out[a] = true
		}
		seen[a]++
	}
	return out
}

// checkTarget reports whether target (a repository path, maybe with a
// #fragment) is a file or directory, and the fragment a heading of it.
func checkTarget(t *testing.T, from, target string) {
	t.Helper()
	path, frag, _ := strings.Cut(target, "#")
	full := filepath.Join(repoRoot, filepath.FromSlash(path))
	fi, err := os.Stat(full)
	if err != nil {
		t.Errorf("%s: link to %s: no such file in the repository", from, target)
		return
	}
	if frag == "" {
		return
	}
	if fi.IsDir() {
		full = filepath.Join(full, "README.md")
	}
	if !strings.HasSuffix(full, ".md") {
		t.Errorf("%s: link to %s: a fragment on a file that is not Markdown", from, target)
		return
	}
	if !anchors(t, full)[frag] {
		t.Errorf("%s: link to %s: %s has no heading #%s", from, target, path, frag)
	}
}

// checkURL checks an absolute URL that points into the repository.
func checkURL(t *testing.T, from, u string) {
	t.Helper()
	rest, ok := strings.CutPrefix(u, blobPrefix)
	if !ok {
		t.Errorf("%s: %s is not under %s", from, u, blobPrefix)
		return
	}
	checkTarget(t, from, rest)
}

func TestHelpURLsResolve(t *testing.T) {
	if len(analyzer.Categories()) != 5 {
		t.Fatalf("categories %v, want five", analyzer.Categories())
	}
	for _, c := range analyzer.Categories() {
		rule := sarifRuleFor(c)
		if rule.HelpURI != c.HelpURL() || !strings.Contains(rule.Help.Text, c.HelpURL()) {
			t.Errorf("rule %s: helpUri %q, help %q, want %s", c, rule.HelpURI, rule.Help.Text, c.HelpURL())
		}
		checkURL(t, "helpUri of "+string(c), rule.HelpURI)
		// The page's own title is the category, so a fragment-less link
		// lands on it.
		checkURL(t, "helpUri of "+string(c), rule.HelpURI+"#"+string(c))
		checkURL(t, "Analyzer.URL", analyzer.Analyzer.URL+"#"+string(c))
	}
	if analyzer.Analyzer.URL != analyzer.URL {
		t.Errorf("Analyzer.URL %q, want %q", analyzer.Analyzer.URL, analyzer.URL)
	}
}

var mdLink = regexp.MustCompile(`\]\(([^)\s]+)\)`)

func TestDocLinksResolve(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(repoRoot, "docs", "*.md"))
	if err != nil || len(files) < 5 {
		t.Fatalf("docs/*.md: %v, %v", files, err)
	}
	files = append(files, filepath.Join(repoRoot, "README.md"))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(repoRoot, f)
		rel = filepath.ToSlash(rel)
		fence := false
		n := 0
		for i, line := range strings.Split(string(data), "\n") {
			if strings.HasPrefix(line, "```") {
				fence = !fence
			}
			if fence {
				continue
			}
			for _, m := range mdLink.FindAllStringSubmatch(line, -1) {
				n++
				target, from := m[1], rel+":"+strconv.Itoa(i+1)
				switch {
				case strings.HasPrefix(target, blobPrefix):
					checkURL(t, from, target)
				case strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:"):
					// elsewhere on the web: not checked (no test touches the network)
				case strings.HasPrefix(target, "#"):
					checkTarget(t, from, rel+target)
				default:
					checkTarget(t, from, filepath.ToSlash(filepath.Join(filepath.Dir(rel), target)))
				}
			}
		}
		if n == 0 && !strings.HasSuffix(rel, "performance.md") {
			t.Errorf("%s: no links found; is the pattern right?", rel)
		}
	}
	// Each check's page starts with the check's name as its title.
	for _, c := range analyzer.Categories() {
		data, err := os.ReadFile(filepath.Join(repoRoot, "docs", string(c)+".md"))
		if err != nil || !strings.HasPrefix(string(data), "# "+string(c)+"\n") {
			t.Errorf("docs/%s.md must start with the heading \"# %s\" (%v)", c, c, err)
		}
	}
	// The README stays short enough to read in three minutes.
	if fi, err := os.Stat(filepath.Join(repoRoot, "README.md")); err != nil {
		t.Error(err)
	} else if fi.Size() > 12<<10 {
		t.Errorf("README.md: %d bytes, want at most 12 KB: move detail to docs/", fi.Size())
	}
}

var blobURL = regexp.MustCompile(regexp.QuoteMeta(blobPrefix) + "[^\\s\"'`)<>]+")

// TestRepoURLsResolve checks the links into the repository written in code
// and configuration (the golangci-lint plugin's documentation, the action,
// the constants the analyzer links with).
func TestRepoURLsResolve(t *testing.T) {
	n := 0
	err := filepath.WalkDir(repoRoot, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		switch filepath.Ext(path) {
		case ".go", ".yml", ".yaml", ".sh", ".toml":
		default:
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(repoRoot, path)
		for _, u := range blobURL.FindAllString(string(data), -1) {
			n++
			checkURL(t, filepath.ToSlash(rel), strings.TrimRight(u, ".,;:"))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 2 {
		t.Errorf("found %d links into the repository in code; is the pattern right?", n)
	}
}
