package commits

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/zricethezav/gitleaks/v8/config"
	"github.com/zricethezav/gitleaks/v8/detect"
	"github.com/zricethezav/gitleaks/v8/report"

	"github.com/apikeylint/apikeylint/analyzer/keys"
)

var update = flag.Bool("update", false, "rewrite gitleaks.toml from the registry")

func TestRulesFileIsCurrent(t *testing.T) {
	want, err := Rules()
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("gitleaks.toml", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile("gitleaks.toml")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("gitleaks.toml is stale: run `go generate ./cmd/apikeylint/commits` (or go test -run TestRulesFileIsCurrent -update)")
	}
	if !bytes.Equal(RulesFile, want) {
		t.Fatal("embedded RulesFile differs from gitleaks.toml")
	}
}

// hexKey returns a 64-hex test key made at run time, so that this file holds
// no key literal for a scanner to find.
func hexKey(seed string) string {
	sum := sha256.Sum256([]byte(seed))
	return hex.EncodeToString(sum[:])
}

func testDetector(t *testing.T) *detect.Detector {
	t.Helper()
	cfg, err := LoadRules(RulesFile, "")
	if err != nil {
		t.Fatal(err)
	}
	d := detect.NewDetector(cfg)
	d.MaxDecodeDepth = maxDecodeDepth
	return d
}

// ourRuleIDs are the ids of the rules the generated file adds.
var ourRuleIDs = regexp.MustCompile(`(?m)^id = "([^"]+)"$`)

// ours reports the findings of the rules this project adds.
func ours(fs []report.Finding) []report.Finding {
	ids := map[string]bool{}
	for _, m := range ourRuleIDs.FindAllStringSubmatch(string(RulesFile), -1) {
		ids[m[1]] = true
	}
	var out []report.Finding
	for _, f := range fs {
		if ids[f.RuleID] {
			out = append(out, f)
		}
	}
	return out
}

func provider(t *testing.T, id string) keys.Provider {
	t.Helper()
	for _, p := range keys.Providers() {
		if p.ID == id {
			return p
		}
	}
	t.Fatalf("no provider %s", id)
	return keys.Provider{}
}

func TestRulesFileHasDefaultsAndOurRules(t *testing.T) {
	cfg, err := LoadRules(RulesFile, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"wavespeed-api-key", "wavespeed-bearer-token", "wavespeed-context", "wavespeed-wsk-key",
		"replicate-api-token", "generic-api-key", "github-pat", "aws-access-token"} {
		if _, ok := cfg.Rules[id]; !ok {
			t.Errorf("rule %s missing", id)
		}
	}
	for _, p := range keys.Providers() {
		_, ok := cfg.Rules[p.ID]
		if !p.InGitleaksDefaults && !ok {
			t.Errorf("provider %s has no rule", p.ID)
		}
		if p.InGitleaksDefaults && strings.Contains(string(RulesFile), `id = "`+p.ID+`"`) {
			t.Errorf("provider %s is in gitleaks' defaults but has a generated rule", p.ID)
		}
	}
	for id, r := range cfg.Rules {
		if !strings.Contains(string(RulesFile), `id = "`+id+`"`) {
			continue
		}
		if len(r.Keywords) == 0 {
			t.Errorf("rule %s has no keywords", id)
		}
		if r.Entropy == 0 && !r.SkipReport {
			t.Errorf("rule %s has no entropy floor", id)
		}
	}
}

func TestLoadRulesRepeatedly(t *testing.T) {
	// gitleaks' Translate loses the default rules from its third call in a
	// process; LoadRules must not.
	var n int
	for i := 0; i < 4; i++ {
		cfg, err := LoadRules(RulesFile, "")
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			n = len(cfg.Rules)
			if n < 100 {
				t.Fatalf("only %d rules: defaults missing", n)
			}
		} else if len(cfg.Rules) != n {
			t.Fatalf("load %d: %d rules, first load had %d", i+1, len(cfg.Rules), n)
		}
	}
}

func TestLoadRulesErrors(t *testing.T) {
	for name, toml := range map[string]string{
		"bad regex":      "[[rules]]\nid = \"x\"\nregex = '''(abc'''\n",
		"bad path regex": "[[rules]]\nid = \"x\"\npath = '''[z-a]'''\n",
		"bad allowlist":  "[[rules]]\nid = \"x\"\nregex = '''abc'''\n[[rules.allowlists]]\nregexes = ['''(''']\n",
		"bad toml":       "[[rules]\nid = ",
		"no regex":       "[[rules]]\nid = \"x\"\n",
		"bad required":   "[[rules]]\nid = \"x\"\nregex = '''abc'''\n[[rules.required]]\nid = \"nope\"\n",
		"both extends":   "[extend]\nuseDefault = true\npath = \"x.toml\"\n",
		"missing extend": "[extend]\npath = \"does-not-exist.toml\"\n",
		"bad target":     "[[allowlists]]\ntargetRules = [\"nope\"]\nregexes = ['''x''']\n",
	} {
		_, err := LoadRules([]byte(toml), t.TempDir())
		if err == nil {
			t.Errorf("%s: no error", name)
			continue
		}
		if strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: error has several lines: %q", name, err)
		}
	}
}

func TestLoadRulesExtendPathAndTargets(t *testing.T) {
	dir := t.TempDir()
	base := "[[rules]]\nid = \"base-rule\"\nregex = '''base_[0-9]{8}'''\nkeywords = [\"base_\"]\n"
	if err := os.WriteFile(dir+"/base.toml", []byte(base), 0o644); err != nil {
		t.Fatal(err)
	}
	top := "[extend]\npath = \"base.toml\"\n[[allowlists]]\ntargetRules = [\"base-rule\"]\nregexes = ['''^base_00000000$''']\n"
	cfg, err := LoadRules([]byte(top), dir)
	if err != nil {
		t.Fatal(err)
	}
	d := detect.NewDetector(cfg)
	if got := d.DetectString("x = base_12345678\n"); len(got) != 1 {
		t.Errorf("extended rule: %d findings, want 1", len(got))
	}
	if got := d.DetectString("x = base_00000000\n"); len(got) != 0 {
		t.Errorf("targeted allowlist: %d findings, want 0", len(got))
	}
}

// contextLines are the ways code and config name a WaveSpeed key.
var contextLines = []string{
	"WAVESPEED_API_KEY=%s",
	"export WAVESPEED_API_KEY=\"%s\"",
	"VITE_WAVESPEED_API_KEY='%s'",
	"WAVE_SPEED_API_KEY=%s",
	"wavespeed_api_key: %s",
	"  wavespeed_token: \"%s\"",
	`{"wavespeedKey": "%s"}`,
	`	wavespeedAPIKey := "%s"`,
	`const WaveSpeedKey = "%s"`,
	`var wavespeedKey string = "%s"`,
	`os.Setenv("WAVESPEED_API_KEY", "%s")`,
	`WAVESPEED_API_KEY = "%s"`,
	`wavespeed_key: str = "%s"`,
	`os.environ["WAVESPEED_API_KEY"] = "%s"`,
	`const wavespeedApiKey = '%s';`,
	"process.env.WAVESPEED_API_KEY = `%s`;",
	`client = WaveSpeed(api_key=None); wavespeed.api_key = "%s"`,
	"ENV WAVESPEED_API_KEY %s",
}

func TestWaveSpeedKeyRule(t *testing.T) {
	d := testDetector(t)
	p := provider(t, "wavespeed-api-key")
	keysToTry := append([]string{hexKey("wavespeed-a"), hexKey("wavespeed-b")}, p.TruePositives...)
	for _, key := range keysToTry {
		for _, form := range contextLines {
			src := fmt.Sprintf(form, key) + "\n"
			got := ours(d.DetectString(src))
			if len(got) != 1 || got[0].RuleID != "wavespeed-api-key" || got[0].Secret != key {
				t.Errorf("%q: got %+v, want one wavespeed-api-key finding", src, got)
			}
		}
	}
	// The same key without a WaveSpeed name is not ours to report.
	key := hexKey("wavespeed-a")
	for _, src := range []string{
		"API_KEY=" + key,
		"sha256: " + key,
		key + "  wavespeed-linux-amd64.tar.gz",
	} {
		if got := ours(d.DetectString(src + "\n")); len(got) != 0 {
			t.Errorf("%q: got %+v, want none", src, got)
		}
	}
}

func TestWaveSpeedFalsePositives(t *testing.T) {
	d := testDetector(t)
	p := provider(t, "wavespeed-api-key")
	sum := hexKey("some artifact")
	// SHA-256 sums in lockfile, go.sum-like, checksum and digest lines: no
	// finding from any rule.
	for _, src := range []string{
		"github.com/WaveSpeedAI/wavespeed-go v0.1.0/go.mod sha256:" + sum,
		"checksum = \"" + sum + "\"",
		"{file = \"wavespeed-0.1.0-py3-none-any.whl\", hash = \"sha256:" + sum + "\"}",
		"wavespeed-0.1.0.tar.gz: " + sum,
		"wavespeed_cli_sha256 = \"" + sum + "\"",
		"wavespeed_checksum: " + sum,
		"image: ghcr.io/wavespeedai/worker@sha256:" + sum,
		sum + "  wavespeed-linux-amd64",
		`"integrity": "sha256-` + sum + `"`,
	} {
		if got := d.DetectString(src + "\n"); len(got) != 0 {
			t.Errorf("%q: got %d findings (%s), want none", src, len(got), got[0].RuleID)
		}
	}
	// Provider false positives and official placeholders beside a WaveSpeed
	// name: none of ours.
	fps := append([]string{"wsk_...", "your-api-key", "YOUR_API_KEY", "test-key"}, p.FalsePositives...)
	for _, fp := range fps {
		if fp == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" {
			continue // a key in context, by the provider's own note
		}
		for _, form := range contextLines {
			src := fmt.Sprintf(form, fp) + "\n"
			if got := ours(d.DetectString(src)); len(got) != 0 {
				t.Errorf("%q: got %s, want none", src, got[0].RuleID)
			}
		}
	}
}

func TestWaveSpeedBearerRule(t *testing.T) {
	d := testDetector(t)
	key := hexKey("bearer")
	for _, src := range []string{
		"curl -X POST https://api.wavespeed.ai/api/v3/wavespeed-ai/flux-dev -H \"Authorization: Bearer " + key + "\"\n",
		"// WaveSpeed client\nconst base = \"https://api.wavespeed.ai\"\n\nfunc auth(req *http.Request) {\n\treq.Header.Set(\"Authorization\", \"Bearer " + key + "\")\n}\n",
		"headers = {\"Authorization\": \"Bearer " + key + "\"}  # wavespeed\n",
	} {
		got := ours(d.DetectString(src))
		if len(got) != 1 || got[0].RuleID != "wavespeed-bearer-token" || got[0].Secret != key {
			t.Errorf("%q: got %+v, want one wavespeed-bearer-token finding", src, got)
		}
	}
	for _, src := range []string{
		"curl -H \"Authorization: Bearer " + key + "\" https://example.com\n",  // no WaveSpeed: not ours
		"# wavespeed\nAuthorization: Bearer " + strings.Repeat("0", 64) + "\n", // no entropy
		"# wavespeed\nAuthorization: Bearer YOUR_API_KEY\n",
	} {
		if got := ours(d.DetectString(src)); len(got) != 0 {
			t.Errorf("%q: got %s, want none", src, got[0].RuleID)
		}
	}
}

func TestPrefixedKeyRules(t *testing.T) {
	d := testDetector(t)
	for _, p := range keys.Providers() {
		if p.InGitleaksDefaults || p.NeedsContext {
			continue
		}
		// A format without a fixed prefix is keyed on a mention of the
		// provider in the same fragment (Discord's bot tokens).
		mention := ""
		if !strings.Contains(strings.ToLower(p.TruePositives[0]), p.Keywords[0]) {
			mention = "# " + p.Keywords[0] + "\n"
		}
		for _, tp := range p.TruePositives {
			for _, form := range []string{"KEY=%s", "client = New(\"%s\")", "  token: '%s'", "%s"} {
				src := mention + fmt.Sprintf(form, tp) + "\n"
				got := ours(d.DetectString(src))
				if len(got) != 1 || got[0].RuleID != p.ID || !strings.Contains(tp, got[0].Secret) {
					t.Errorf("%s: %q: got %+v, want one %s finding", p.ID, src, got, p.ID)
				}
			}
		}
		for _, fp := range append([]string{"your-api-key", "YOUR_API_KEY", "test-key", "wsk_..."}, p.FalsePositives...) {
			src := fmt.Sprintf("KEY=%q\n", fp)
			if got := ours(d.DetectString(src)); len(got) != 0 {
				t.Errorf("%s: %q: got %s, want none", p.ID, src, got[0].RuleID)
			}
		}
	}
}

func TestRedact(t *testing.T) {
	for in, want := range map[string]string{
		hexKey("x")[:64]: hexKey("x")[:4] + "…(64 chars)",
		"abcdefgh":       "ab…(8 chars)",
		"abc":            "…(3 chars)",
		"":               "…(0 chars)",
	} {
		if got := Redact(in); got != want {
			t.Errorf("Redact(%q) = %q, want %q", in, got, want)
		}
	}
}

var _ = config.DefaultConfig

// TestRegistryRules: formats added by the registry are found in the forms
// people write them, and not without the context they need.
func TestRegistryRules(t *testing.T) {
	d := testDetector(t)
	ds := "sk-" + hexKey("deepseek")[:32]
	discord := provider(t, "discord-bot-token").TruePositives[0]
	for _, tc := range []struct {
		src, want string
	}{
		{"DEEPSEEK_API_KEY=" + ds + "\n", "deepseek-api-key"},
		{"# deepseek client\ncurl -H \"Authorization: Bearer " + ds + "\" https://api.deepseek.com/user/balance\n", "deepseek-bearer-token"},
		{"OPENAI_API_KEY=" + ds + "\n", ""},
		{"curl -H \"Authorization: Bearer " + ds + "\" https://example.com\n", ""},
		{"DISCORD_BOT_TOKEN=" + discord + "\n", "discord-bot-token"},
		{"BOT_TOKEN=" + discord + "\n", ""}, // no mention of Discord in the fragment
	} {
		got := ours(d.DetectString(tc.src))
		switch {
		case tc.want == "" && len(got) != 0:
			t.Errorf("%q: got %s, want none", tc.src, got[0].RuleID)
		case tc.want != "" && (len(got) != 1 || got[0].RuleID != tc.want):
			t.Errorf("%q: got %+v, want one %s finding", tc.src, got, tc.want)
		}
	}
}

func TestGenerateRulesErrors(t *testing.T) {
	apis := []keys.API{{ID: "x", Formats: []string{"missing"}}}
	if _, err := GenerateRules(apis, keys.Providers()); err == nil {
		t.Error("a registry naming an undefined format: no error")
	}
	bad := keys.Provider{ID: "bad", Pattern: "^(abc$"}
	if _, err := GenerateRules(nil, []keys.Provider{bad}); err == nil {
		t.Error("a bad pattern: no error")
	}
}
