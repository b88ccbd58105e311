package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"iter"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/apikeylint/apikeylint/analyzer/keys"
)

// This file is the run-time half of the key model: which expressions hold
// key values. The literal half (which strings are keys) is package keys.

// keyValue describes an expression that holds an API key at run time.
type keyValue struct {
	// Kind is keys.Key for a raw key, keys.Token for a token that may
	// already carry its scheme.
	Kind keys.NameKind
	// Desc says where the key comes from, for messages: `WAVESPEED_API_KEY`,
	// `apiKey`, `a WaveSpeed API key literal`.
	Desc string
	// WaveSpeed is true when the key is WaveSpeed's (by env var, name or
	// literal).
	WaveSpeed bool
	// Literal is set when the value is a key literal.
	Literal *keys.Match
	// EnvVar is the environment variable the key was read from, if any.
	EnvVar string
}

// envReads maps variables to the environment variable they were assigned
// from (`k := os.Getenv("WAVESPEED_API_KEY")`).
type envReads struct {
	byObj map[types.Object]string
}

// isEnvRead reports whether call reads an environment variable with a
// sanctioned function, and returns the variable name when constant.
func (r *run) isEnvRead(call *ast.CallExpr) (name string, ok bool) {
	fn, _ := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return "", false
	}
	switch name, path := fn.Name(), fn.Pkg().Path(); {
	case name == "Getenv" && (path == "os" || path == "syscall"), name == "LookupEnv" && path == "os":
	default:
		return "", false
	}
	if len(call.Args) != 1 {
		return "", false
	}
	return r.constString(call.Args[0])
}

// constString returns e's constant string value. It looks e up in
// TypesInfo.Types, the package's biggest map, only when e has the shape of
// a constant (the layer asks of most expressions, few of which are).
func (r *run) constString(e ast.Expr) (string, bool) {
	switch x := e.(type) {
	case *ast.BasicLit:
		if x.Kind != token.STRING {
			return "", false
		}
	case *ast.Ident, *ast.SelectorExpr:
		c, ok := r.namedConst(x)
		if !ok || c.Val().Kind() != constant.String {
			return "", false
		}
		return constant.StringVal(c.Val()), true
	case *ast.BinaryExpr:
		if x.Op != token.ADD {
			return "", false
		}
	case *ast.CallExpr:
		if !r.maybeConst(x) {
			return "", false
		}
	case *ast.ParenExpr:
	default:
		return "", false
	}
	tv, ok := r.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// candidate is keys.Candidate, once per string and run: the key-literal
// checks of several checks ask it of the same literals.
func (r *run) candidate(s string) bool {
	if !keys.MaybeKey(s) {
		return false
	}
	c, ok := r.candidates[s]
	if !ok {
		if r.candidates == nil {
			r.candidates = map[string]bool{}
		}
		c = keys.Candidate(s)
		r.candidates[s] = c
	}
	return c
}

// namedConst returns the constant an identifier or a qualified
// identifier (pkg.Name) names, if it names one.
func (r *run) namedConst(e ast.Expr) (*types.Const, bool) {
	id, ok := e.(*ast.Ident)
	if sel, isSel := e.(*ast.SelectorExpr); isSel {
		id, ok = sel.Sel, true
	}
	if !ok {
		return nil, false
	}
	c, ok := r.pass.TypesInfo.Uses[id].(*types.Const)
	return c, ok
}

// maybeConst reports whether e, a call's argument, may be a constant
// expression: a literal, a named constant, an operation, or a conversion
// (or min or max) of one. It looks up identifiers only, in
// TypesInfo.Uses, and takes any operation for one: the question is asked
// at every level of long constant concatenations (constTop), and must not
// walk them each time.
func (r *run) maybeConst(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.BinaryExpr, *ast.UnaryExpr:
		return true
	case *ast.BasicLit:
		return true
	case *ast.Ident, *ast.SelectorExpr:
		_, ok := r.namedConst(x)
		return ok
	case *ast.ParenExpr:
		return r.maybeConst(x.X)
	case *ast.CallExpr:
		if id, ok := ast.Unparen(x.Fun).(*ast.Ident); ok && (id.Name == "min" || id.Name == "max") {
			for _, a := range x.Args {
				if !r.maybeConst(a) {
					return false
				}
			}
			return len(x.Args) > 0
		}
		return len(x.Args) == 1 && r.maybeConst(x.Args[0]) // a conversion
	}
	return false
}

// envAssignments finds, once per package, variables assigned from
// environment reads.
func (r *run) envAssignments() *envReads {
	if r.env != nil {
		return r.env
	}
	e := &envReads{byObj: map[types.Object]string{}}
	record := func(lhs ast.Expr, rhs ast.Expr) {
		call, ok := ast.Unparen(rhs).(*ast.CallExpr)
		if !ok {
			return
		}
		name, ok := r.isEnvRead(call)
		if !ok {
			return
		}
		if obj := r.objOf(lhs); obj != nil {
			e.byObj[obj] = name
		}
	}
	r.insp.Preorder([]ast.Node{(*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)}, func(n ast.Node) {
		for lhs, rhs := range assignments(n) {
			record(lhs, rhs)
		}
	})
	r.env = e
	return e
}

// assignments yields the (target, value) pairs of an assignment or a var
// declaration: one to one when the counts match, else the first target with
// the one value of a multi-value call (k, ok := os.LookupEnv(…)). Other
// nodes yield nothing.
func assignments(n ast.Node) iter.Seq2[ast.Expr, ast.Expr] {
	var lhs, rhs []ast.Expr
	switch n := n.(type) {
	case *ast.AssignStmt:
		lhs, rhs = n.Lhs, n.Rhs
	case *ast.ValueSpec:
		for _, id := range n.Names {
			lhs = append(lhs, id)
		}
		rhs = n.Values
	}
	return func(yield func(ast.Expr, ast.Expr) bool) {
		switch {
		case len(lhs) == len(rhs):
			for i := range lhs {
				if !yield(lhs[i], rhs[i]) {
					return
				}
			}
		case len(rhs) == 1 && len(lhs) > 0:
			yield(lhs[0], rhs[0])
		}
	}
}

// objOf returns the variable or field an lvalue or rvalue names.
func (r *run) objOf(e ast.Expr) types.Object {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return r.pass.TypesInfo.ObjectOf(e)
	case *ast.SelectorExpr:
		return r.pass.TypesInfo.ObjectOf(e.Sel)
	}
	return nil
}

// nameOf returns the name an expression is known by: an identifier, a
// field, a method or function called, an index key.
func (r *run) nameOf(e ast.Expr) string { return nameOfExpr(e, r.constString) }

// nameOfExpr is nameOf with constants evaluated by constString, so that
// the typed and the syntax-only paths name expressions alike.
func nameOfExpr(e ast.Expr, constString func(ast.Expr) (string, bool)) string {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		return e.Sel.Name
	case *ast.IndexExpr:
		if s, ok := constString(e.Index); ok {
			return s
		}
		return nameOfExpr(e.X, constString)
	case *ast.CallExpr:
		return nameOfExpr(e.Fun, constString)
	case *ast.StarExpr:
		return nameOfExpr(e.X, constString)
	}
	return ""
}

// keyValueOf reports whether e holds an API key: a read of a key-named
// environment variable, a key-named variable, field or parameter, a
// variable assigned from such a read, or a key literal.
func (r *run) keyValueOf(e ast.Expr) (keyValue, bool) {
	e = ast.Unparen(e)
	// *apiKey, where apiKey is a *string (a flag.String result).
	if star, ok := e.(*ast.StarExpr); ok {
		e = ast.Unparen(star.X)
	}
	// Conversions and trimming keep the key.
	if call, ok := e.(*ast.CallExpr); ok {
		if name, ok := r.isEnvRead(call); ok {
			if k := keys.NameKindOf(name); k != keys.NotKey {
				return keyValue{Kind: k, Desc: name, WaveSpeed: keys.IsWaveSpeedName(name), EnvVar: name}, true
			}
			return keyValue{}, false
		}
		if tv, ok := r.pass.TypesInfo.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
			return r.keyValueOf(call.Args[0])
		}
		if fn, _ := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func); fn != nil && fn.Pkg() != nil &&
			fn.Pkg().Path() == "strings" && strings.HasPrefix(fn.Name(), "Trim") && len(call.Args) >= 1 {
			return r.keyValueOf(call.Args[0])
		}
	}
	if s, ok := r.constString(e); ok {
		if !r.candidate(s) {
			return keyValue{}, false
		}
		if m, ok := keys.Classify(s, r.keyContext([]string{r.nameOf(e)}, false, e.Pos())); ok && m.Start == 0 {
			return keyValue{Kind: keys.Key, Desc: m.Label() + " literal", WaveSpeed: strings.HasPrefix(m.Provider.ID, "wavespeed"), Literal: &m}, true
		}
		return keyValue{}, false
	}
	obj := r.objOf(e)
	if obj == nil {
		return keyValue{}, false
	}
	if _, isVar := obj.(*types.Var); !isVar {
		return keyValue{}, false
	}
	if !isStringish(obj.Type()) {
		return keyValue{}, false
	}
	if env, ok := r.envAssignments().byObj[obj]; ok {
		if k := keys.NameKindOf(env); k != keys.NotKey {
			return keyValue{Kind: k, Desc: env, WaveSpeed: keys.IsWaveSpeedName(env), EnvVar: env}, true
		}
	}
	if k := keys.NameKindOf(obj.Name()); k != keys.NotKey {
		return keyValue{Kind: k, Desc: obj.Name(), WaveSpeed: keys.IsWaveSpeedName(obj.Name())}, true
	}
	return keyValue{}, false
}

// isStringish reports whether t is a string or []byte (possibly named).
func isStringish(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	}
	return false
}

// contextNames collects the names around the expression at the top of the
// cursor: the variable, field, map key or parameter it is assigned or passed
// to, the function it is returned from, sibling constant arguments (a header
// or env var name), and the env var a fallback belongs to.
func (r *run) contextNames(cur inspector.Cursor) (names []string, header bool) {
	return r.contextNamesVia(typedOracle{r}, cur, true)
}

// contextNamesVia is contextNames with names and constants read through o,
// so that type-checked and syntax-only (ignored) files share one walk. With
// full set it adds what needs types or is not needed for the frontend
// check's typed/syntax parity: env vars assigned to the names, parameter
// names, composite literal types, env reads among sibling arguments and
// named results.
func (r *run) contextNamesVia(o oracle, cur inspector.Cursor, full bool) (names []string, header bool) {
	add := func(s string) {
		if s != "" {
			names = append(names, s)
		}
	}
	addEnv := func(call ast.Expr) {
		if call, ok := ast.Unparen(call).(*ast.CallExpr); ok {
			if env, ok := o.envRead(call); ok {
				add(env)
			}
		}
	}
	child := cur.Node()
	for p := range cur.Enclosing() {
		if p == cur {
			continue
		}
		n := p.Node()
		switch n := n.(type) {
		case *ast.ParenExpr, *ast.CompositeLit, *ast.StarExpr, *ast.UnaryExpr:
			// look further up
		case *ast.BinaryExpr:
			// "Bearer " + k, a == "…": the other operand names it.
			other := n.X
			if other == child {
				other = n.Y
			}
			add(o.nameOf(other))
			addEnv(other)
		case *ast.KeyValueExpr:
			if child == n.Value {
				if s, ok := o.constString(n.Key); ok {
					add(s)
					header = header || isAuthHeaderName(s)
				} else {
					add(o.nameOf(n.Key))
				}
			}
			if cl, ok := p.Parent().Node().(*ast.CompositeLit); ok && full {
				add(typeName(r.pass.TypesInfo.TypeOf(cl)))
			}
			return names, header
		case *ast.ValueSpec:
			for _, id := range n.Names {
				add(id.Name)
				if env, ok := r.envAssignments().byObj[r.pass.TypesInfo.ObjectOf(id)]; ok && full {
					add(env)
				}
			}
			return names, header
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				add(o.nameOf(l))
				if !full {
					continue
				}
				if env, ok := r.envAssignments().byObj[r.objOf(l)]; ok {
					add(env)
				}
			}
			return names, header
		case *ast.CallExpr:
			if child == n.Fun {
				return names, header
			}
			if o.isConversion(n) {
				break // look further up
			}
			add(o.nameOf(n.Fun))
			if sig, ok := r.pass.TypesInfo.TypeOf(n.Fun).(*types.Signature); ok && full {
				for i, a := range n.Args {
					if a == child && i < sig.Params().Len() {
						add(sig.Params().At(i).Name())
					}
				}
			}
			for _, a := range n.Args {
				if a == child {
					continue
				}
				if s, ok := o.constString(a); ok && len(s) < 64 {
					add(s)
					header = header || isAuthHeaderName(s)
				}
				if full {
					addEnv(a)
				}
			}
			return names, header
		case *ast.ReturnStmt:
			for q := range p.Enclosing((*ast.FuncDecl)(nil)) {
				fd := q.Node().(*ast.FuncDecl)
				add(fd.Name.Name)
				if fd.Type.Results != nil && full {
					for _, f := range fd.Type.Results.List {
						for _, id := range f.Names {
							add(id.Name)
						}
					}
				}
				break
			}
			return names, header
		default:
			return names, header
		}
		child = n
	}
	return names, header
}

// typeName returns the name of a named type (or pointer to one).
func typeName(t types.Type) string {
	if t == nil {
		return ""
	}
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := t.(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}

// isAuthHeaderName reports whether s names a header that carries a key.
func isAuthHeaderName(s string) bool {
	switch strings.ToLower(s) {
	case "authorization", "proxy-authorization", "x-api-key", "api-key", "x-api-token", "x-auth-token", "apikey":
		return true
	}
	return false
}
