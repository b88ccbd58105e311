package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// The value-flow layer's second question: what text does a value start
// with? textFlow evaluates an expression into segments — known text and
// holes (expressions whose text is unknown) — through constants, +,
// fmt.Sprintf, strings.Join, strings.Builder and bytes.Buffer, locals and
// fields assigned once. The scheme checks read the leading text (lead).

// textFlow answers "what text does this value start with" for one package.
type textFlow struct {
	r *run
	// asg indexes assignments, built on first use.
	asg *bearerAssigns
	// calls indexes this package's calls by callee, built on first use.
	calls map[*types.Func][]*ast.CallExpr
}

// argLeads returns the leading text of each argument this package's
// calls pass for parameter i of fn: what a function's callers put before
// the value it is given.
func (tf *textFlow) argLeads(fn *types.Func, i int) []lead {
	if tf.calls == nil {
		tf.calls = map[*types.Func][]*ast.CallExpr{}
		for c := range tf.r.insp.Root().Preorder((*ast.CallExpr)(nil)) {
			call := c.Node().(*ast.CallExpr)
			if f, ok := typeutil.Callee(tf.r.pass.TypesInfo, call).(*types.Func); ok && f.Pkg() == tf.r.pass.Pkg {
				tf.calls[f] = append(tf.calls[f], call)
			}
		}
	}
	var out []lead
	for _, call := range tf.calls[fn] {
		if i < len(call.Args) {
			out = append(out, leadOf(tf.flatten(call.Args[i], 0, false, nil)))
		}
	}
	return out
}

// seg is one piece of a value: known text or a hole (an expression whose
// text is unknown).
type seg struct {
	text string
	hole bool
	// exprs are the expressions a hole was reached through, innermost
	// first (the env read, then the variable it was assigned to).
	exprs []ast.Expr
	// lit is the string literal the text comes from, reached without
	// going through a constant, field or package variable; off is the
	// text's offset in lit's value. Fixes edit lit.
	lit *ast.BasicLit
	off int
	// bin is the + expression whose X or Y is lit, so that a literal that
	// becomes empty can be dropped with its operator.
	bin *ast.BinaryExpr
}

// flatten evaluates e into segments, as far as its text is known.
func (tf *textFlow) flatten(e ast.Expr, depth int, direct bool, seen map[types.Object]bool) []seg {
	r := tf.r
	e = ast.Unparen(e)
	if depth > bearerMaxDepth {
		return []seg{{hole: true, exprs: []ast.Expr{e}}}
	}
	switch e := e.(type) {
	case *ast.BinaryExpr:
		if e.Op == token.ADD && isStringType(r.pass.TypesInfo.TypeOf(e)) {
			x := tf.flatten(e.X, depth+1, direct, seen)
			y := tf.flatten(e.Y, depth+1, direct, seen)
			markBin(x, e.X, e)
			markBin(y, e.Y, e)
			return append(x, y...)
		}
	case *ast.BasicLit:
		if s, ok := r.constString(e); ok {
			sg := seg{text: s}
			if direct {
				sg.lit = e
			}
			return []seg{sg}
		}
	case *ast.CallExpr:
		if out, ok := tf.flattenCall(e, depth, direct, seen); ok {
			return out
		}
	case *ast.Ident, *ast.SelectorExpr:
		if s, ok := r.constString(e); ok {
			return []seg{{text: s}}
		}
		if out, ok := tf.follow(e, depth, direct, seen); ok {
			if len(out) > 0 && out[0].hole {
				out[0].exprs = append(out[0].exprs, e)
			}
			return out
		}
	}
	if s, ok := r.constString(e); ok {
		return []seg{{text: s}}
	}
	return []seg{{hole: true, exprs: []ast.Expr{e}}}
}

// markBin records that a literal segment is an operand of bin.
func markBin(segs []seg, operand ast.Expr, bin *ast.BinaryExpr) {
	if len(segs) == 1 && segs[0].lit != nil && ast.Unparen(operand) == segs[0].lit {
		segs[0].bin = bin
	}
}

func isStringType(t types.Type) bool {
	if t == nil {
		return false
	}
	bt, ok := t.Underlying().(*types.Basic)
	return ok && bt.Info()&types.IsString != 0
}

// flattenCall evaluates conversions, fmt.Sprint*, strings.Join and
// strings.Builder.String.
func (tf *textFlow) flattenCall(call *ast.CallExpr, depth int, direct bool, seen map[types.Object]bool) ([]seg, bool) {
	r := tf.r
	if tv, ok := r.pass.TypesInfo.Types[call.Fun]; ok && tv.IsType() {
		if len(call.Args) == 1 && isStringType(tv.Type) && isStringish(r.pass.TypesInfo.TypeOf(call.Args[0])) {
			return tf.flatten(call.Args[0], depth+1, direct, seen), true
		}
		return nil, false
	}
	fn, _ := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return nil, false
	}
	switch fn.Pkg().Path() + "." + recvTypeName(fn) + "." + fn.Name() {
	case "fmt..Sprintf":
		if len(call.Args) == 0 || call.Ellipsis.IsValid() {
			return nil, false
		}
		return tf.flattenFormat(call.Args[0], call.Args[1:], depth, direct, seen)
	case "fmt..Sprint", "fmt..Sprintln":
		if call.Ellipsis.IsValid() {
			return nil, false
		}
		ln := fn.Name() == "Sprintln"
		var out []seg
		for i, a := range call.Args {
			if !isStringType(r.pass.TypesInfo.TypeOf(a)) {
				return append(out, seg{hole: true, exprs: []ast.Expr{a}}), true
			}
			if i > 0 && ln {
				out = append(out, seg{text: " "})
			}
			out = append(out, tf.flatten(a, depth+1, direct, seen)...)
		}
		if ln {
			out = append(out, seg{text: "\n"})
		}
		return out, true
	case "strings..Join":
		if len(call.Args) != 2 {
			return nil, false
		}
		cl, ok := ast.Unparen(call.Args[0]).(*ast.CompositeLit)
		if !ok {
			return nil, false
		}
		sep := tf.flatten(call.Args[1], depth+1, direct, seen)
		var out []seg
		for i, el := range cl.Elts {
			if i > 0 {
				out = append(out, sep...)
			}
			out = append(out, tf.flatten(el, depth+1, direct, seen)...)
		}
		return out, true
	case "strings.Builder.String", "bytes.Buffer.String":
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok {
			return nil, false
		}
		return tf.flattenBuilder(sel.X, call, depth, direct, seen)
	}
	return nil, false
}

// flattenFormat evaluates a Sprintf format with its arguments.
func (tf *textFlow) flattenFormat(format ast.Expr, args []ast.Expr, depth int, direct bool, seen map[types.Object]bool) ([]seg, bool) {
	r := tf.r
	f, ok := r.constString(format)
	if !ok {
		return nil, false
	}
	lit, _ := ast.Unparen(format).(*ast.BasicLit)
	if !direct {
		lit = nil
	}
	var out []seg
	text := func(from, to int) {
		if to > from {
			out = append(out, seg{text: f[from:to], lit: lit, off: from})
		}
	}
	start, argi := 0, 0
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			continue
		}
		text(start, i)
		if i+1 < len(f) && f[i+1] == '%' {
			out = append(out, seg{text: "%"})
			i++
			start = i + 1
			continue
		}
		j := i + 1
		for j < len(f) && strings.IndexByte("+-# 0123456789.*", f[j]) >= 0 {
			j++
		}
		if j >= len(f) || f[j] == '[' || argi >= len(args) || strings.Contains(f[i:j], "*") {
			return append(out, seg{hole: true}), true
		}
		a := args[argi]
		argi++
		if (f[j] == 's' || f[j] == 'v') && j == i+1 && isStringType(r.pass.TypesInfo.TypeOf(a)) {
			out = append(out, tf.flatten(a, depth+1, direct, seen)...)
		} else {
			out = append(out, seg{hole: true, exprs: []ast.Expr{a}})
		}
		i = j
		start = j + 1
	}
	text(start, len(f))
	return out, true
}

// flattenBuilder evaluates a strings.Builder (or bytes.Buffer) local
// variable from its writes in the same block before the String call.
func (tf *textFlow) flattenBuilder(x ast.Expr, at *ast.CallExpr, depth int, direct bool, seen map[types.Object]bool) ([]seg, bool) {
	r := tf.r
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return nil, false
	}
	obj, ok := r.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if !ok || obj.Parent() == nil || obj.Parent() == r.pass.Pkg.Scope() {
		return nil, false
	}
	body := tf.enclosingBody(obj.Pos())
	if body == nil {
		return nil, false
	}
	var out []seg
	stop := false
	ast.Inspect(body, func(n ast.Node) bool {
		if stop || n == nil {
			return false
		}
		if n.Pos() <= at.Pos() && at.End() <= n.End() {
			return true // the statement holding the String call
		}
		if n.Pos() >= at.Pos() {
			stop = true
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit, *ast.ForStmt, *ast.RangeStmt, *ast.IfStmt, *ast.SwitchStmt, *ast.SelectStmt, *ast.TypeSwitchStmt:
			if mentions(r.pass.TypesInfo, n, obj) {
				out = append(out, seg{hole: true})
				stop = true
			}
			return false
		case *ast.CallExpr:
			if !mentions(r.pass.TypesInfo, n, obj) {
				return true
			}
			fn, _ := typeutil.Callee(r.pass.TypesInfo, n).(*types.Func)
			if fn == nil {
				out = append(out, seg{hole: true})
				stop = true
				return false
			}
			if sel, ok := n.Fun.(*ast.SelectorExpr); ok && r.pass.TypesInfo.ObjectOf(identOf(sel.X)) == obj {
				switch fn.Name() {
				case "WriteString":
					out = append(out, tf.flatten(n.Args[0], depth+1, direct, seen)...)
					return false
				case "WriteByte", "WriteRune":
					if tv, ok := r.pass.TypesInfo.Types[n.Args[0]]; ok && tv.Value != nil {
						if v, ok := constantRune(tv); ok {
							out = append(out, seg{text: string(v)})
							return false
						}
					}
				case "Grow", "Len", "Cap":
					return false
				}
			}
			if fn.Pkg() != nil && fn.Pkg().Path() == "fmt" && len(n.Args) > 1 && fn.Name() == "Fprintf" && !n.Ellipsis.IsValid() {
				if u, ok := ast.Unparen(n.Args[0]).(*ast.UnaryExpr); ok && u.Op == token.AND && r.pass.TypesInfo.ObjectOf(identOf(u.X)) == obj {
					if segs, ok := tf.flattenFormat(n.Args[1], n.Args[2:], depth, direct, seen); ok {
						out = append(out, segs...)
						return false
					}
				}
			}
			out = append(out, seg{hole: true})
			stop = true
			return false
		}
		return true
	})
	if len(out) == 0 {
		return nil, false
	}
	return out, true
}

func identOf(e ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(e).(*ast.Ident)
	if id == nil {
		return &ast.Ident{}
	}
	return id
}

// constantRune returns tv's constant integer value as a rune, if it is an
// integer that fits in one.
func constantRune(tv types.TypeAndValue) (rune, bool) {
	s := tv.Value.ExactString()
	v, err := strconv.ParseInt(s, 10, 32)
	return rune(v), err == nil
}

// mentions reports whether n uses obj.
func mentions(info *types.Info, n ast.Node, obj types.Object) bool {
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if found {
			return false
		}
		if id, ok := m.(*ast.Ident); ok && info.Uses[id] == obj {
			found = true
		}
		return true
	})
	return found
}

// enclosingBody returns the body of the function declaring pos.
func (tf *textFlow) enclosingBody(pos token.Pos) *ast.BlockStmt {
	f := tf.r.fileOf(pos)
	if f == nil {
		return nil
	}
	var body *ast.BlockStmt
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil || pos < n.Pos() || pos >= n.End() {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncDecl:
			body = n.Body
		case *ast.FuncLit:
			body = n.Body
		}
		return true
	})
	return body
}

// ---- assignments ----

// bearerAssigns indexes what each variable and field is assigned in the
// package.
type bearerAssigns struct {
	vals         map[types.Object][]ast.Expr
	bad          map[types.Object]bool // written in ways we do not follow
	decl         map[types.Object]bool // declared by := or var (a local or package variable)
	appends      map[types.Object][]*ast.AssignStmt
	parent       map[types.Object]ast.Node    // the block of the declaration
	assignParent map[*ast.AssignStmt]ast.Node // the parent of each += assignment
}

func (tf *textFlow) assigns() *bearerAssigns {
	if tf.asg != nil {
		return tf.asg
	}
	r := tf.r
	a := &bearerAssigns{
		vals: map[types.Object][]ast.Expr{}, bad: map[types.Object]bool{}, decl: map[types.Object]bool{},
		appends: map[types.Object][]*ast.AssignStmt{}, parent: map[types.Object]ast.Node{}, assignParent: map[*ast.AssignStmt]ast.Node{},
	}
	info := r.pass.TypesInfo
	// follow reads text variables and fields only.
	text := func(obj types.Object) types.Object {
		if obj == nil || !isStringType(obj.Type()) {
			return nil
		}
		return obj
	}
	nodes := []ast.Node{(*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.UnaryExpr)(nil), (*ast.RangeStmt)(nil), (*ast.CompositeLit)(nil)}
	for cur := range r.insp.Root().Preorder(nodes...) {
		switch n := cur.Node().(type) {
		case *ast.AssignStmt:
			switch {
			case n.Tok == token.ADD_ASSIGN && len(n.Lhs) == 1:
				if obj := text(r.objOf(n.Lhs[0])); obj != nil {
					a.appends[obj] = append(a.appends[obj], n)
					a.assignParent[n] = cur.Parent().Node()
				}
			case (n.Tok == token.ASSIGN || n.Tok == token.DEFINE) && len(n.Lhs) == len(n.Rhs):
				for i, l := range n.Lhs {
					obj := text(r.objOf(l))
					if obj == nil {
						continue
					}
					a.vals[obj] = append(a.vals[obj], n.Rhs[i])
					if id, ok := l.(*ast.Ident); ok && n.Tok == token.DEFINE && info.Defs[id] != nil {
						a.decl[obj] = true
						a.parent[obj] = cur.Parent().Node()
					}
				}
			default:
				for _, l := range n.Lhs {
					if obj := text(r.objOf(l)); obj != nil {
						a.bad[obj] = true
					}
				}
			}
		case *ast.ValueSpec:
			for i, id := range n.Names {
				obj := text(info.Defs[id])
				if obj == nil {
					continue
				}
				a.decl[obj] = true
				if gd := cur.Parent(); gd.Valid() {
					if ds := gd.Parent(); ds.Valid() {
						if _, ok := ds.Node().(*ast.DeclStmt); ok {
							a.parent[obj] = ds.Parent().Node()
						}
					}
				}
				switch {
				case len(n.Values) == len(n.Names):
					a.vals[obj] = append(a.vals[obj], n.Values[i])
				case len(n.Values) != 0:
					a.bad[obj] = true
				}
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				if obj := text(r.objOf(n.X)); obj != nil {
					a.bad[obj] = true
				}
			}
		case *ast.RangeStmt:
			for _, e := range []ast.Expr{n.Key, n.Value} {
				if obj := text(r.objOf(e)); obj != nil && e != nil {
					a.bad[obj] = true
				}
			}
		case *ast.CompositeLit:
			t := info.TypeOf(n)
			if t == nil {
				continue
			}
			st, ok := t.Underlying().(*types.Struct)
			if !ok {
				continue
			}
			for i, el := range n.Elts {
				if kv, ok := el.(*ast.KeyValueExpr); ok {
					if id, ok := kv.Key.(*ast.Ident); ok {
						if obj := text(info.ObjectOf(id)); obj != nil {
							a.vals[obj] = append(a.vals[obj], kv.Value)
						}
					}
				} else if i < st.NumFields() && text(st.Field(i)) != nil {
					a.vals[st.Field(i)] = append(a.vals[st.Field(i)], el)
				}
			}
		}
	}
	tf.asg = a
	return a
}

// follow evaluates a variable or field assigned exactly once in the package
// (a local also through += in its declaring block before use).
func (tf *textFlow) follow(e ast.Expr, depth int, direct bool, seen map[types.Object]bool) ([]seg, bool) {
	r := tf.r
	obj, ok := r.objOf(e).(*types.Var)
	if !ok || seen[obj] || !isStringType(obj.Type()) {
		return nil, false
	}
	a := tf.assigns()
	if a.bad[obj] {
		return nil, false
	}
	local := obj.Parent() != nil && obj.Parent() != r.pass.Pkg.Scope() && !obj.IsField()
	switch {
	case obj.IsField() || obj.Parent() == r.pass.Pkg.Scope():
		// Fields and package variables: unexported (no other package
		// writes them), assigned once, no appends.
		if obj.Exported() || obj.Pkg() != r.pass.Pkg || len(a.vals[obj]) != 1 || len(a.appends[obj]) > 0 {
			return nil, false
		}
		direct = false
	case local:
		if !a.decl[obj] || len(a.vals[obj]) != 1 {
			return nil, false
		}
	default:
		return nil, false
	}
	if seen == nil {
		seen = map[types.Object]bool{}
	}
	seen[obj] = true
	defer delete(seen, obj)
	out := tf.flatten(a.vals[obj][0], depth+1, direct, seen)
	for _, as := range a.appends[obj] {
		if as.Pos() >= e.Pos() {
			continue
		}
		if !local || a.assignParent[as] != a.parent[obj] {
			return append(out, seg{hole: true}), true
		}
		out = append(out, tf.flatten(as.Rhs[0], depth+1, direct, seen)...)
	}
	return out, true
}

// ---- checking ----

// lead is a value's leading known text and the hole that follows it.
type lead struct {
	segs   []seg // text segments before the first hole
	starts []int // offset of each segment in text
	text   string
	hole   *seg // nil when the whole value is known
}

func leadOf(segs []seg) lead {
	var l lead
	for i := range segs {
		if segs[i].hole {
			l.hole = &segs[i]
			break
		}
		l.starts = append(l.starts, len(l.text))
		l.segs = append(l.segs, segs[i])
		l.text += segs[i].text
	}
	return l
}

// ---- URLs held in fields and variables ----------------------------------

// urlValues returns the constant URLs e can hold: its own constant value,
// or, for a field or variable, every constant URL the package assigns to
// it (a config default BaseURL: "https://api.anthropic.com/v1", a
// client's c.baseURL = defaultBaseURL). The provider of a request is often
// known only through such a default.
func (r *run) urlValues(e ast.Expr) []string {
	if s, ok := r.constString(e); ok {
		if strings.Contains(s, "://") {
			return []string{s}
		}
		return nil
	}
	obj := r.objOf(e)
	if obj == nil {
		return nil
	}
	if r.urls == nil {
		r.urls = map[types.Object][]string{}
		add := func(l types.Object, v ast.Expr) {
			if s, ok := r.constString(v); ok && l != nil && strings.Contains(s, "://") {
				r.urls[l] = append(r.urls[l], s)
			}
		}
		for cur := range r.insp.Root().Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.KeyValueExpr)(nil)) {
			switch n := cur.Node().(type) {
			case *ast.AssignStmt, *ast.ValueSpec:
				for l, v := range assignments(n) {
					add(r.objOf(l), v)
				}
			case *ast.KeyValueExpr:
				if id, ok := n.Key.(*ast.Ident); ok {
					if v, ok := r.pass.TypesInfo.Uses[id].(*types.Var); ok && v.IsField() {
						add(v, n.Value)
					}
				}
			}
		}
	}
	return r.urls[obj]
}
