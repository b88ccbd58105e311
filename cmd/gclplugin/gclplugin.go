// Package gclplugin is the golangci-lint v2 module plugin for apikeylint.
//
// Build a custom golangci-lint with it (`golangci-lint custom` and a
// .custom-gcl.yml naming the module github.com/apikeylint/apikeylint and the
// import github.com/apikeylint/apikeylint/cmd/gclplugin), then enable it in
// .golangci.yml:
//
//	linters:
//	  enable: [apikeylint]
//	  settings:
//	    custom:
//	      apikeylint:
//	        type: module
//	        settings:
//	          checks: [hardcoded-key, bearer-scheme]
//	          allowed-sources: [example.com/secrets.Load]
//	          redactors: [example.com/logging.Mask]
//
// The settings are named like the command-line flags and have the same
// defaults: every check on, no extra key sources. Each takes a list or a
// comma-separated string; an unknown setting is an error.
//
// Each diagnostic links to its check's page, docs/<check>.md
// (analyzer.Category.HelpURL), as under every other driver. Setup:
// https://github.com/apikeylint/apikeylint/blob/main/docs/integrations.md#golangci-lint-v2-module-plugin
package gclplugin

import (
	"encoding/json"
	"fmt"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/apikeylint/apikeylint/analyzer"
)

func init() {
	register.Plugin(analyzer.Name, New)
}

// Settings is the plugin's configuration, the `settings` block of
// linters.settings.custom.apikeylint. Its keys are the analyzer's flag names.
type Settings struct {
	// Checks lists the categories to run (hardcoded-key, bearer-scheme,
	// key-source, frontend-key); empty means all of them.
	Checks List `json:"checks"`
	// AllowedSources lists functions (import/path.Func or
	// import/path.Type.Method) accepted as key sources besides os.Getenv and
	// os.LookupEnv.
	AllowedSources List `json:"allowed-sources"`
	// Redactors lists functions (import/path.Func or
	// import/path.Type.Method) that redact a key: key-exposure does not
	// report what they return.
	Redactors List `json:"redactors"`
	// CrossPackage, on unless set to false, follows keys through the other
	// packages of your code, read from their source.
	CrossPackage *bool `json:"cross-package"`
	// Facts follows keys across packages exactly, with analysis facts
	// (slower: every dependency is type-checked from source).
	Facts bool `json:"facts"`
}

// List is a setting that holds a list of strings, written in YAML either as
// a list or, like the command-line flag, as one comma-separated string.
type List []string

// UnmarshalJSON accepts a JSON array of strings or a comma-separated string.
func (l *List) UnmarshalJSON(b []byte) error {
	var one string
	if err := json.Unmarshal(b, &one); err == nil {
		*l = analyzer.SplitList(one)
		return nil
	}
	var many []string
	if err := json.Unmarshal(b, &many); err != nil {
		return fmt.Errorf("want a list of strings or a comma-separated string, got %s", b)
	}
	var out []string
	for _, s := range many {
		out = append(out, analyzer.SplitList(s)...)
	}
	*l = out
	return nil
}

// Plugin is the apikeylint linter as golangci-lint loads it.
type Plugin struct {
	cfg analyzer.Config
}

var _ register.LinterPlugin = (*Plugin)(nil)

// New decodes and validates the plugin settings (nil means the defaults).
func New(settings any) (register.LinterPlugin, error) {
	s, err := decode(settings)
	if err != nil {
		return nil, err
	}
	cfg := analyzer.Config{Checks: s.Checks, AllowedSources: s.AllowedSources, Redactors: s.Redactors, Facts: s.Facts,
		SamePackageOnly: s.CrossPackage != nil && !*s.CrossPackage}
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("apikeylint settings: %w", err)
	}
	return &Plugin{cfg: cfg}, nil
}

func decode(settings any) (Settings, error) {
	if settings == nil {
		return Settings{}, nil
	}
	s, err := register.DecodeSettings[Settings](settings)
	if err != nil {
		return Settings{}, fmt.Errorf("apikeylint settings (known keys: %s, %s, %s, %s, %s): %w",
			analyzer.FlagChecks, analyzer.FlagAllowedSources, analyzer.FlagRedactors, analyzer.FlagCrossPackage, analyzer.FlagFacts, err)
	}
	return s, nil
}

// BuildAnalyzers returns one apikeylint analyzer configured by the settings.
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return []*analysis.Analyzer{analyzer.New(p.cfg)}, nil
}

// GetLoadMode reports that the analyzer needs type information.
func (p *Plugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}
