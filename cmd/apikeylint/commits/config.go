package commits

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/viper"
	"github.com/zricethezav/gitleaks/v8/config"
)

// maxExtendDepth matches gitleaks: a rules file may extend one that extends
// another, no deeper.
const maxExtendDepth = 2

// LoadRules parses a gitleaks v8 TOML rules file into a config.Config.
//
// It does what gitleaks' ViperConfig.Translate does, minus its faults when
// used as a library: Translate keeps the [extend] depth in a package
// variable that is never reset, so from the third load in one process a
// file's `[extend] useDefault = true` silently yields no default rules, and
// it panics on a rule with a bad regex. Here every file is translated with
// its [extend] table cleared, the extension (gitleaks' defaults or another
// file, resolved relative to dir) is loaded the same way and merged as
// gitleaks merges it, and a panic becomes an error.
func LoadRules(data []byte, dir string) (config.Config, error) {
	cfg, err := loadRules(data, dir, 0)
	if err != nil {
		return config.Config{}, err
	}
	for id, r := range cfg.Rules {
		if err := r.Validate(); err != nil {
			return config.Config{}, err
		}
		cfg.Rules[id] = r
	}
	for id, r := range cfg.Rules {
		for _, req := range r.RequiredRules {
			if _, ok := cfg.Rules[req.RuleID]; !ok {
				return config.Config{}, fmt.Errorf("%s: required rule %q does not exist", id, req.RuleID)
			}
		}
	}
	return cfg, nil
}

func loadRules(data []byte, dir string, depth int) (config.Config, error) {
	vc, err := parseViper(data)
	if err != nil {
		return config.Config{}, err
	}
	ext := vc.Extend
	vc.Extend = config.Extend{}
	// The deprecated [allowlist] table, as gitleaks' default rules and older
	// rules files still use: gitleaks keeps ViperConfig.AllowList to read it.
	//nolint:staticcheck // SA1019: the [allowlist] shim is needed to read gitleaks' default rules and old rules files
	if vc.AllowList != nil && len(vc.Allowlists) == 0 {
		vc.Allowlists = append(vc.Allowlists, vc.AllowList)
		vc.AllowList = nil
	}

	// Allowlists aimed at rules by id are resolved after the extension is
	// merged (the ids may name default rules), as gitleaks does.
	type targeted struct {
		rules []string
		list  *config.Allowlist
	}
	var targets []targeted
	var global = vc.Allowlists[:0:0]
	for _, a := range vc.Allowlists {
		if a == nil || len(a.TargetRules) == 0 {
			global = append(global, a)
			continue
		}
		one := config.ViperConfig{Allowlists: append(vc.Allowlists[:0:0], a)}
		ids := a.TargetRules
		a.TargetRules = nil
		c, err := translate(&one)
		if err != nil {
			return config.Config{}, err
		}
		if len(c.Allowlists) != 1 {
			return config.Config{}, errors.New("internal error: targeted allowlist did not translate")
		}
		targets = append(targets, targeted{rules: ids, list: c.Allowlists[0]})
	}
	vc.Allowlists = global

	cfg, err := translate(&vc)
	if err != nil {
		return config.Config{}, err
	}
	cfg.Extend = ext

	if depth < maxExtendDepth {
		var base []byte
		var baseDir string
		switch {
		case ext.UseDefault && ext.Path != "":
			return config.Config{}, errors.New("[extend] sets both path and useDefault")
		case ext.UseDefault:
			base = []byte(config.DefaultConfig)
		case ext.Path != "":
			p := ext.Path
			if !filepath.IsAbs(p) && dir != "" {
				p = filepath.Join(dir, p)
			}
			if base, err = os.ReadFile(p); err != nil {
				return config.Config{}, fmt.Errorf("[extend] path: %w", err)
			}
			baseDir = filepath.Dir(p)
		}
		if base != nil {
			baseCfg, err := loadRules(base, baseDir, depth+1)
			if err != nil {
				if ext.UseDefault {
					return config.Config{}, fmt.Errorf("default rules: %w", err)
				}
				return config.Config{}, fmt.Errorf("[extend] %s: %w", ext.Path, err)
			}
			merge(&cfg, baseCfg)
		}
	}

	for _, t := range targets {
		for _, id := range t.rules {
			r, ok := cfg.Rules[id]
			if !ok {
				return config.Config{}, fmt.Errorf("[[allowlists]] target rule id %q does not exist", id)
			}
			r.Allowlists = append(r.Allowlists, t.list)
			cfg.Rules[id] = r
		}
	}
	return cfg, nil
}

// parseViper decodes TOML into gitleaks' ViperConfig with a private viper
// instance (gitleaks' own loader uses the global one).
func parseViper(data []byte) (config.ViperConfig, error) {
	v := viper.New()
	v.SetConfigType("toml")
	if err := v.ReadConfig(bytes.NewReader(data)); err != nil {
		return config.ViperConfig{}, oneLine(err)
	}
	var vc config.ViperConfig
	if err := v.Unmarshal(&vc); err != nil {
		return config.ViperConfig{}, oneLine(err)
	}
	return vc, nil
}

// translate calls vc.Translate (whose [extend] must be empty) and turns its
// panics — regexp.MustCompile on a bad rule, path or allowlist regex — into
// errors.
func translate(vc *config.ViperConfig) (cfg config.Config, err error) {
	defer func() {
		if r := recover(); r != nil {
			cfg = config.Config{}
			err = oneLine(fmt.Errorf("%v", r))
		}
	}()
	cfg, err = vc.Translate()
	if err != nil {
		return config.Config{}, oneLine(err)
	}
	return cfg, nil
}

// merge adds base's rules and allowlists to cfg the way gitleaks'
// Config.extend does: rules cfg lacks are added, rules both have take cfg's
// non-empty fields over base's, and rules listed in [extend]
// disabledRules are left out.
func merge(cfg *config.Config, base config.Config) {
	disabled := map[string]bool{}
	for _, id := range cfg.Extend.DisabledRules {
		disabled[id] = true
	}
	if cfg.Rules == nil {
		cfg.Rules = map[string]config.Rule{}
	}
	if cfg.Keywords == nil {
		cfg.Keywords = map[string]struct{}{}
	}
	for id, br := range base.Rules {
		if disabled[id] {
			continue
		}
		cur, ok := cfg.Rules[id]
		if !ok {
			cfg.Rules[id] = br
			for _, k := range br.Keywords {
				cfg.Keywords[k] = struct{}{}
			}
			cfg.OrderedRules = append(cfg.OrderedRules, id)
			continue
		}
		if cur.Description != "" {
			br.Description = cur.Description
		}
		if cur.Entropy != 0 {
			br.Entropy = cur.Entropy
		}
		if cur.SecretGroup != 0 {
			br.SecretGroup = cur.SecretGroup
		}
		if cur.Regex != nil {
			br.Regex = cur.Regex
		}
		if cur.Path != nil {
			br.Path = cur.Path
		}
		br.Tags = append(append([]string(nil), br.Tags...), cur.Tags...)
		br.Keywords = append(append([]string(nil), br.Keywords...), cur.Keywords...)
		br.Allowlists = append(append(br.Allowlists[:0:0], br.Allowlists...), cur.Allowlists...)
		for _, k := range br.Keywords {
			cfg.Keywords[k] = struct{}{}
		}
		cfg.Rules[id] = br
	}
	cfg.Allowlists = append(cfg.Allowlists, base.Allowlists...)
	sort.Strings(cfg.OrderedRules)
}

// oneLine flattens a multi-line error message so that it fits the one line
// the command prints on stderr.
func oneLine(err error) error {
	msg := strings.Join(strings.Fields(err.Error()), " ")
	return errors.New(msg)
}
