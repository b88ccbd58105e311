package main

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
)

// A baseline records the findings an existing code base already has, so
// that CI can report only new ones: `apikeylint -baseline=FILE
// -update-baseline ./...` writes it, `apikeylint -baseline=FILE ./...`
// reads it. It holds fingerprints (see analysisResult.fingerprint), the
// category and the file, never a key or a line of source.

// baselineVersion is the format of the file; a fingerprint scheme change
// bumps it.
const baselineVersion = 1

type baseline struct {
	Tool     string          `json:"tool"`
	Version  int             `json:"version"`
	Findings []baselineEntry `json:"findings"`
}

type baselineEntry struct {
	Fingerprint string `json:"fingerprint"`
	Category    string `json:"category"`
	File        string `json:"file"`
}

// readBaseline reads a baseline file; its errors are one line, naming it.
func readBaseline(name string) (*baseline, error) {
	data, err := os.ReadFile(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("baseline %s does not exist (create it with -baseline=%s -update-baseline)", name, name)
	}
	if err != nil {
		return nil, fmt.Errorf("baseline: %w", err)
	}
	var b baseline
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		return nil, fmt.Errorf("baseline %s is not an apikeylint baseline: %w", name, err)
	}
	if b.Tool != "apikeylint" || b.Version != baselineVersion {
		return nil, fmt.Errorf("baseline %s is not an apikeylint baseline of version %d (recreate it with -update-baseline)", name, baselineVersion)
	}
	return &b, nil
}

// writeBaseline records findings in the file name, sorted, so that the
// file changes only where findings do.
func writeBaseline(name string, findings []*finding) error {
	b := baseline{Tool: "apikeylint", Version: baselineVersion, Findings: []baselineEntry{}}
	for _, f := range findings {
		b.Findings = append(b.Findings, baselineEntry{Fingerprint: f.fingerprint, Category: f.Category, File: f.rel})
	}
	slices.SortFunc(b.Findings, func(x, y baselineEntry) int {
		return cmp.Or(cmp.Compare(x.File, y.File), cmp.Compare(x.Category, y.Category), cmp.Compare(x.Fingerprint, y.Fingerprint))
	})
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return err
	}
	if dir := filepath.Dir(name); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil { //nolint:gosec // G301: the user's own directory
			return fmt.Errorf("baseline: %w", err)
		}
	}
	if err := os.WriteFile(name, append(data, '\n'), 0o644); err != nil { //nolint:gosec // G306: a file meant to be committed
		return fmt.Errorf("baseline: %w", err)
	}
	return nil
}

// apply marks the findings that the baseline holds as not new, and returns
// how many baseline entries match no finding any more.
func (b *baseline) apply(findings []*finding) (stale int) {
	known := map[string]bool{}
	for _, e := range b.Findings {
		known[e.Fingerprint] = true
	}
	matched := map[string]bool{}
	for _, f := range findings {
		if known[f.fingerprint] {
			f.isNew = false
			matched[f.fingerprint] = true
		}
	}
	for _, e := range b.Findings {
		if !matched[e.Fingerprint] {
			stale++
		}
	}
	return stale
}
