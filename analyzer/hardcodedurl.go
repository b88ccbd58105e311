package analyzer

import (
	"fmt"
	"go/ast"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/apikeylint/apikeylint/analyzer/keys"
)

// hardcodedURLSecret reports a URL literal that carries a credential in
// its path or userinfo (keys.FindURLSecret): a chat webhook URL, a bot API
// URL, or scheme://user:password@host. The URL is the credential, so the
// fix is to move the whole URL into the environment (for a bot API URL,
// whose path goes on with a method, the token). It reports whether it
// reported.
func (r *run) hardcodedURLSecret(top inspector.Cursor, val string) bool {
	m, ok := keys.FindURLSecret(val)
	if !ok {
		return false
	}
	expr := top.Node().(ast.Expr)
	if m.Shape.API == "" && r.isTestFile(expr.Pos()) {
		// A password in a test's URL is a fixture, like a generic secret
		// beside a key name; webhook and bot tokens there are leaked.
		return true
	}
	what := m.Shape.Name + " with its " + m.Shape.Secret
	if m.Shape.API == "" {
		what = m.Shape.Secret + " in the userinfo of a URL"
	}
	msg := fmt.Sprintf("%s %s in source; ", what, keys.Redact(m.Secret))
	if m.Shape.WholeURL {
		msg += "move the whole URL into an environment variable such as " + m.Shape.EnvVar
	} else {
		msg += fmt.Sprintf("read the %s from the environment (os.Getenv(%q)) and build the URL at run time", m.Shape.Secret, m.Shape.EnvVar)
	}
	f := finding{cat: HardcodedKey, rng: expr, msg: msg}
	if m.Shape.WholeURL && m.Start == 0 && m.End == len(val) {
		if fix, ok := r.getenvFix(top, "", m.Shape.EnvVar); ok {
			fix.Message = fmt.Sprintf("read the URL from the environment: os.Getenv(%q)", m.Shape.EnvVar)
			f.fixes = []analysis.SuggestedFix{fix}
		}
	}
	r.report(f)
	return true
}
