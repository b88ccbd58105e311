package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// What a value is built from: the value-flow layer's walk of the parts a
// client or a reader sees in a value (frontend-key's responses). The
// check gives the policy: which part is a key, which fields show.

// valueParts walks the values e is built from as a client sees them, and
// returns the first part visit accepts, or nil: e itself, the operands of
// +, what a conversion, fmt.Sprint* or json.Marshal takes, the elements
// and visible fields of composite literals, and, for a local variable, the
// values assigned to it and to its visible fields and map entries in its
// function. json says the value is JSON-encoded; visible says whether a
// field of a struct (of lit, when known) shows in it.
func (r *run) valueParts(e ast.Expr, json bool, visible func(f *types.Var, lit *ast.CompositeLit, json bool) bool, visit func(part ast.Expr) bool) ast.Expr {
	p := &partWalk{r: r, visible: visible, visit: visit}
	return p.find(e, json, 0)
}

// partWalk is one valueParts walk.
type partWalk struct {
	r       *run
	visible func(f *types.Var, lit *ast.CompositeLit, json bool) bool
	visit   func(part ast.Expr) bool
}

func (l *partWalk) find(e ast.Expr, json bool, depth int) ast.Expr {
	if depth > 4 {
		return nil
	}
	r := l.r
	e = ast.Unparen(e)
	if l.visit(e) {
		return e
	}
	switch e := e.(type) {
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			if at := l.find(e.X, json, depth+1); at != nil {
				return at
			}
			return l.find(e.Y, json, depth+1)
		}
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return l.find(e.X, json, depth)
		}
	case *ast.CallExpr:
		if tv, ok := r.pass.TypesInfo.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 {
			return l.find(e.Args[0], json, depth+1)
		}
		fn, _ := typeutil.Callee(r.pass.TypesInfo, e).(*types.Func)
		if fn == nil || fn.Pkg() == nil {
			break
		}
		switch fn.Pkg().Path() + "." + fn.Name() {
		case "encoding/json.Marshal", "encoding/json.MarshalIndent":
			return l.find(e.Args[0], true, depth+1)
		case "fmt.Sprint", "fmt.Sprintf", "fmt.Sprintln":
			for _, a := range e.Args {
				if at := l.find(a, json, depth+1); at != nil {
					return at
				}
			}
		}
	case *ast.CompositeLit:
		for _, elt := range e.Elts {
			val := elt
			if kve, ok := elt.(*ast.KeyValueExpr); ok {
				val = kve.Value
				if id, ok := kve.Key.(*ast.Ident); ok {
					if v, ok := r.pass.TypesInfo.ObjectOf(id).(*types.Var); ok && v.IsField() && !l.visible(v, e, json) {
						continue
					}
				}
			}
			if at := l.find(val, json, depth+1); at != nil {
				return at
			}
		}
	case *ast.Ident:
		obj := r.pass.TypesInfo.ObjectOf(e)
		if obj == nil {
			break
		}
		for _, rhs := range r.assignmentsTo(obj) {
			if at := l.find(rhs, json, depth+1); at != nil {
				return at
			}
		}
		// Field and map element sets, as in v.APIKey = key or v["apiKey"] = key.
		for _, set := range l.fieldSets(obj, json) {
			if at := l.find(set, json, depth+1); at != nil {
				return at
			}
		}
	}
	return nil
}

// fieldSets returns the values assigned to obj's visible fields and map
// entries in its declaring function.
func (l *partWalk) fieldSets(obj types.Object, json bool) []ast.Expr {
	r := l.r
	v, ok := obj.(*types.Var)
	if !ok || v.IsField() || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
		return nil
	}
	decl, ok := r.insp.Root().FindByPos(v.Pos(), v.Pos())
	if !ok {
		return nil
	}
	var out []ast.Expr
	for p := range decl.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		for c := range p.Preorder((*ast.AssignStmt)(nil)) {
			as := c.Node().(*ast.AssignStmt)
			if len(as.Lhs) != len(as.Rhs) {
				continue
			}
			for i, lhs := range as.Lhs {
				switch lhs := ast.Unparen(lhs).(type) {
				case *ast.SelectorExpr:
					if r.objOf(lhs.X) != obj {
						continue
					}
					if f, ok := r.objOf(lhs).(*types.Var); ok && f.IsField() && !l.visible(f, nil, json) {
						continue
					}
					out = append(out, as.Rhs[i])
				case *ast.IndexExpr:
					if r.objOf(lhs.X) == obj {
						out = append(out, as.Rhs[i])
					}
				}
			}
		}
		break
	}
	return out
}

// assignmentsTo returns the right-hand sides assigned to a local variable
// in its declaring function.
func (r *run) assignmentsTo(obj types.Object) []ast.Expr {
	v, ok := obj.(*types.Var)
	if !ok || v.IsField() || v.Parent() == nil || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
		return nil
	}
	decl, ok := r.insp.Root().FindByPos(v.Pos(), v.Pos())
	if !ok {
		return nil
	}
	var body inspector.Cursor
	found := false
	for p := range decl.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		body, found = p, true
		break
	}
	if !found {
		return nil
	}
	var out []ast.Expr
	for c := range body.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)) {
		switch n := c.Node().(type) {
		case *ast.AssignStmt:
			// b, err := json.Marshal(v) pairs b with the call.
			for l, rhs := range assignments(n) {
				if r.objOf(l) == obj {
					out = append(out, rhs)
				}
			}
		case *ast.ValueSpec:
			for i, id := range n.Names {
				if r.pass.TypesInfo.ObjectOf(id) == obj && len(n.Names) == len(n.Values) {
					out = append(out, n.Values[i])
				}
			}
		}
	}
	return out
}
