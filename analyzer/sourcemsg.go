package analyzer

import (
	"go/ast"
	"go/types"
	"reflect"
	"slices"
	"strings"
)

// Messages name the origins the flow layer found, each one when there are
// several: a field of a struct decoded from a config file that the package
// also sets from the environment came from the file or the environment.

// sinkField returns the field a key-source sink reads (cfg.APIKey,
// *cfg.APIKey) and the type it is selected from.
func (t *flow) sinkField(sink ast.Node) (*types.Var, types.Type) {
	e, ok := sink.(ast.Expr)
	if !ok {
		return nil, nil
	}
	e = ast.Unparen(e)
	if st, ok := e.(*ast.StarExpr); ok {
		e = ast.Unparen(st.X)
	}
	sel, ok := e.(*ast.SelectorExpr)
	if !ok {
		return nil, nil
	}
	selection, ok := t.info.Selections[sel]
	if !ok || selection.Kind() != types.FieldVal {
		return nil, nil
	}
	return selection.Obj().(*types.Var), selection.Recv()
}

// undecodedField reports whether the sink reads s only through fields
// that no decoder fills (every decoder tag says "-"): a value traced to a
// decoded config struct did not come from the file there.
func (t *flow) undecodedField(sink ast.Node, s *origin) bool {
	found, other := false, false
	ast.Inspect(sink, func(n ast.Node) bool {
		e, ok := n.(ast.Expr)
		if !ok || other {
			return false
		}
		field, recv := t.sinkField(e)
		if field == nil {
			return true
		}
		if t.originOf(e) != s {
			return false
		}
		if skippedByDecoders(recv, field) {
			found = true
		} else {
			other = true
		}
		return false
	})
	return found && !other
}

// fieldEnvNames names the environment variables the package also assigns
// to the field a key-source sink reads, when the value was traced to a
// decoded config struct ("API_KEY in the environment").
func (t *flow) fieldEnvNames(sink ast.Node) (more []string) {
	field, _ := t.sinkField(sink)
	if field == nil {
		return nil
	}
	env := t.r.envAssignments().byObj
	for cur := range t.r.insp.Root().Preorder((*ast.AssignStmt)(nil), (*ast.KeyValueExpr)(nil)) {
		var rhs ast.Expr
		switch n := cur.Node().(type) {
		case *ast.AssignStmt:
			for l, r := range assignments(n) {
				if t.lvalueObj(l) == types.Object(field) {
					rhs = r
				}
			}
		case *ast.KeyValueExpr:
			if id, ok := n.Key.(*ast.Ident); ok && t.info.Uses[id] == types.Object(field) {
				rhs = n.Value
			}
		}
		if rhs == nil {
			continue
		}
		name := ""
		if call, ok := ast.Unparen(t.r.unwrapTrim(rhs)).(*ast.CallExpr); ok {
			name, _ = t.r.isEnvRead(call)
		} else if obj := t.r.objOf(t.r.unwrapTrim(rhs)); obj != nil {
			name = env[obj]
		}
		if name != "" && !slices.Contains(more, name+" in the environment") {
			more = append(more, name+" in the environment")
		}
	}
	return more
}

// skippedByDecoders reports whether every decoder tag of field says "-":
// no JSON, YAML or TOML decode fills it.
func skippedByDecoders(recv types.Type, field *types.Var) bool {
	for {
		p, ok := recv.Underlying().(*types.Pointer)
		if !ok {
			break
		}
		recv = p.Elem()
	}
	st, ok := recv.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := range st.NumFields() {
		if st.Field(i) != field {
			continue
		}
		tag := reflect.StructTag(st.Tag(i))
		seen := false
		for _, k := range []string{"json", "yaml", "toml", "mapstructure"} {
			v, ok := tag.Lookup(k)
			if !ok {
				continue
			}
			seen = true
			if name, _, _ := strings.Cut(v, ","); name != "-" {
				return false
			}
		}
		return seen
	}
	return false
}

// flagEnvs names the environment variables a flag falls back to, for
// messages ("API_KEY in the environment"): an urfave/cli flag's EnvVars
// or EnvVar, a kingpin flag's Envar.
func (r *run) flagEnvs(name string) []string {
	var out []string
	add := func(e ast.Expr) {
		if v, ok := r.constString(e); ok {
			for _, env := range strings.Split(v, ",") {
				if env = strings.TrimSpace(env); env != "" && !slices.Contains(out, env+" in the environment") {
					out = append(out, env+" in the environment")
				}
			}
		}
	}
	for cur := range r.insp.Root().Preorder((*ast.CompositeLit)(nil), (*ast.CallExpr)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.CompositeLit:
			typ := r.pass.TypesInfo.TypeOf(n)
			if typ == nil {
				continue
			}
			if p, ok := typ.(*types.Pointer); ok {
				typ = p.Elem()
			}
			named, ok := types.Unalias(typ).(*types.Named)
			if !ok || named.Obj().Pkg() == nil || !isUrfave(named.Obj().Pkg().Path()) {
				continue
			}
			var envs []ast.Expr
			match := false
			for _, el := range n.Elts {
				kv, ok := el.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				id, ok := kv.Key.(*ast.Ident)
				if !ok {
					continue
				}
				switch id.Name {
				case "Name":
					v, _ := r.constString(kv.Value)
					match = v == name
				case "EnvVar":
					envs = append(envs, kv.Value)
				case "EnvVars":
					if l, ok := ast.Unparen(kv.Value).(*ast.CompositeLit); ok {
						envs = append(envs, l.Elts...)
					}
				}
			}
			if match {
				for _, e := range envs {
					add(e)
				}
			}
		case *ast.CallExpr:
			// kingpin.Flag("api-key", …).Envar("API_KEY")
			sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "Envar" || len(n.Args) != 1 {
				continue
			}
			for e := sel.X; ; {
				c, ok := ast.Unparen(e).(*ast.CallExpr)
				if !ok {
					break
				}
				f, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
				if !ok {
					break
				}
				if f.Sel.Name == "Flag" && len(c.Args) > 0 {
					if v, _ := r.constString(c.Args[0]); v == name {
						add(n.Args[0])
					}
					break
				}
				e = f.X
			}
		}
	}
	return out
}
