package main

// secrets_test.go runs every way apikeylint prints on a module holding
// known keys: the CLI's text, -json, -diff, -format=sarif and -format=json,
// go vet's text and -json,
// error paths (ill-typed code whose type error quotes the key, a bad flag
// value that is a key), and `apikeylint commits` as text, JSON, SARIF and a
// report file, on history and on staged changes. No output may contain a
// whole key.

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Fake keys: WaveSpeed's format (64 hex) and an OpenAI-style one.
var secretKeys = map[string]string{
	"hardcoded": "5e8b2d7f1a4c9e3b6d0f8a2c5e7b1d4f9a3c6e0b8d2f5a7c1e4b9d3f6a0c8e2b",
	"scheme":    "b1d4f7a0c3e6b9d2f5a8c1e4b7d0f3a6c9e2b5d8f1a4c7e0b3d6f9a2c5e8b1d4",
	"browser":   "sk-proj-Zq7Xk2Lm9Pw4Rt6Yv8Nb3Hc5Jd1Fg0Ks2Qa7Wx9Ez4Ru6Ty8Ui3Op5Lk1Mn",
	"illtyped":  "f2a5c8e1b4d7f0a3c6e9b2d5f8a1c4e7b0d3f6a9c2e5b8d1f4a7c0e3b6d9f2a5",
	"flag":      "d9f2a5c8e1b4d7f0a3c6e9b2d5f8a1c4e7b0d3f6a9c2e5b8d1f4a7c0e3b6d9f2",
	"dotenv":    "a7c0e3b6d9f2a5c8e1b4d7f0a3c6e9b2d5f8a1c4e7b0d3f6a9c2e5b8d1f4a7c0",
	"staged":    "c4e7b0d3f6a9c2e5b8d1f4a7c0e3b6d9f2a5c8e1b4d7f0a3c6e9b2d5f8a1c4e7",
}

func TestNoWholeKeyInAnyOutput(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the apikeylint binary, runs go vet and git; skipped with -short")
	}
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	bin := vetBuildTool(t, "go")
	dir := t.TempDir()
	k := secretKeys
	files := map[string]string{
		"go.mod": "module leaks\n\ngo 1.26\n",
		"app/main.go": "package main\n\nimport (\n\t\"flag\"\n\t\"net/http\"\n)\n\n" +
			"var wavespeedAPIKey = \"" + k["hardcoded"] + "\"\n\n" +
			"var token = flag.String(\"wavespeed-key\", \"\", \"WaveSpeed API key\")\n\n" +
			"func main() {\n\treq, _ := http.NewRequest(\"GET\", \"https://api.wavespeed.ai/api/v3/x\", nil)\n" +
			"\treq.Header.Set(\"Authorization\", \"Token " + k["scheme"] + "\")\n" +
			"\treq.Header.Set(\"Authorization\", \"Bearer \"+*token+wavespeedAPIKey)\n}\n",
		"app/web_js.go": "//go:build js && wasm\n\npackage main\n\nconst openaiAPIKey = \"" + k["browser"] + "\"\n",
		"ill/i.go":      "package ill\n\nvar wavespeedAPIKey int = \"" + k["illtyped"] + "\"\n",
		".env":          "WAVESPEED_API_KEY=" + k["dotenv"] + "\n",
	}
	for name, text := range files {
		if err := writeFile(filepath.Join(dir, name), text); err != nil {
			t.Fatal(err)
		}
	}
	git := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-c", "commit.gpgsign=false"}, args...)...)
		cmd.Dir = dir
		cmd.Env = append(cmd.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com",
			"GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com", "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	git("init", "-q", "-b", "main")
	git("add", ".")
	git("commit", "-q", "-m", "keys")
	head, err := exec.Command("git", "-C", dir, "rev-parse", "HEAD").Output()
	if err != nil {
		t.Fatal(err)
	}
	if err := writeFile(filepath.Join(dir, "staged.sh"), "export WAVESPEED_API_KEY="+k["staged"]+"\n"); err != nil {
		t.Fatal(err)
	}
	git("add", "staged.sh")
	report := filepath.Join(t.TempDir(), "report.sarif")

	for _, tc := range []struct {
		name     string
		args     []string
		wantCode int
		want     string // the output must show it did its job
	}{
		{"text", []string{bin, "./app"}, 3, `hardcoded-key: WaveSpeed API key "5e8b…" (64 chars)`},
		{"json", []string{bin, "-json", "./app"}, 0, `"suggested_fixes"`},
		{"diff", []string{bin, "-diff", "./app"}, 3, `os.Getenv("WAVESPEED_API_KEY")`},
		{"sarif", []string{bin, "-format=sarif", "./app"}, 3, `"artifactChanges"`},
		{"format json", []string{bin, "-format=json", "./app"}, 3, `"suggested_fixes"`},
		{"sarif ill-typed", []string{bin, "-format=sarif", "./ill"}, 1, "cannot use"},
		{"go vet", []string{"go", "vet", "-vettool=" + bin, "./app"}, 1, "bearer-scheme: "},
		{"go vet json", []string{"go", "vet", "-vettool=" + bin, "-json", "./app"}, 0, `"hardcoded-key"`},
		{"ill-typed", []string{bin, "./ill"}, 1, "cannot use"},
		{"ill-typed go vet", []string{"go", "vet", "-vettool=" + bin, "./ill"}, 1, "cannot use"},
		{"bad flag", []string{bin, "-allowed-sources=" + k["flag"], "./app"}, 2, "is not of the form"},
		// The commit id stays whole: .gitleaksignore lists fingerprints.
		{"commits text", []string{bin, "commits"}, 1, "fingerprint: " + strings.TrimSpace(string(head)) + ":.env:"},
		{"commits json", []string{bin, "commits", "--format", "json"}, 1, `"RuleID"`},
		{"commits sarif", []string{bin, "commits", "--format", "sarif"}, 1, `"ruleId"`},
		{"commits report", []string{bin, "commits", "--format", "sarif", "--report", report}, 1, ""},
		{"commits staged", []string{bin, "commits", "--staged"}, 1, "staged.sh"},
		{"commits bad range", []string{bin, "commits", "--range", k["flag"] + "..HEAD"}, 2, "apikeylint commits: "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, code := vetRun(t, dir, tc.args...)
			if tc.name == "commits report" {
				r, err := os.ReadFile(report)
				if err != nil {
					t.Fatal(err)
				}
				out += string(r)
				tc.want = `"ruleId"`
			}
			if code != tc.wantCode || !strings.Contains(out, tc.want) {
				t.Errorf("%s: exit %d, want %d and output with %q", strings.Join(tc.args, " "), code, tc.wantCode, tc.want)
			}
			for what, key := range k {
				if strings.Contains(out, key) {
					t.Errorf("%s prints the whole %s key (%.4s…, %d chars)", tc.name, what, key, len(key))
				}
			}
			if t.Failed() {
				t.Logf("output, keys masked:\n%.3000s", mask(out))
			}
		})
	}
}

// mask hides the test's keys in text that failed the test, so that the
// failure message does not print them either.
func mask(s string) string {
	for what, key := range secretKeys {
		s = strings.ReplaceAll(s, key, "<"+what+" key>")
	}
	return s
}
