package main

// format_test.go runs the built CLI's structured outputs for real:
// -format=sarif (checked against the SARIF 2.1.0 schema with go-sarif and
// with our own assertions), -format=json, -version, and the baseline
// (moved lines, an edited neighbor line, a new key beside an old one, a
// removed finding, a key moved to another file).

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/apikeylint/apikeylint/analyzer"
)

// Fake keys in WaveSpeed's format.
const (
	fmtKeyConst = "7d2a9f4c1e8b5d3a6f0c2e9b4d7a1f5c8e3b6d0a9f2c5e8b1d4a7f0c3e6b9d2a"
	fmtKeyNew   = "e1b4d7a0c3f6e9b2d5a8c1f4e7b0d3a6c9f2e5b8d1a4c7f0e3b6d9a2c5f8e1b4"
)

// fmtFixture is a module with one finding of each check, a suggested fix
// (bearer-scheme, and hardcoded-key on a var), related information
// (key-source) and a package that builds only for js/wasm (the split).
var fmtFixture = map[string]string{
	"go.mod": "module fx\n\ngo 1.26\n",
	"main.go": `package main

import (
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
)

var wavespeedAPIKey = "` + fmtKeyConst + `"

func main() {
	apiKey := flag.String("wavespeed-api-key", "", "WaveSpeed API key")
	flag.Parse()
	req, _ := http.NewRequest("POST", "https://api.wavespeed.ai/api/v3/x", nil)
	req.Header.Set("Authorization", *apiKey)
	http.HandleFunc("/config", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "{\"apiKey\": %q}", os.Getenv("WAVESPEED_API_KEY"))
	})
	log.Printf("using key %s", os.Getenv("WAVESPEED_API_KEY"))
	_ = wavespeedAPIKey
}
`,
	"web/main.go": "//go:build js && wasm\n\npackage main\n\nimport (\n\t\"os\"\n\t\"syscall/js\"\n)\n\n" +
		"func main() {\n\tjs.Global().Get(\"Headers\").New().Call(\"set\", \"Authorization\", \"Bearer \"+os.Getenv(\"WAVESPEED_API_KEY\"))\n}\n",
}

func writeFixture(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		if err := writeFile(filepath.Join(dir, name), text); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// runCLI runs the binary in dir as a fixture module and returns stdout,
// stderr and the exit code.
func runCLI(t *testing.T, bin, dir string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
	var out, errOut strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
	case errorAs(err, &exit):
		code = exit.ExitCode()
	default:
		t.Fatalf("%s: %v", strings.Join(args, " "), err)
	}
	return out.String(), errOut.String(), code
}

// sarifOut is the part of a SARIF log the tests read.
type sarifOut struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name  string
				Rules []struct {
					ID               string
					ShortDescription struct{ Text string }
					FullDescription  struct{ Text string }
					HelpURI          string `json:"helpUri"`
				}
			}
		}
		Results []struct {
			RuleID    string
			RuleIndex int
			Message   struct{ Text string }
			Locations []struct {
				PhysicalLocation sarifPhys
			}
			RelatedLocations []struct {
				PhysicalLocation sarifPhys
				Message          struct{ Text string }
			}
			PartialFingerprints map[string]string
			Fixes               []struct {
				Description     struct{ Text string }
				ArtifactChanges []struct {
					ArtifactLocation struct{ URI string }
					Replacements     []struct {
						DeletedRegion   sarifReg
						InsertedContent struct{ Text string }
					}
				}
			}
		}
	}
}

type sarifPhys struct {
	ArtifactLocation struct {
		URI       string `json:"uri"`
		URIBaseID string `json:"uriBaseId"`
	}
	Region sarifReg
}

type sarifReg struct{ StartLine, StartColumn, EndLine, EndColumn int }

func decodeSARIF(t *testing.T, out string) sarifOut {
	t.Helper()
	var log sarifOut
	dec := json.NewDecoder(strings.NewReader(out))
	if err := dec.Decode(&log); err != nil {
		t.Fatalf("decode SARIF: %v\n%s", err, out)
	}
	if dec.More() {
		t.Fatalf("more than one JSON document in the SARIF output:\n%s", out)
	}
	return log
}

// runFixtureFormat builds the CLI and runs it with -format=format on the
// fixture module, which must exit 3 without printing a whole key; it
// returns the binary, the fixture and stdout.
func runFixtureFormat(t *testing.T, format string) (bin, dir, out string) {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the apikeylint binary; skipped with -short")
	}
	bin = vetBuildTool(t, "go")
	dir = writeFixture(t, fmtFixture)
	out, stderr, code := runCLI(t, bin, dir, "-format="+format, "./...")
	if code != 3 {
		t.Fatalf("-format=%s: exit %d, want 3\nstderr:\n%s", format, code, stderr)
	}
	if strings.Contains(out+stderr, fmtKeyConst) {
		t.Errorf("the -format=%s output holds a whole key:\n%s", format, out)
	}
	return bin, dir, out
}

func TestSARIF(t *testing.T) {
	bin, _, out := runFixtureFormat(t, "sarif")

	// The schema, through a SARIF library.
	rep, err := sarif.FromBytes([]byte(out))
	if err != nil {
		t.Fatalf("go-sarif cannot read the log: %v", err)
	}
	if err := rep.Validate(); err != nil {
		t.Fatalf("the log does not validate against the SARIF 2.1.0 schema: %v\n%s", err, out)
	}
	if len(rep.Runs) != 1 || rep.Runs[0].Tool.Driver.Name == nil || *rep.Runs[0].Tool.Driver.Name != "apikeylint" {
		t.Fatalf("want one run of apikeylint, got %d runs", len(rep.Runs))
	}

	log := decodeSARIF(t, out)
	if log.Version != "2.1.0" || len(log.Runs) != 1 {
		t.Fatalf("want SARIF 2.1.0 with one run (the js/wasm split merged), got version %q, %d runs", log.Version, len(log.Runs))
	}
	run := log.Runs[0]
	var ruleIDs []string
	for _, r := range run.Tool.Driver.Rules {
		ruleIDs = append(ruleIDs, r.ID)
		if r.ShortDescription.Text == "" || r.ShortDescription.Text == r.ID || r.FullDescription.Text == "" ||
			r.HelpURI != analyzer.Category(r.ID).HelpURL() || !strings.HasSuffix(r.HelpURI, "/docs/"+r.ID+".md") {
			t.Errorf("rule %s: want a summary, a description and helpUri docs/%s.md, got %+v", r.ID, r.ID, r)
		}
	}
	var cats []string
	for _, c := range analyzer.Categories() {
		cats = append(cats, string(c))
	}
	if !slices.Equal(ruleIDs, cats) {
		t.Errorf("rules %v, want one per category %v", ruleIDs, cats)
	}
	byRule := map[string]int{}
	var sawFix, sawRelated, sawWeb bool
	fps := map[string]bool{}
	for _, res := range run.Results {
		byRule[res.RuleID]++
		if res.RuleIndex < 0 || res.RuleIndex >= len(ruleIDs) || ruleIDs[res.RuleIndex] != res.RuleID {
			t.Errorf("result %s has ruleIndex %d", res.RuleID, res.RuleIndex)
		}
		if !strings.HasPrefix(res.Message.Text, res.RuleID+": ") {
			t.Errorf("message %q does not start with its category", res.Message.Text)
		}
		if len(res.Locations) != 1 {
			t.Fatalf("result %s: %d locations", res.RuleID, len(res.Locations))
		}
		loc := res.Locations[0].PhysicalLocation
		if loc.ArtifactLocation.URIBaseID != "%SRCROOT%" || strings.HasPrefix(loc.ArtifactLocation.URI, "/") ||
			!strings.HasSuffix(loc.ArtifactLocation.URI, ".go") {
			t.Errorf("result %s: want a relative .go URI under %%SRCROOT%%, got %+v", res.RuleID, loc.ArtifactLocation)
		}
		if r := loc.Region; r.StartLine < 1 || r.StartColumn < 1 || r.EndLine < r.StartLine || (r.EndLine == r.StartLine && r.EndColumn <= r.StartColumn) {
			t.Errorf("result %s: bad region %+v", res.RuleID, r)
		}
		if loc.ArtifactLocation.URI == "web/main.go" {
			sawWeb = true
		}
		fp := res.PartialFingerprints[fingerprintKey]
		if fp == "" || fps[fp] {
			t.Errorf("result %s: missing or repeated fingerprint %q", res.RuleID, fp)
		}
		fps[fp] = true
		for _, rel := range res.RelatedLocations {
			sawRelated = true
			if rel.PhysicalLocation.ArtifactLocation.URI != "main.go" || rel.PhysicalLocation.Region.StartLine < 1 || rel.Message.Text == "" {
				t.Errorf("result %s: bad related location %+v", res.RuleID, rel)
			}
		}
		for _, fix := range res.Fixes {
			sawFix = true
			if fix.Description.Text == "" || len(fix.ArtifactChanges) != 1 || fix.ArtifactChanges[0].ArtifactLocation.URI != "main.go" ||
				len(fix.ArtifactChanges[0].Replacements) == 0 || fix.ArtifactChanges[0].Replacements[0].DeletedRegion.StartLine < 1 {
				t.Errorf("result %s: bad fix %+v", res.RuleID, fix)
			}
		}
	}
	for _, c := range []string{"hardcoded-key", "bearer-scheme", "key-source", "frontend-key"} {
		if byRule[c] == 0 {
			t.Errorf("no %s result:\n%s", c, out)
		}
	}
	for _, c := range cats {
		if byRule[c] == 0 {
			t.Logf("no %s result yet (the fixture's log.Printf line is for it)", c)
		}
	}
	if !sawFix || !sawRelated || !sawWeb {
		t.Errorf("want a fix (%v), a related location (%v) and a result from the js/wasm pass (%v):\n%s", sawFix, sawRelated, sawWeb, out)
	}

	// Fingerprints stay when unrelated lines move; lines do not.
	moved := withFile(fmtFixture, "main.go", strings.Replace(fmtFixture["main.go"], "package main\n", "// Package main.\n//\n// Three more lines.\npackage main\n", 1))
	dir2 := writeFixture(t, moved)
	out2, _, _ := runCLI(t, bin, dir2, "-format=sarif", "./...")
	log2 := decodeSARIF(t, out2)
	fps2 := map[string]int{}
	for _, res := range log2.Runs[0].Results {
		fps2[res.PartialFingerprints[fingerprintKey]] = res.Locations[0].PhysicalLocation.Region.StartLine
	}
	for _, res := range run.Results {
		fp := res.PartialFingerprints[fingerprintKey]
		line, ok := fps2[fp]
		switch {
		case !ok:
			t.Errorf("result %s: fingerprint changed when lines moved above it", res.RuleID)
		case res.Locations[0].PhysicalLocation.ArtifactLocation.URI == "main.go" && line != res.Locations[0].PhysicalLocation.Region.StartLine+3:
			t.Errorf("result %s: moved from line %d to %d, want +3", res.RuleID, res.Locations[0].PhysicalLocation.Region.StartLine, line)
		}
	}
}

func withFile(files map[string]string, name, text string) map[string]string {
	m := map[string]string{}
	for k, v := range files {
		m[k] = v
	}
	if text == "" {
		delete(m, name)
	} else {
		m[name] = text
	}
	return m
}

// TestFormatJSON checks that -format=json prints one JSON tree for a split
// run, in the driver's schema, and exits 3 on findings.
func TestFormatJSON(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the apikeylint binary; skipped with -short")
	}
	bin := vetBuildTool(t, "go")
	dir := writeFixture(t, fmtFixture)
	out, stderr, code := runCLI(t, bin, dir, "-format=json", "./...")
	if code != 3 {
		t.Fatalf("-format=json: exit %d, want 3\n%s", code, stderr)
	}
	dec := json.NewDecoder(strings.NewReader(out))
	var tree map[string]map[string][]jsonDiag
	if err := dec.Decode(&tree); err != nil || dec.More() {
		t.Fatalf("want one JSON object, got error %v:\n%s", err, out)
	}
	if len(tree["fx"]["apikeylint"]) == 0 || len(tree["fx/web"]["apikeylint"]) == 0 {
		t.Errorf("want findings of both passes (fx and fx/web) in one tree:\n%s", out)
	}
	// -json itself is unchanged: the driver's exit status 0.
	if _, _, code := runCLI(t, bin, dir, "-json", "./..."); code != 0 {
		t.Errorf("-json: exit %d, want 0", code)
	}
}

func TestVersion(t *testing.T) {
	bin := vetBuildTool(t, "go")
	out, err := exec.Command(bin, "-version").CombinedOutput()
	if err != nil {
		t.Fatalf("-version: %v\n%s", err, out)
	}
	f := strings.Fields(string(out))
	if len(f) < 3 || f[0] != "apikeylint" || f[1] != "(devel)" || !strings.HasPrefix(f[len(f)-1], "go1.") || strings.Count(string(out), "\n") != 1 {
		t.Errorf("-version printed %q, want \"apikeylint (devel) go1.x\" in a clone", out)
	}
}

// TestBaseline records the fixture's findings, then edits the code and
// checks which findings are new.
func TestBaseline(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the apikeylint binary; skipped with -short")
	}
	bin := vetBuildTool(t, "go")
	const base = `package main

import "net/http"

// The first line of a long comment.
var wavespeedAPIKey = "` + fmtKeyConst + `"

func send(req *http.Request, apiKey string) {
	req.Header.Set("Authorization", apiKey)
	_ = wavespeedAPIKey
}
`
	files := map[string]string{"go.mod": "module bl\n\ngo 1.26\n", "main.go": base}
	dir := writeFixture(t, files)
	bfile := filepath.Join(dir, "apikeylint-baseline.json")
	if _, stderr, code := runCLI(t, bin, dir, "-baseline="+bfile, "-update-baseline", "./..."); code != 0 || !strings.Contains(stderr, "recorded 2 findings") {
		t.Fatalf("-update-baseline: exit %d, want 0 and 2 findings recorded:\n%s", code, stderr)
	}
	data, err := os.ReadFile(bfile)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), fmtKeyConst) || strings.Contains(string(data), fmtKeyConst[:16]) || strings.Contains(string(data), `"line"`) {
		t.Errorf("the baseline holds key text or line numbers:\n%s", data)
	}

	edit := func(from, to string) func(string) string {
		return func(s string) string {
			if !strings.Contains(s, from) {
				t.Fatalf("fixture lacks %q", from)
			}
			return strings.Replace(s, from, to, 1)
		}
	}
	tests := []struct {
		name    string
		change  func(string) string
		other   string // another file to add
		want    int    // exit status
		newText []string
		stale   string // the -v summary
	}{
		{name: "unchanged", change: func(s string) string { return s }, want: 0, stale: "0 new, 2 in the baseline; 0 of 2"},
		{name: "moved lines", change: edit("import \"net/http\"\n", "import \"net/http\"\n\n// One.\n// Two.\nvar x = 1\n"), want: 0, stale: "0 new, 2 in the baseline; 0 of 2"},
		{name: "edited neighbor line", change: edit("// The first line of a long comment.", "// The first line, edited."), want: 0, stale: "0 new, 2 in the baseline"},
		{name: "reformatted line", change: edit("\treq.Header.Set(\"Authorization\", apiKey)", "\treq.Header.Set(\"Authorization\",   apiKey)  "), want: 0},
		{
			name:    "new key beside an old one",
			change:  edit("var wavespeedAPIKey = ", "var wavespeedKey2 = \""+fmtKeyNew+"\"\nvar wavespeedAPIKey = "),
			want:    3,
			newText: []string{"main.go:6:"},
			stale:   "1 new, 2 in the baseline; 0 of 2",
		},
		{
			name:    "repeated line",
			change:  edit("\treq.Header.Set(\"Authorization\", apiKey)\n", "\treq.Header.Set(\"Authorization\", apiKey)\n\treq.Header.Set(\"Authorization\", apiKey)\n"),
			want:    3,
			newText: []string{"main.go:10:"},
		},
		{
			name:   "removed finding",
			change: edit("\treq.Header.Set(\"Authorization\", apiKey)\n", ""),
			want:   0,
			stale:  "0 new, 1 in the baseline; 1 of 2 entries no longer match a finding (prune them with -update-baseline)",
		},
		{
			name:    "key moved to another file",
			change:  edit("var wavespeedAPIKey = \""+fmtKeyConst+"\"\n", ""),
			other:   "package main\n\nvar wavespeedAPIKey = \"" + fmtKeyConst + "\"\n",
			want:    3,
			newText: []string{"other.go:3:"},
			stale:   "1 of 2",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := withFile(files, "main.go", tt.change(base))
			if tt.other != "" {
				files = withFile(files, "other.go", tt.other)
			}
			dir := writeFixture(t, files)
			_, stderr, code := runCLI(t, bin, dir, "-baseline="+bfile, "-v", "./...")
			if code != tt.want {
				t.Fatalf("exit %d, want %d:\n%s", code, tt.want, stderr)
			}
			var found []string
			for _, line := range strings.Split(stderr, "\n") {
				if strings.Contains(line, ".go:") {
					found = append(found, line)
				}
			}
			if len(found) != len(tt.newText) {
				t.Errorf("want %d new findings, got:\n%s", len(tt.newText), stderr)
			}
			for i, want := range tt.newText {
				if i < len(found) && !strings.Contains(found[i], want) {
					t.Errorf("new finding %q, want one at %s", found[i], want)
				}
			}
			if tt.stale != "" && !strings.Contains(stderr, tt.stale) {
				t.Errorf("the -v summary lacks %q:\n%s", tt.stale, stderr)
			}
			// Every format applies the baseline (checked on three cases, to
			// keep the suite short).
			switch tt.name {
			case "moved lines", "new key beside an old one", "removed finding":
			default:
				return
			}
			out, _, code := runCLI(t, bin, dir, "-baseline="+bfile, "-format=sarif", "./...")
			if n := len(decodeSARIF(t, out).Runs[0].Results); code != tt.want || n != len(tt.newText) {
				t.Errorf("-format=sarif: exit %d with %d results, want %d with %d", code, n, tt.want, len(tt.newText))
			}
			out, _, code = runCLI(t, bin, dir, "-baseline="+bfile, "-format=json", "./...")
			if n := strings.Count(out, `"posn"`); code != tt.want || n != len(tt.newText) {
				t.Errorf("-format=json: exit %d with %d findings, want %d with %d:\n%s", code, n, tt.want, len(tt.newText), out)
			}
		})
	}

	t.Run("bad baseline", func(t *testing.T) {
		bad := filepath.Join(dir, "bad.json")
		if err := os.WriteFile(bad, []byte("{\"findings\": 3}"), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, args := range [][]string{{"-baseline=" + bad, "./..."}, {"-baseline=" + filepath.Join(dir, "missing.json"), "./..."}} {
			_, stderr, code := runCLI(t, bin, dir, args...)
			if code != 2 || strings.Count(strings.TrimSpace(stderr), "\n") != 0 || !strings.Contains(stderr, "baseline") {
				t.Errorf("%v: want exit 2 and one line, got %d:\n%s", args, code, stderr)
			}
		}
	})
}

// TestVetFlagsQuery checks that go vet's -flags query lists the driver's
// and analyzer's flags only: go vet could not pass the command's own on.
func TestVetFlagsQuery(t *testing.T) {
	bin := vetBuildTool(t, "go")
	out, err := exec.Command(bin, "-flags").Output()
	if err != nil {
		t.Fatalf("-flags: %v", err)
	}
	var flags []struct{ Name string }
	if err := json.Unmarshal(out, &flags); err != nil {
		t.Fatalf("-flags: %v\n%s", err, out)
	}
	for _, f := range flags {
		if _, ok := cliFlags[f.Name]; ok {
			t.Errorf("-flags lists the command's own flag -%s", f.Name)
		}
	}
}
