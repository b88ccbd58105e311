package main

import (
	"io"
	"net/url"
	"path/filepath"
	"slices"
	"strings"

	"github.com/apikeylint/apikeylint/analyzer"
	"github.com/apikeylint/apikeylint/cmd/apikeylint/internal/buildinfo"
	"github.com/apikeylint/apikeylint/cmd/apikeylint/internal/sarif"
)

// SARIF 2.1.0 output of the analyzer (-format=sarif), for GitHub code
// scanning and other SARIF viewers: one rule per category, one result per
// finding with its region, related locations, suggested fixes and a
// fingerprint that survives unrelated edits. The types and the writer are
// package internal/sarif's, shared with `apikeylint commits`.

// fingerprintKey names apikeylint's fingerprint in partialFingerprints.
const fingerprintKey = "apikeylint/v1"

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

func sarifRuleFor(c analyzer.Category) sarif.Rule {
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
	return sarif.Rule{
		ID:               string(c),
		Name:             name,
		ShortDescription: sarif.Text{Text: c.Summary()},
		FullDescription:  sarif.Text{Text: c.Description()},
		HelpURI:          c.HelpURL(),
		Help:             &sarif.Text{Text: c.Description() + " See " + c.HelpURL()},
		DefaultConfig:    sarif.RuleConfig{Level: lv.level},
		Properties:       sarif.RuleProperties{Tags: tags, Precision: "high", SecuritySeverity: lv.severity},
	}
}

// writeSARIF writes one SARIF log with one run for findings (all passes of
// the run), with URIs relative to root under %SRCROOT%.
func writeSARIF(w io.Writer, findings []*finding, root string, src *sources) error {
	driver := sarif.NewDriver(buildinfo.Version())
	driver.Language = "en-US"
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
	artifact := func(file string) sarif.Artifact {
		rel := relPath(root, file)
		if filepath.IsAbs(filepath.FromSlash(rel)) {
			return sarif.Artifact{URI: (&url.URL{Scheme: "file", Path: filepath.ToSlash(file)}).String()}
		}
		return sarif.Artifact{URI: escapePath(rel), URIBaseID: sarif.SrcRoot}
	}
	region := func(pos, end position) *sarif.Region {
		if pos.line <= 0 {
			return nil
		}
		r := &sarif.Region{StartLine: pos.line}
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
	results := []sarif.Result{}
	for _, f := range findings {
		cat := analyzer.Category(f.Category)
		addRule(cat)
		lv := ruleLevel[f.Category].level
		if lv == "" {
			lv = "warning"
		}
		res := sarif.Result{
			RuleID:              f.Category,
			RuleIndex:           index[f.Category],
			Level:               lv,
			Message:             sarif.Text{Text: f.Message},
			Locations:           []sarif.Location{{PhysicalLocation: sarif.Physical{ArtifactLocation: artifact(f.pos.file), Region: region(f.pos, f.end)}}},
			PartialFingerprints: map[string]string{fingerprintKey: f.fingerprint},
		}
		for i, r := range f.Related {
			id := i + 1
			pos, end := parsePosn(r.Posn), parsePosn(r.End)
			res.RelatedLocations = append(res.RelatedLocations, sarif.Location{
				ID:               &id,
				PhysicalLocation: sarif.Physical{ArtifactLocation: artifact(pos.file), Region: region(pos, end)},
				Message:          &sarif.Text{Text: strings.TrimSpace(r.Message)},
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
	run := sarif.Run{Tool: sarif.Tool{Driver: driver}, Language: "en-US", NewlineSequences: []string{"\r\n", "\n"},
		ColumnKind: "utf16CodeUnits", Results: results}
	if root != "" {
		u := (&url.URL{Scheme: "file", Path: filepath.ToSlash(root)}).String()
		if !strings.HasSuffix(u, "/") {
			u += "/"
		}
		run.OriginalURIBaseIDs = map[string]sarif.Artifact{sarif.SrcRoot: {URI: u}}
	}
	return sarif.Write(w, run)
}

// sarifFixFor converts a suggested fix's byte-offset edits to SARIF
// replacements, one artifactChange per file; ok is false when a file
// cannot be read to place an edit.
func sarifFixFor(fix jsonFix, artifact func(string) sarif.Artifact, src *sources) (sarif.Fix, bool) {
	sf := sarif.Fix{Description: sarif.Text{Text: fix.Message}}
	byFile := map[string]int{}
	for _, e := range fix.Edits {
		sl, sc, ok1 := src.offsetPos(e.Filename, e.Start)
		el, ec, ok2 := src.offsetPos(e.Filename, e.End)
		if !ok1 || !ok2 {
			return sarif.Fix{}, false
		}
		i, ok := byFile[e.Filename]
		if !ok {
			i = len(sf.ArtifactChanges)
			byFile[e.Filename] = i
			sf.ArtifactChanges = append(sf.ArtifactChanges, sarif.ArtifactChange{ArtifactLocation: artifact(e.Filename)})
		}
		sf.ArtifactChanges[i].Replacements = append(sf.ArtifactChanges[i].Replacements, sarif.Replacement{
			DeletedRegion: sarif.Region{
				StartLine:   sl,
				StartColumn: src.utf16Col(e.Filename, sl, sc),
				EndLine:     el,
				EndColumn:   src.utf16Col(e.Filename, el, ec),
			},
			InsertedContent: sarif.Text{Text: e.New},
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
