package commits

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/zricethezav/gitleaks/v8/config"
	"github.com/zricethezav/gitleaks/v8/report"

	"github.com/apikeylint/apikeylint/cmd/apikeylint/internal/buildinfo"
	"github.com/apikeylint/apikeylint/cmd/apikeylint/internal/ghactions"
	"github.com/apikeylint/apikeylint/cmd/apikeylint/internal/sarif"
)

// Redact shows at most the first 4 characters of secret (fewer for short
// ones, never more than a quarter of it) and its length: "ba4e…(64 chars)".
func Redact(secret string) string {
	runes := []rune(secret)
	n := len(runes)
	return fmt.Sprintf("%s…(%d chars)", string(runes[:min(4, n/4)]), n)
}

// postProcess fixes what the gitleaks detector reports about each finding,
// then redacts every secret everywhere and sorts the findings.
func postProcess(findings []report.Finding) []report.Finding {
	var secrets []string
	seen := map[string]bool{}
	for i := range findings {
		f := &findings[i]
		f.Fragment = nil
		locate(f)
		for _, s := range []string{f.Secret, strings.TrimSpace(f.Secret)} {
			if s != "" && !seen[s] {
				seen[s] = true
				secrets = append(secrets, s)
			}
		}
	}
	// Longest first, so that a secret containing another one is replaced
	// whole (strings.Replacer tries the old strings in argument order).
	sort.Slice(secrets, func(i, j int) bool {
		if len(secrets[i]) != len(secrets[j]) {
			return len(secrets[i]) > len(secrets[j])
		}
		return secrets[i] < secrets[j]
	})
	pairs := make([]string, 0, 2*len(secrets))
	for _, s := range secrets {
		pairs = append(pairs, s, Redact(s))
	}
	hide := strings.NewReplacer(pairs...)
	for i := range findings {
		f := &findings[i]
		// Every secret found anywhere, not only this finding's: one line can
		// hold two keys.
		f.Line = hide.Replace(f.Line)
		f.Match = hide.Replace(f.Match)
		f.Message = hide.Replace(f.Message)
		f.Secret = Redact(f.Secret)
	}
	sort.SliceStable(findings, func(i, j int) bool {
		a, b := findings[i], findings[j]
		switch {
		case a.Date != b.Date:
			return a.Date > b.Date // newest commit first, as git log
		case a.Commit != b.Commit:
			return a.Commit < b.Commit
		case a.File != b.File:
			return a.File < b.File
		case a.StartLine != b.StartLine:
			return a.StartLine < b.StartLine
		case a.StartColumn != b.StartColumn:
			return a.StartColumn < b.StartColumn
		default:
			return a.RuleID < b.RuleID
		}
	})
	return findings
}

// locate sets f.Line to the single line that holds the match and the
// columns (1-based, in characters, end inclusive) to the secret within it.
// The detector's Line starts at the newline before the matched line (or at
// the start of the fragment, for a last line without a newline), so its
// columns are one too high after a fragment's first line.
func locate(f *report.Finding) {
	text := f.Line
	if f.Match == "" || strings.Contains(f.Match, "\n") {
		f.Line = strings.Trim(f.Line, "\r\n")
		return
	}
	hint := f.StartColumn - 1 // byte offset of the match in its line, maybe 1 too high
	best, bestDist := -1, -1
	for from := 0; from <= len(text); {
		i := strings.Index(text[from:], f.Match)
		if i < 0 {
			break
		}
		at := from + i
		lineStart := strings.LastIndexByte(text[:at], '\n') + 1
		d := abs(at - lineStart - hint)
		if best < 0 || d < bestDist {
			best, bestDist = at, d
		}
		from = at + 1
	}
	if best < 0 {
		// Decoded (base64, hex, …) matches are not in the raw line.
		f.Line = strings.Trim(f.Line, "\r\n")
		return
	}
	lineStart := strings.LastIndexByte(text[:best], '\n') + 1
	lineEnd := len(text)
	if j := strings.IndexByte(text[best:], '\n'); j >= 0 {
		lineEnd = best + j
	}
	start := best
	secret := f.Secret
	if k := strings.Index(f.Match, secret); secret != "" && k >= 0 {
		start += k
	} else {
		secret = f.Match
	}
	f.StartColumn = utf8.RuneCountInString(text[lineStart:start]) + 1
	f.EndColumn = f.StartColumn + utf8.RuneCountInString(secret) - 1
	f.EndLine = f.StartLine
	f.Line = strings.TrimRight(text[lineStart:lineEnd], "\r")
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

const maxLineRunes = 200

func writeText(b *bytes.Buffer, findings []report.Finding, verdicts map[string]Verification) {
	if len(findings) == 0 {
		b.WriteString("apikeylint commits: no keys found\n")
		return
	}
	for _, f := range findings {
		fmt.Fprintf(b, "%s:%d:%d: %s: %s\n", f.File, f.StartLine, f.StartColumn, f.RuleID, strings.TrimSuffix(f.Description, "."))
		fmt.Fprintf(b, "  secret:      %s\n", f.Secret)
		line := strings.TrimSpace(f.Line)
		if utf8.RuneCountInString(line) > maxLineRunes {
			line = string([]rune(line)[:maxLineRunes]) + "…"
		}
		fmt.Fprintf(b, "  line:        %s\n", line)
		if f.Commit == "" {
			b.WriteString("  commit:      (staged)\n")
		} else {
			fmt.Fprintf(b, "  commit:      %s (%s <%s>, %s)\n", f.Commit, f.Author, f.Email, f.Date)
		}
		if verdicts != nil {
			fmt.Fprintf(b, "  verified:    %s\n", verdicts[findingKey(f)])
		}
		fmt.Fprintf(b, "  fingerprint: %s\n\n", f.Fingerprint)
	}
	if verdicts != nil {
		n := map[string]int{}
		for _, f := range findings {
			n[verdicts[findingKey(f)].Status]++
		}
		fmt.Fprintf(b, "apikeylint commits: verified: %d live, %d dead, %d unknown.\n", n[Live], n[Dead], n[Unknown])
	}
	fmt.Fprintf(b, "apikeylint commits: %s. Remove each key, rotate it (it stays in git history), and read it from the environment; "+
		"put the fingerprint of a false positive in .gitleaksignore.\n", plural(len(findings), "finding"))
}

// writeGitHub writes one ::error workflow command per finding (GitHub
// Actions annotations): the file, line and column range, the rule as
// title, and a message with the redacted secret, the commit and, with
// --verify, the verdict.
func writeGitHub(b *bytes.Buffer, findings []report.Finding, verdicts map[string]Verification) {
	for _, f := range findings {
		where := "staged changes"
		if f.Commit != "" {
			where = fmt.Sprintf("commit %s (%s, %s)", f.Commit, f.Author, f.Date)
		}
		msg := fmt.Sprintf("%s: secret %s in %s. Remove the key and rotate it: it stays in git history. Fingerprint: %s",
			strings.TrimSuffix(f.Description, "."), f.Secret, where, f.Fingerprint)
		if verdicts != nil {
			msg += "\nverified: " + verdicts[findingKey(f)].String()
		}
		a := ghactions.Annotation{
			Level:   ghactions.Error,
			File:    f.File,
			Line:    f.StartLine,
			Col:     f.StartColumn,
			Title:   "apikeylint commits: " + f.RuleID,
			Message: msg,
		}
		if f.EndLine >= f.StartLine && f.EndColumn > 0 {
			a.EndLine, a.EndColumn = f.EndLine, f.EndColumn
		}
		fmt.Fprintln(b, a)
	}
}

// verifiedFinding is a JSON report entry with --verify: gitleaks' finding
// and what its provider said about the key.
type verifiedFinding struct {
	report.Finding
	Verification Verification
}

// writeJSON writes gitleaks' own JSON report format (redacted), with a
// "Verification" field in each finding when verdicts is not nil.
func writeJSON(b *bytes.Buffer, findings []report.Finding, verdicts map[string]Verification) error {
	enc := json.NewEncoder(b)
	enc.SetIndent("", " ")
	if verdicts != nil {
		out := make([]verifiedFinding, len(findings))
		for i, f := range findings {
			out[i] = verifiedFinding{Finding: f, Verification: verdicts[findingKey(f)]}
		}
		return enc.Encode(out)
	}
	if findings == nil {
		findings = []report.Finding{}
	}
	return enc.Encode(findings) //nolint:gosec // G117: gitleaks' JSON report format has a Secret field; the findings are redacted before this
}

// writeSARIF writes the findings as SARIF 2.1.0 (package internal/sarif,
// shared with the analyzer's -format=sarif): one rule per reportable rule of
// cfg, one result per finding with the commit in its fingerprints and
// properties. Columns count characters (Unicode code points), as gitleaks
// does, and the run says so in columnKind.
func writeSARIF(b *bytes.Buffer, findings []report.Finding, cfg config.Config, verdicts map[string]Verification) error {
	rules := ruleSet(cfg)
	index := map[string]int{}
	driver := sarif.NewDriver(buildinfo.Version())
	driver.Rules = make([]sarif.Rule, 0, len(rules))
	for i, r := range rules {
		index[r.RuleID] = i
		tags := r.Tags
		if tags == nil {
			tags = []string{}
		}
		driver.Rules = append(driver.Rules, sarif.Rule{
			ID:               r.RuleID,
			Name:             r.RuleID,
			ShortDescription: sarif.Text{Text: r.Description},
			FullDescription:  sarif.Text{Text: r.Description},
			DefaultConfig:    sarif.RuleConfig{Level: "error"},
			Properties:       sarif.RuleProperties{Tags: append([]string{"security", "secret"}, tags...)},
		})
	}
	results := make([]sarif.Result, 0, len(findings))
	for _, f := range findings {
		i, ok := index[f.RuleID]
		if !ok {
			i = -1
		}
		where := "staged changes"
		if f.Commit != "" {
			where = "commit " + f.Commit
		}
		res := sarif.Result{
			RuleID:    f.RuleID,
			RuleIndex: i,
			Level:     "error",
			Message: sarif.Text{Text: fmt.Sprintf("%s: secret %s in %s, %s. Remove and rotate the key.",
				strings.TrimSuffix(f.Description, "."), f.Secret, f.File, where)},
			Locations: []sarif.Location{{PhysicalLocation: sarif.Physical{
				ArtifactLocation: sarif.Artifact{URI: f.File, URIBaseID: sarif.SrcRoot},
				Region: &sarif.Region{
					StartLine:   f.StartLine,
					StartColumn: f.StartColumn,
					EndLine:     f.EndLine,
					EndColumn:   f.EndColumn + 1, // SARIF end columns are exclusive
					Snippet:     &sarif.Text{Text: strings.TrimSpace(f.Line)},
				},
			}}},
			PartialFingerprints: map[string]string{"gitleaksFingerprint/v1": f.Fingerprint},
		}
		if f.Commit != "" {
			res.PartialFingerprints["commitSha"] = f.Commit
			res.Properties = map[string]string{"commit": f.Commit, "author": f.Author, "email": f.Email, "date": f.Date}
		}
		if verdicts != nil {
			if res.Properties == nil {
				res.Properties = map[string]string{}
			}
			v := verdicts[findingKey(f)]
			res.Properties["verification"] = v.Status
			if v.Provider != "" {
				res.Properties["verificationProvider"] = v.Provider
			}
			if v.Reason != "" {
				res.Properties["verificationReason"] = v.Reason
			}
		}
		results = append(results, res)
	}
	return sarif.Write(b, sarif.Run{Tool: sarif.Tool{Driver: driver}, ColumnKind: "unicodeCodePoints", Results: results})
}
