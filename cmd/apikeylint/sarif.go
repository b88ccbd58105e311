package main

import (
	"encoding/json"
	"io"
	"net/url"
	"path/filepath"
	"slices"
	"strings"

	"github.com/apikeylint/apikeylint/analyzer"
)

// SARIF 2.1.0 output of the analyzer (-format=sarif), for GitHub code
// scanning and other SARIF viewers: one rule per category, one result per
// finding with its region, related locations, suggested fixes and a
// fingerprint that survives unrelated edits. (`apikeylint commits` writes
// its own SARIF for gitleaks findings, in package commits.)

// fingerprintKey names apikeylint's fingerprint in partialFingerprints.
const fingerprintKey = "apikeylint/v1"

const srcRoot = "%SRCROOT%"

type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool               sarifTool                `json:"tool"`
		Language           string                   `json:"language"`
		NewlineSequences   []string                 `json:"newlineSequences"`
		OriginalURIBaseIDs map[string]sarifArtifact `json:"originalUriBaseIds,omitempty"`
		ColumnKind         string                   `json:"columnKind"`
		Results            []sarifResult            `json:"results"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name            string      `json:"name"`
		Language        string      `json:"language"`
		Version         string      `json:"version,omitempty"`
		SemanticVersion string      `json:"semanticVersion,omitempty"`
		InformationURI  string      `json:"informationUri"`
		Rules           []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID               string         `json:"id"`
		Name             string         `json:"name"`
		ShortDescription sarifText      `json:"shortDescription"`
		FullDescription  sarifText      `json:"fullDescription"`
		HelpURI          string         `json:"helpUri"`
		Help             sarifText      `json:"help"`
		DefaultConfig    sarifRuleLevel `json:"defaultConfiguration"`
		Properties       sarifRuleProps `json:"properties"`
	}
	sarifRuleLevel struct {
		Level string `json:"level"`
	}
	sarifRuleProps struct {
		Tags             []string `json:"tags"`
		Precision        string   `json:"precision"`
		SecuritySeverity string   `json:"security-severity,omitempty"`
	}
	sarifText struct {
		Text string `json:"text"`
	}
	sarifResult struct {
		RuleID              string            `json:"ruleId"`
		RuleIndex           int               `json:"ruleIndex"`
		Level               string            `json:"level"`
		Message             sarifText         `json:"message"`
		Locations           []sarifLocation   `json:"locations"`
		RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
		PartialFingerprints map[string]string `json:"partialFingerprints"`
		Fixes               []sarifFix        `json:"fixes,omitempty"`
	}
	sarifLocation struct {
		ID               *int          `json:"id,omitempty"`
		PhysicalLocation sarifPhysical `json:"physicalLocation"`
		Message          *sarifText    `json:"message,omitempty"`
	}
	sarifPhysical struct {
		ArtifactLocation sarifArtifact `json:"artifactLocation"`
		Region           *sarifRegion  `json:"region,omitempty"`
	}
	sarifArtifact struct {
		URI       string `json:"uri"`
		URIBaseID string `json:"uriBaseId,omitempty"`
	}
	sarifRegion struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn,omitempty"`
		EndLine     int `json:"endLine,omitempty"`
		EndColumn   int `json:"endColumn,omitempty"`
	}
	sarifFix struct {
		Description     sarifText             `json:"description"`
		ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
	}
	sarifArtifactChange struct {
		ArtifactLocation sarifArtifact      `json:"artifactLocation"`
		Replacements     []sarifReplacement `json:"replacements"`
	}
	sarifReplacement struct {
		DeletedRegion   sarifRegion `json:"deletedRegion"`
		InsertedContent sarifText   `json:"insertedContent"`
	}
)

// ruleLevel is each category's SARIF level and GitHub security severity
// (0–10; 7 and up is "high"). bearer-scheme is a correctness bug (the API
// answers 401), not a leak.
var ruleLevel = map[string]struct{ level, severity string }{
	"hardcoded-key": {"error", "8.0"},
	"frontend-key":  {"error", "8.0"},
	"key-exposure":  {"error", "7.0"},
	"key-source":    {"warning", "5.0"},
	"bearer-scheme": {"warning", ""},
}

func sarifRuleFor(c analyzer.Category) sarifRule {
	lv, ok := ruleLevel[string(c)]
	if !ok {
		lv.level = "warning"
	}
	tags := []string{"security", "secrets"}
	if lv.severity == "" {
		tags = []string{"correctness"}
	}
	name := ""
	for w := range strings.SplitSeq(string(c), "-") {
		if w != "" {
			name += strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return sarifRule{
		ID:               string(c),
		Name:             name,
		ShortDescription: sarifText{c.Summary()},
		FullDescription:  sarifText{c.Description()},
		HelpURI:          c.HelpURL(),
		Help:             sarifText{c.Description() + " See " + c.HelpURL()},
		DefaultConfig:    sarifRuleLevel{lv.level},
		Properties:       sarifRuleProps{Tags: tags, Precision: "high", SecuritySeverity: lv.severity},
	}
}

// writeSARIF writes one SARIF log with one run for findings (all passes of
// the run), with URIs relative to root under %SRCROOT%.
func writeSARIF(w io.Writer, findings []*finding, root string, src *sources) error {
	v := strings.Fields(versionLine())[1]
	driver := sarifDriver{
		Name:           analyzer.Name,
		Language:       "en-US",
		Version:        v,
		InformationURI: "https://github.com/apikeylint/apikeylint",
	}
	if strings.HasPrefix(v, "v") {
		driver.SemanticVersion = strings.TrimPrefix(v, "v")
	}
	index := map[string]int{}
	addRule := func(c analyzer.Category) {
		if _, ok := index[string(c)]; !ok {
			index[string(c)] = len(driver.Rules)
			driver.Rules = append(driver.Rules, sarifRuleFor(c))
		}
	}
	for _, c := range analyzer.Categories() {
		addRule(c)
	}
	artifact := func(file string) sarifArtifact {
		rel := relPath(root, file)
		if filepath.IsAbs(filepath.FromSlash(rel)) {
			return sarifArtifact{URI: (&url.URL{Scheme: "file", Path: filepath.ToSlash(file)}).String()}
		}
		return sarifArtifact{URI: escapePath(rel), URIBaseID: srcRoot}
	}
	region := func(pos, end position) *sarifRegion {
		if pos.line <= 0 {
			return nil
		}
		r := &sarifRegion{StartLine: pos.line}
		if pos.col > 0 {
			r.StartColumn = src.utf16Col(pos.file, pos.line, pos.col)
		}
		if end.line >= pos.line && end.col > 0 && end.file == pos.file {
			r.EndLine = end.line
			r.EndColumn = src.utf16Col(end.file, end.line, end.col)
			if r.EndLine == r.StartLine && r.EndColumn < r.StartColumn {
				r.EndColumn = r.StartColumn
			}
		}
		return r
	}
	results := []sarifResult{}
	for _, f := range findings {
		cat := analyzer.Category(f.Category)
		addRule(cat)
		lv := ruleLevel[f.Category].level
		if lv == "" {
			lv = "warning"
		}
		res := sarifResult{
			RuleID:              f.Category,
			RuleIndex:           index[f.Category],
			Level:               lv,
			Message:             sarifText{f.Message},
			Locations:           []sarifLocation{{PhysicalLocation: sarifPhysical{ArtifactLocation: artifact(f.pos.file), Region: region(f.pos, f.end)}}},
			PartialFingerprints: map[string]string{fingerprintKey: f.fingerprint},
		}
		for i, r := range f.Related {
			id := i + 1
			pos, end := parsePosn(r.Posn), parsePosn(r.End)
			res.RelatedLocations = append(res.RelatedLocations, sarifLocation{
				ID:               &id,
				PhysicalLocation: sarifPhysical{ArtifactLocation: artifact(pos.file), Region: region(pos, end)},
				Message:          &sarifText{strings.TrimSpace(r.Message)},
			})
		}
		for _, fix := range f.SuggestedFixes {
			if sf, ok := sarifFixFor(fix, artifact, src); ok {
				res.Fixes = append(res.Fixes, sf)
			}
		}
		results = append(results, res)
	}
	// language and newlineSequences are SARIF's defaults, written out
	// for readers that want them present.
	run := sarifRun{Tool: sarifTool{Driver: driver}, Language: "en-US", NewlineSequences: []string{"\r\n", "\n"},
		ColumnKind: "utf16CodeUnits", Results: results}
	if root != "" {
		u := (&url.URL{Scheme: "file", Path: filepath.ToSlash(root)}).String()
		if !strings.HasSuffix(u, "/") {
			u += "/"
		}
		run.OriginalURIBaseIDs = map[string]sarifArtifact{srcRoot: {URI: u}}
	}
	log := sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs:    []sarifRun{run},
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(log)
}

// sarifFixFor converts a suggested fix's byte-offset edits to SARIF
// replacements, one artifactChange per file; ok is false when a file
// cannot be read to place an edit.
func sarifFixFor(fix jsonFix, artifact func(string) sarifArtifact, src *sources) (sarifFix, bool) {
	sf := sarifFix{Description: sarifText{fix.Message}}
	byFile := map[string]int{}
	for _, e := range fix.Edits {
		sl, sc, ok1 := src.offsetPos(e.Filename, e.Start)
		el, ec, ok2 := src.offsetPos(e.Filename, e.End)
		if !ok1 || !ok2 {
			return sarifFix{}, false
		}
		i, ok := byFile[e.Filename]
		if !ok {
			i = len(sf.ArtifactChanges)
			byFile[e.Filename] = i
			sf.ArtifactChanges = append(sf.ArtifactChanges, sarifArtifactChange{ArtifactLocation: artifact(e.Filename)})
		}
		sf.ArtifactChanges[i].Replacements = append(sf.ArtifactChanges[i].Replacements, sarifReplacement{
			DeletedRegion: sarifRegion{
				StartLine:   sl,
				StartColumn: src.utf16Col(e.Filename, sl, sc),
				EndLine:     el,
				EndColumn:   src.utf16Col(e.Filename, el, ec),
			},
			InsertedContent: sarifText{e.New},
		})
	}
	return sf, len(sf.ArtifactChanges) > 0
}

// escapePath percent-encodes each segment of a slash-separated relative
// path for a URI reference.
func escapePath(p string) string {
	segs := strings.Split(p, "/")
	return strings.Join(slices.Collect(func(yield func(string) bool) {
		for _, s := range segs {
			if !yield(url.PathEscape(s)) {
				return
			}
		}
	}), "/")
}
