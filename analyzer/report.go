package analyzer

import (
	"go/ast"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// finding is one diagnostic before suppression.
type finding struct {
	cat     Category
	rng     analysis.Range
	msg     string // without the category prefix
	fixes   []analysis.SuggestedFix
	related []analysis.RelatedInformation
}

// report is the one way checks emit diagnostics: it applies
// //apikeylint:ignore directives, sets Category and the URL of the
// category's page, and prefixes the message with the category.
func (r *run) report(f finding) {
	if !r.s.enabled[f.cat] {
		return
	}
	if r.suppressed(f.rng.Pos(), f.cat) {
		return
	}
	r.pass.Report(analysis.Diagnostic{
		Pos:            f.rng.Pos(),
		End:            f.rng.End(),
		Category:       string(f.cat),
		Message:        string(f.cat) + ": " + f.msg,
		URL:            f.cat.HelpURL(),
		SuggestedFixes: f.fixes,
		Related:        f.related,
	})
}

// The suppression directive.
const ignoreDirective = "//apikeylint:ignore"

// directive is one //apikeylint:ignore comment.
type directive struct {
	pos    token.Pos
	reason string
	// hit records the category of the first finding the directive was
	// asked about, so a reasonless directive can be reported under it.
	hit Category
}

// directives indexes a package's ignore directives by file and line.
type directives struct {
	byLine map[lineKey]*directive
	all    []*directive
}

type lineKey struct {
	file string
	line int
}

// ParseDirective reports whether the comment text c is an
// //apikeylint:ignore directive, and returns its reason (trimmed; empty
// when missing).
func ParseDirective(c string) (reason string, ok bool) {
	rest, found := strings.CutPrefix(c, ignoreDirective)
	if !found {
		return "", false
	}
	if rest != "" && rest[0] != ' ' && rest[0] != '\t' {
		return "", false // e.g. //apikeylint:ignored — not ours
	}
	// A trailing comment ("//apikeylint:ignore // TODO") is not a reason.
	if i := strings.Index(rest, "//"); i >= 0 {
		rest = rest[:i]
	}
	return strings.TrimSpace(rest), true
}

func (r *run) directives() *directives {
	if r.dirs != nil {
		return r.dirs
	}
	r.dirs = &directives{byLine: map[lineKey]*directive{}}
	r.dirs.add(r.pass.Fset, r.pass.Files)
	return r.dirs
}

// add indexes the directives of files.
func (d *directives) add(fset *token.FileSet, files []*ast.File) {
	for _, f := range files {
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				reason, ok := ParseDirective(c.Text)
				if !ok {
					continue
				}
				p := fset.Position(c.Slash)
				dir := &directive{pos: c.Slash, reason: reason}
				d.byLine[lineKey{p.Filename, p.Line}] = dir
				d.all = append(d.all, dir)
			}
		}
	}
}

// suppressed reports whether a directive with a reason on pos's line or the
// line above covers it. A directive without a reason never suppresses; it is
// reported at the end of the run under the category of what it tried to hide.
func (r *run) suppressed(pos token.Pos, cat Category) bool {
	p := r.pass.Fset.Position(pos)
	d := r.directives()
	for _, line := range []int{p.Line, p.Line - 1} {
		dir := d.byLine[lineKey{p.Filename, line}]
		if dir == nil {
			continue
		}
		if dir.reason != "" {
			return true
		}
		if dir.hit == "" {
			dir.hit = cat
		}
	}
	return false
}

// reportBareDirectives reports every reasonless directive that was asked to
// cover a finding.
func (r *run) reportBareDirectives() {
	if r.dirs == nil {
		return
	}
	for _, dir := range r.dirs.all {
		if dir.reason != "" || dir.hit == "" {
			continue
		}
		r.pass.Report(analysis.Diagnostic{
			Pos:      dir.pos,
			End:      dir.pos + token.Pos(len(ignoreDirective)),
			Category: string(dir.hit),
			Message: string(dir.hit) + ": //apikeylint:ignore needs a reason and silences nothing without one; " +
				"write why the finding is safe: //apikeylint:ignore <reason>",
		})
	}
}

// fileOf returns the syntax file holding pos.
func (r *run) fileOf(pos token.Pos) *ast.File {
	for _, f := range r.pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}
