package analyzer

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

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
	fb := &fallbacks{r: r}
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
		if !ok {
			continue
		}
		if r.candidate(val) && r.hardcodedLiteral(top, val, fb) {
			continue
		}
		if r.hardcodedURLSecret(top, val) {
			continue
		}
		r.hardcodedURL(top, val)
	}
	return nil
}

// hardcodedLiteral reports the constant expression at top when its value
// val is a key, and reports whether it did.
func (r *run) hardcodedLiteral(top inspector.Cursor, val string, fb *fallbacks) bool {
	expr := top.Node().(ast.Expr)
	names, header := r.contextNames(top)
	envs, fbKind := fb.envs(top)
	names = append(names, envs...)
	m, ok := keys.Classify(val, r.keyContext(names, header, expr.Pos()))
	if !ok {
		return false
	}
	if (m.Generic() || m.Provider.Identifier) && r.isTestFile(expr.Pos()) {
		// In tests, a high-entropy value beside a key name is a fixture
		// (an expected value, a fake credential), and so is a key id
		// without its secret; provider-format secrets there are leaked
		// keys.
		return true
	}
	if m.Provider.NeedsContext && r.testVectorFile(expr.Pos()) {
		// A bare format (64 hex) in a test that feeds a signer, a
		// validator or a mock server is a test vector.
		return true
	}
	if r.publicClientSecret(top, names, m) {
		return true
	}
	env := keys.EnvVarFor(m, names)
	if fe := fallbackEnv(envs); fe != "" {
		env = fe // the variable the code already reads
	}
	msg := fmt.Sprintf("%s %s (%d chars) in source; read it from the environment: os.Getenv(%q)",
		m.Label(), redactPrefix(m.Key), len(m.Key), env)
	f := finding{cat: HardcodedKey, rng: expr, msg: msg}
	if fbKind != notFallback {
		if fix, ok := r.fallbackFix(top, fbKind, env); ok {
			f.fixes = []analysis.SuggestedFix{fix}
		}
	} else if fix, ok := r.getenvFix(top, val[:m.Start], env); ok {
		f.fixes = []analysis.SuggestedFix{fix}
	}
	r.report(f)
	return true
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
	if r.tests == nil {
		// The package's test files by extent, found once per run: the
		// file set is shared by every package and locks on each lookup.
		r.tests = []fileSpan{}
		for _, f := range r.pass.Files {
			if tf := r.pass.Fset.File(f.FileStart); tf != nil && strings.HasSuffix(tf.Name(), "_test.go") {
				r.tests = append(r.tests, fileSpan{f.FileStart, f.FileEnd})
			}
		}
	}
	for _, s := range r.tests {
		if s.start <= pos && pos <= s.end {
			return true
		}
	}
	return false
}

// fileSpan is a file's extent in the file set.
type fileSpan struct{ start, end token.Pos }

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

// A fallback is a literal that stands in for an environment read: returned
// beside returns of the read, assigned to a variable that also receives it
// (`if k == "" { k = "…" }`, or a default the environment overrides), or an
// argument of cmp.Or beside it. The environment variable names the value,
// so `return "…"` after `if k := os.Getenv("WAVESPEED_API_KEY"); k != ""
// { return k }` is a key whatever the function is called.
type fallbackKind int

const (
	notFallback fallbackKind = iota
	fallbackReturn
	fallbackAssign
	fallbackOr
)

// fallbacks finds the environment reads literals stand in for.
type fallbacks struct {
	r *run
	// vars maps variables to the environment variable they receive, directly
	// (`k := os.Getenv(…)`) or through one variable (`key = v`); built on
	// first use.
	vars map[types.Object]string
}

// envOf returns the environment variable e's value comes from: an
// environment read, or a variable that receives one (through conversions
// and strings.Trim*).
func (f *fallbacks) envOf(e ast.Expr, vars map[types.Object]string) (string, bool) {
	e = f.r.unwrapTrim(e)
	if call, ok := e.(*ast.CallExpr); ok {
		return f.r.isEnvRead(call)
	}
	if obj := f.r.objOf(e); obj != nil {
		env, ok := vars[obj]
		return env, ok
	}
	return "", false
}

// unwrapTrim strips parentheses, conversions and strings.Trim* calls.
func (r *run) unwrapTrim(e ast.Expr) ast.Expr {
	for {
		e = ast.Unparen(e)
		call, ok := e.(*ast.CallExpr)
		if !ok || len(call.Args) < 1 {
			return e
		}
		if tv, ok := r.pass.TypesInfo.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
			e = call.Args[0]
			continue
		}
		fn, _ := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func)
		if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "strings" || !strings.HasPrefix(fn.Name(), "Trim") {
			return e
		}
		e = call.Args[0]
	}
}

func (f *fallbacks) envVars() map[types.Object]string {
	if f.vars != nil {
		return f.vars
	}
	direct := f.r.envAssignments().byObj
	vars := make(map[types.Object]string, len(direct))
	for obj, env := range direct {
		vars[obj] = env
	}
	f.r.insp.Preorder([]ast.Node{(*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)}, func(n ast.Node) {
		for lhs, rhs := range assignments(n) {
			obj := f.r.objOf(lhs)
			if obj == nil {
				continue
			}
			if _, ok := vars[obj]; ok {
				continue
			}
			if src := f.r.objOf(f.r.unwrapTrim(rhs)); src != nil {
				if env, ok := direct[src]; ok {
					vars[obj] = env
				}
			}
		}
	})
	f.vars = vars
	return vars
}

// envs returns the environment variables the constant expression at top is
// a fallback for, and how.
func (f *fallbacks) envs(top inspector.Cursor) ([]string, fallbackKind) {
	expr := top.Node().(ast.Expr)
	var envs []string
	switch p := top.Parent().Node().(type) {
	case *ast.ReturnStmt:
		i := slices.Index(p.Results, expr)
		if i < 0 {
			return nil, notFallback
		}
		var body *ast.BlockStmt
		for fc := range top.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
			switch fn := fc.Node().(type) {
			case *ast.FuncDecl:
				body = fn.Body
			case *ast.FuncLit:
				body = fn.Body
			}
			break
		}
		if body == nil {
			return nil, notFallback
		}
		vars := f.envVars()
		ast.Inspect(body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false // another function's returns
			case *ast.ReturnStmt:
				if n != p && len(n.Results) == len(p.Results) {
					if env, ok := f.envOf(n.Results[i], vars); ok {
						envs = append(envs, env)
					}
				}
			}
			return true
		})
		if len(envs) > 0 {
			return envs, fallbackReturn
		}
	case *ast.AssignStmt, *ast.ValueSpec:
		vars := f.envVars()
		for lhs, rhs := range assignments(p) {
			if rhs != expr {
				continue
			}
			if obj := f.r.objOf(lhs); obj != nil {
				if env, ok := vars[obj]; ok {
					return []string{env}, fallbackAssign
				}
			}
		}
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(f.r.pass.TypesInfo, p).(*types.Func)
		if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "cmp" || fn.Name() != "Or" || !slices.Contains(p.Args, expr) {
			return nil, notFallback
		}
		vars := f.envVars()
		for _, a := range p.Args {
			if env, ok := f.envOf(a, vars); ok {
				envs = append(envs, env)
			}
		}
		if len(envs) > 0 {
			return envs, fallbackOr
		}
	}
	return nil, notFallback
}

// fallbackEnv picks the environment variable to name in the message: the
// first that says key.
func fallbackEnv(envs []string) string {
	for _, e := range envs {
		if keys.NameKindOf(e) != keys.NotKey {
			return e
		}
	}
	return ""
}

// fallbackFix drops a fallback literal: the key already comes from the
// environment. `if k == "" { k = "…" }` goes as a whole; elsewhere (a
// return, a default, a cmp.Or argument) the literal becomes "".
func (r *run) fallbackFix(top inspector.Cursor, kind fallbackKind, env string) (analysis.SuggestedFix, bool) {
	expr := top.Node().(ast.Expr)
	msg := "drop the hardcoded fallback"
	if env != "" {
		msg += fmt.Sprintf("; the key comes from os.Getenv(%q)", env)
	}
	if kind == fallbackAssign {
		if pos, end, ok := r.fallbackIf(top); ok {
			return analysis.SuggestedFix{Message: msg, TextEdits: []analysis.TextEdit{{Pos: pos, End: end}}}, true
		}
	}
	if r.pass.TypesInfo.TypeOf(expr) == nil {
		return analysis.SuggestedFix{}, false
	}
	return analysis.SuggestedFix{
		Message:   msg,
		TextEdits: []analysis.TextEdit{{Pos: expr.Pos(), End: expr.End(), NewText: []byte(`""`)}},
	}, true
}

// fallbackIf returns the lines to delete for the assignment at top inside
// `if k == "" { … }` (no init, no else): the whole if when the assignment
// is all it holds, else the assignment's line.
func (r *run) fallbackIf(top inspector.Cursor) (pos, end token.Pos, ok bool) {
	as, isAssign := top.Parent().Node().(*ast.AssignStmt)
	if !isAssign || as.Tok != token.ASSIGN || len(as.Lhs) != 1 {
		return 0, 0, false
	}
	block, isBlock := top.Parent().Parent().Node().(*ast.BlockStmt)
	if !isBlock {
		return 0, 0, false
	}
	ifs, isIf := top.Parent().Parent().Parent().Node().(*ast.IfStmt)
	if !isIf || ifs.Body != block || ifs.Init != nil || ifs.Else != nil {
		return 0, 0, false
	}
	cond, isBin := ast.Unparen(ifs.Cond).(*ast.BinaryExpr)
	if !isBin || cond.Op != token.EQL {
		return 0, 0, false
	}
	target := r.objOf(as.Lhs[0])
	x, y := cond.X, cond.Y
	if s, ok := r.constString(x); ok && s == "" {
		x, y = y, x
	}
	if s, ok := r.constString(y); !ok || s != "" || target == nil || r.objOf(x) != target {
		return 0, 0, false
	}
	if len(block.List) == 1 {
		return r.wholeLines(ifs)
	}
	return r.wholeLines(as)
}

// wholeLines returns n's lines, through the newline after it and with a
// trailing line comment, when no other code shares them.
func (r *run) wholeLines(n ast.Node) (pos, end token.Pos, ok bool) {
	tf := r.pass.Fset.File(n.Pos())
	src, err := r.pass.ReadFile(tf.Name())
	if err != nil || tf.Size() != len(src) {
		return 0, 0, false
	}
	start, stop := tf.Offset(n.Pos()), tf.Offset(n.End())
	for start > 0 && (src[start-1] == ' ' || src[start-1] == '\t') {
		start--
	}
	for stop < len(src) && (src[stop] == ' ' || src[stop] == '\t' || src[stop] == '\r') {
		stop++
	}
	if bytes.HasPrefix(src[stop:], []byte("//")) {
		// A line comment about the statement goes with it.
		if i := bytes.IndexByte(src[stop:], '\n'); i >= 0 {
			stop += i
		} else {
			stop = len(src)
		}
	}
	if start > 0 && src[start-1] != '\n' || stop < len(src) && src[stop] != '\n' {
		return 0, 0, false
	}
	if stop < len(src) {
		stop++
	}
	return tf.Pos(start), tf.Pos(stop), true
}

// hardcodedURL reports a key in the query of a URL literal
// ("https://oapi.example.com/robot/send?access_token=<key>", "…?key=AIza…"):
// the parameter's name is the key context, and the value must pass the key
// model like any literal. The names around the literal play no part: a
// key-named variable holding a URL says nothing about its parameters, and a
// token in a checksum file's URL is still a token.
func (r *run) hardcodedURL(top inspector.Cursor, val string) {
	q := strings.IndexByte(val, '?')
	if q < 0 || len(val)-q < 17 || !strings.Contains(val[q:], "=") ||
		!strings.Contains(val[:q], "://") && !strings.HasPrefix(val, "/") ||
		strings.ContainsAny(val, " \t\r\n") {
		return
	}
	u, err := url.Parse(val)
	if err != nil {
		return
	}
	for part := range strings.SplitSeq(u.RawQuery, "&") {
		k, v, _ := strings.Cut(part, "=")
		name := urlKeyParam(k)
		if name == "" || len(v) < 16 {
			continue
		}
		if v, err = url.QueryUnescape(v); err != nil || !keys.MaybeKey(v) {
			continue
		}
		m, ok := keys.Classify(v, keys.Context{Names: []string{name}})
		if !ok || m.Start != 0 {
			continue
		}
		if m.Provider.NeedsContext && !mentionsAny(u.Host+" "+k, m.Provider.ContextWords) {
			// A bare format (WaveSpeed's 64 hex) under access_token= of
			// another host is that host's token.
			m.Provider = keys.Provider{ID: "generic"}
		}
		expr := top.Node().(ast.Expr)
		if (m.Generic() || m.Provider.Identifier) && r.isTestFile(expr.Pos()) {
			return // a fixture, as for bare literals
		}
		env := keys.EnvVarFor(m, []string{name})
		r.report(finding{cat: HardcodedKey, rng: expr, msg: fmt.Sprintf(
			"%s %s (%d chars) in source, in the %s parameter of a URL; read it from the environment: os.Getenv(%q)",
			m.Label(), redactPrefix(m.Key), len(m.Key), k, env)})
		return // one finding per literal
	}
}

// urlKeyParam returns the key context a URL query parameter's name gives:
// the name itself when it says key, token or secret (access_token, api_key,
// apikey, token, client_secret), "api_key" for the bare names APIs use for
// keys (key, auth, private_token), or "".
func urlKeyParam(k string) string {
	if keys.NameKindOf(k) != keys.NotKey {
		return k
	}
	switch strings.ToLower(k) {
	case "key", "auth", "private_token", "private-token":
		return "api_key"
	}
	return ""
}

// mentionsAny reports whether s, lowercased, contains one of words.
func mentionsAny(s string, words []string) bool {
	s = strings.ToLower(s)
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
