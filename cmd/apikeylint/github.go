package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/apikeylint/apikeylint/cmd/apikeylint/internal/ghactions"
)

// writeGitHub prints -format=github: one workflow command per finding
// (::error for the checks whose SARIF level is error, ::warning for the
// others), with the file relative to the repository root, the line and
// column range, the check as title, and the message; related locations
// follow on the message's next lines. The messages are the analyzer's,
// which never hold a whole key.
func writeGitHub(w io.Writer, findings []*finding, root string, src *sources) error {
	for _, f := range findings {
		level := ghactions.Warning
		if ruleLevel[f.Category].level == "error" {
			level = ghactions.Error
		}
		a := ghactions.Annotation{
			Level:   level,
			File:    f.rel,
			Line:    f.pos.line,
			Title:   "apikeylint: " + f.Category,
			Message: f.Message,
		}
		if f.pos.col > 0 {
			a.Col = src.utf16Col(f.pos.file, f.pos.line, f.pos.col)
		}
		if f.end.file == f.pos.file && f.end.line >= f.pos.line && f.end.col > 0 {
			a.EndLine = f.end.line
			a.EndColumn = src.utf16Col(f.end.file, f.end.line, f.end.col)
		}
		var msg strings.Builder
		msg.WriteString(f.Message)
		for _, r := range f.Related {
			fmt.Fprintf(&msg, "\n%s: %s", relPath(root, parsePosn(r.Posn).file)+posnSuffix(r.Posn), strings.TrimSpace(r.Message))
		}
		a.Message = msg.String()
		if _, err := fmt.Fprintln(w, a); err != nil {
			return err
		}
	}
	return nil
}

// posnSuffix is the ":line:col" part of a "file:line:col" position.
func posnSuffix(posn string) string {
	p := parsePosn(posn)
	switch {
	case p.line > 0 && p.col > 0:
		return fmt.Sprintf(":%d:%d", p.line, p.col)
	case p.line > 0:
		return fmt.Sprintf(":%d", p.line)
	}
	return ""
}
