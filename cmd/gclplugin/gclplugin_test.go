package gclplugin_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/apikeylint/apikeylint/analyzer"
	_ "github.com/apikeylint/apikeylint/cmd/gclplugin" // registers the plugin
)

// build creates the plugin the way golangci-lint does: by name, from the
// settings as decoded from YAML.
func build(t *testing.T, settings any) (*analysis.Analyzer, error) {
	t.Helper()
	newPlugin, err := register.GetPlugin("apikeylint")
	if err != nil {
		t.Fatalf("plugin not registered: %v", err)
	}
	p, err := newPlugin(settings)
	if err != nil {
		return nil, err
	}
	if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("GetLoadMode() = %q, want %q", got, register.LoadModeTypesInfo)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatalf("BuildAnalyzers: %v", err)
	}
	if len(as) != 1 || as[0].Name != analyzer.Name {
		t.Fatalf("BuildAnalyzers() = %v, want the one %s analyzer", as, analyzer.Name)
	}
	return as[0], nil
}

func flagValue(a *analysis.Analyzer, name string) string {
	return a.Flags.Lookup(name).Value.String()
}

func TestSettings(t *testing.T) {
	all := "hardcoded-key,bearer-scheme,key-source,frontend-key,key-exposure"
	for _, tc := range []struct {
		name     string
		settings any
		checks   string
		sources  string
		facts    bool
		cross    bool
	}{
		{"nil", nil, all, "", false, true},
		{"empty", map[string]any{}, all, "", false, true},
		{"list", map[string]any{"checks": []any{"bearer-scheme", "key-source"}}, "bearer-scheme,key-source", "", false, true},
		{"comma string", map[string]any{"checks": "hardcoded-key, frontend-key"}, "hardcoded-key,frontend-key", "", false, true},
		{"empty list", map[string]any{"checks": []any{}}, all, "", false, true},
		{"sources", map[string]any{"allowed-sources": []any{"example.com/secrets.Load", "example.com/vault.Client.Get"}},
			all, "example.com/secrets.Load,example.com/vault.Client.Get", false, true},
		{"sources string", map[string]any{"allowed-sources": "example.com/secrets.Load"}, all, "example.com/secrets.Load", false, true},
		{"cross-package on", map[string]any{"cross-package": true}, all, "", false, true},
		{"cross-package off", map[string]any{"cross-package": false}, all, "", false, false},
		{"facts", map[string]any{"facts": true}, all, "", true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := build(t, tc.settings)
			if err != nil {
				t.Fatalf("New(%v): %v", tc.settings, err)
			}
			if got := flagValue(a, analyzer.FlagChecks); got != tc.checks {
				t.Errorf("checks = %q, want %q", got, tc.checks)
			}
			if got := flagValue(a, analyzer.FlagAllowedSources); got != tc.sources {
				t.Errorf("allowed-sources = %q, want %q", got, tc.sources)
			}
			if got := flagValue(a, analyzer.FlagCrossPackage); got != fmt.Sprint(tc.cross) {
				t.Errorf("cross-package = %s, want %v", got, tc.cross)
			}
			if got := flagValue(a, analyzer.FlagFacts); got != fmt.Sprint(tc.facts) {
				t.Errorf("facts = %s, want %v", got, tc.facts)
			}
			if got := len(a.FactTypes) > 0; got != tc.facts {
				t.Errorf("declares facts = %v, want %v (only with facts)", got, tc.facts)
			}
		})
	}
}

// TestRedactorsSetting: redactors, as a list or a comma string, reach the
// analyzer's -redactors flag.
func TestRedactorsSetting(t *testing.T) {
	for _, settings := range []any{
		map[string]any{"redactors": []any{"example.com/logging.Mask", "example.com/logging.Key.Redact"}},
		map[string]any{"redactors": "example.com/logging.Mask, example.com/logging.Key.Redact"},
	} {
		a, err := build(t, settings)
		if err != nil {
			t.Fatalf("New(%v): %v", settings, err)
		}
		if got, want := flagValue(a, analyzer.FlagRedactors), "example.com/logging.Mask,example.com/logging.Key.Redact"; got != want {
			t.Errorf("redactors = %q, want %q", got, want)
		}
	}
	a, err := build(t, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := flagValue(a, analyzer.FlagRedactors); got != "" {
		t.Errorf("default redactors = %q, want none", got)
	}
}

func TestSettingsErrors(t *testing.T) {
	for _, tc := range []struct {
		name     string
		settings any
		want     []string
	}{
		{"unknown key", map[string]any{"chekcs": []any{"bearer-scheme"}}, []string{`"chekcs"`, "checks", "allowed-sources", "redactors", "cross-package"}},
		{"cross-package not a bool", map[string]any{"cross-package": "yes"}, []string{"cross-package"}},
		{"facts not a bool", map[string]any{"facts": "yes"}, []string{"facts"}},
		{"unknown check", map[string]any{"checks": []any{"hardcoded-key", "bogus"}}, []string{`"bogus"`}},
		{"bad source", map[string]any{"allowed-sources": []any{"nodot"}}, []string{`"nodot"`}},
		{"bad redactor", map[string]any{"redactors": []any{"mask"}}, []string{`"mask"`, "redactor"}},
		{"not a list", map[string]any{"checks": 3}, []string{"checks", "list of strings"}},
		{"not a map", []any{"checks"}, []string{"apikeylint settings"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := build(t, tc.settings)
			if err == nil {
				t.Fatalf("New(%v) succeeded, want an error", tc.settings)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %s", err, w)
				}
			}
			if msg := err.Error(); msg != strings.ToLower(msg[:1])+msg[1:] {
				t.Errorf("error %q is not lowercase", msg)
			}
		})
	}
}

// TestAnalyzerHonorsSettings runs the plugin's analyzers on testdata: the
// default finds the key, checks: [bearer-scheme] does not.
func TestAnalyzerHonorsSettings(t *testing.T) {
	a, err := build(t, nil)
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "keys")

	off, err := build(t, map[string]any{"checks": []any{"bearer-scheme"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range analysistest.Run(&quiet{T: t}, analysistest.TestData(), off, "keys") {
		for _, d := range r.Diagnostics {
			t.Errorf("with checks: [bearer-scheme], got %s: %s", r.Pass.Fset.Position(d.Pos), d.Message)
		}
	}
}

// quiet is an analysistest.Testing that ignores the unmet "want" comments
// (they are for the default settings).
type quiet struct{ *testing.T }

func (q *quiet) Errorf(format string, args ...any) {
	q.Helper()
	if msg := fmt.Sprintf(format, args...); strings.Contains(msg, "no diagnostic was reported matching") {
		return
	}
	q.T.Errorf(format, args...)
}
