package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/apikeylint/apikeylint/analyzer/keys"
)

// hardcoded-key: a key literal in source.
//
// Every maximal constant string expression that contains a literal (a
// string literal, or a constant expression such as "sk-" + "…") is
// classified by the key model with the names around it as context. Provider
// formats with a distinctive prefix are keys anywhere; WaveSpeed's bare
// 64-hex format and generic high-entropy strings only where a name, map key,
// env var or header beside them says key (and none says checksum).
//
// Report at the literal; suggest os.Getenv("<PROVIDER>_API_KEY") where that
// is legal Go (not in a constant declaration, and only where the expression
// has type string).

func (r *run) checkHardcoded() error {
	root := r.insp.Root()
	for cur := range root.Preorder((*ast.BasicLit)(nil)) {
		lit := cur.Node().(*ast.BasicLit)
		if len(lit.Value) < 18 {
			// Too short to be a key on its own; it may start a constant
			// expression ("sk-" + "…").
			if _, ok := cur.Parent().Node().(*ast.BinaryExpr); !ok {
				continue
			}
		}
		top, ok := constTop(cur, r.constString)
		if !ok {
			continue
		}
		expr := top.Node().(ast.Expr)
		val, ok := r.constString(expr)
		if !ok || !keys.MaybeKey(val) {
			continue
		}
		names, header := r.contextNames(top)
		m, ok := keys.Classify(val, keys.Context{Names: names, Header: header})
		if !ok {
			continue
		}
		if (m.Generic() || m.Provider.Identifier) && r.isTestFile(expr.Pos()) {
			// In tests, a high-entropy value beside a key name is a fixture
			// (an expected value, a fake credential), and so is a key id
			// without its secret; provider-format secrets there are leaked
			// keys.
			continue
		}
		env := keys.EnvVarFor(m, names)
		msg := fmt.Sprintf("%s %s (%d chars) in source; read it from the environment: os.Getenv(%q)",
			m.Label(), redactPrefix(m.Key), len(m.Key), env)
		f := finding{cat: HardcodedKey, rng: expr, msg: msg}
		if fix, ok := r.getenvFix(top, val[:m.Start], env); ok {
			f.fixes = []analysis.SuggestedFix{fix}
		}
		r.report(f)
	}
	return nil
}

// redactPrefix shows at most the first four characters of a key, quoted,
// with an ellipsis: "ba4e…".
func redactPrefix(k string) string {
	n := 0
	for i := range k {
		if n == 4 {
			q := strconv.Quote(k[:i])
			return q[:len(q)-1] + `…"`
		}
		n++
	}
	return `"…"`
}

// constTop climbs from a string literal to the maximal constant expression
// holding it. It returns false for literals that are not values (import
// paths, struct tags), and for all but the first literal of a compound
// constant, so that one is reported once.
func constTop(cur inspector.Cursor, constString func(ast.Expr) (string, bool)) (inspector.Cursor, bool) {
	lit := cur.Node().(*ast.BasicLit)
	if lit.Kind != token.STRING {
		return cur, false
	}
	switch parent := cur.Parent().Node().(type) {
	case *ast.ImportSpec:
		return cur, false
	case *ast.Field:
		if parent.Tag == lit {
			return cur, false
		}
	}
	top := cur
	for {
		p := top.Parent()
		e, ok := p.Node().(ast.Expr)
		if !ok {
			break
		}
		if _, isConst := constString(e); !isConst {
			break
		}
		top = p
	}
	if top != cur && !firstStringLit(top.Node(), lit) {
		return cur, false
	}
	return top, true
}

// isTestFile reports whether pos is in a _test.go file.
func (r *run) isTestFile(pos token.Pos) bool {
	return strings.HasSuffix(r.pass.Fset.File(pos).Name(), "_test.go")
}

// firstStringLit reports whether lit is the first string literal in n.
func firstStringLit(n ast.Node, lit *ast.BasicLit) bool {
	var first *ast.BasicLit
	ast.Inspect(n, func(n ast.Node) bool {
		if first != nil {
			return false
		}
		if b, ok := n.(*ast.BasicLit); ok && b.Kind == token.STRING {
			first = b
		}
		return true
	})
	return first == lit
}

// getenvFix replaces the constant expression at cur with
// os.Getenv(env) (after the scheme prefix, if the literal held one), adding
// the os import when missing. It returns false where that would not compile.
func (r *run) getenvFix(cur inspector.Cursor, prefix, env string) (analysis.SuggestedFix, bool) {
	expr := cur.Node().(ast.Expr)
	if t := r.pass.TypesInfo.TypeOf(expr); !types.Identical(t, types.Typ[types.String]) {
		return analysis.SuggestedFix{}, false
	}
	for p := range cur.Enclosing((*ast.GenDecl)(nil), (*ast.BinaryExpr)(nil), (*ast.CaseClause)(nil)) {
		switch n := p.Node().(type) {
		case *ast.GenDecl:
			if n.Tok == token.CONST {
				return analysis.SuggestedFix{}, false
			}
		case *ast.BinaryExpr:
			if n.Op == token.EQL || n.Op == token.NEQ {
				return analysis.SuggestedFix{}, false
			}
		case *ast.CaseClause:
			return analysis.SuggestedFix{}, false
		}
	}
	file := r.fileOf(expr.Pos())
	if file == nil {
		return analysis.SuggestedFix{}, false
	}
	osName, importEdit, ok := r.osImport(file)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	repl := osName + ".Getenv(" + strconv.Quote(env) + ")"
	if prefix != "" {
		repl = strconv.Quote(prefix) + " + " + repl
	}
	edits := []analysis.TextEdit{{Pos: expr.Pos(), End: expr.End(), NewText: []byte(repl)}}
	if importEdit != nil {
		edits = append(edits, *importEdit)
	}
	return analysis.SuggestedFix{
		Message:   fmt.Sprintf("read the key from the environment: %s", repl),
		TextEdits: edits,
	}, true
}

// osImport returns the name under which file imports "os", or the edit that
// adds the import. It fails when "os" is taken by something else.
func (r *run) osImport(file *ast.File) (name string, edit *analysis.TextEdit, ok bool) {
	for _, spec := range file.Imports {
		if path, _ := strconv.Unquote(spec.Path.Value); path == "os" {
			switch {
			case spec.Name == nil:
				return "os", nil, true
			case spec.Name.Name == "_" || spec.Name.Name == ".":
				return "", nil, false
			default:
				return spec.Name.Name, nil, true
			}
		}
	}
	if obj := r.pass.Pkg.Scope().Lookup("os"); obj != nil {
		return "", nil, false
	}
	if sc := r.pass.TypesInfo.Scopes[file]; sc != nil && sc.Lookup("os") != nil {
		return "", nil, false
	}
	// Insert "os" in sorted position in the first import declaration.
	for _, d := range file.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		if !gd.Lparen.IsValid() {
			// import "fmt" → import ( "fmt"; "os" ), sorted.
			is := gd.Specs[0].(*ast.ImportSpec)
			spec := is.Path.Value
			if is.Name != nil {
				spec = is.Name.Name + " " + spec
			}
			lines := []string{spec, `"os"`}
			if path, _ := strconv.Unquote(is.Path.Value); path > "os" {
				lines[0], lines[1] = lines[1], lines[0]
			}
			text := "import (\n\t" + lines[0] + "\n\t" + lines[1] + "\n)"
			return "os", &analysis.TextEdit{Pos: gd.Pos(), End: gd.End(), NewText: []byte(text)}, true
		}
		for _, s := range gd.Specs {
			is := s.(*ast.ImportSpec)
			if path, _ := strconv.Unquote(is.Path.Value); path > "os" {
				return "os", &analysis.TextEdit{Pos: is.Pos(), End: is.Pos(), NewText: []byte("\"os\"\n\t")}, true
			}
		}
		last := gd.Specs[len(gd.Specs)-1]
		return "os", &analysis.TextEdit{Pos: last.End(), End: last.End(), NewText: []byte("\n\t\"os\"")}, true
	}
	return "os", &analysis.TextEdit{Pos: file.Name.End(), End: file.Name.End(), NewText: []byte("\n\nimport \"os\"")}, true
}
