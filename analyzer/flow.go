package analyzer

import (
	"cmp"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/apikeylint/apikeylint/analyzer/keys"
)

// The value-flow layer.
//
// One engine answers, for any expression of a package, "where can this
// value come from?": its origins. An origin is a read of a value whose
// provenance a check cares about —
//
//   - an environment read of a key-named variable, with its name (env);
//   - a key literal (literal);
//   - a command-line flag (flag) or os.Args / a cobra command's args (args);
//   - a file read, whose path is fixed in the source (file);
//   - a //go:embed variable (embed);
//   - a decode of file data (config), a config getter such as viper's (getter);
//   - an incoming request's Authorization-style header (header);
//   - a function parameter (a placeholder that stands for each caller's
//     argument);
//   - a value read in another package, through a fact (-cross-package) or
//     through a summary of that package's source (same module).
//
// Values move through locals, conversions, string functions (Trim*, Cut,
// Split, Join, Replace, case changes), concatenation, fmt.Sprint*,
// strings.Builder and bytes.Buffer, readers and decoders, struct fields
// (composite literals, assignments, decodes), map and slice elements,
// function parameters and results, closures and package variables. The
// analysis is flow-insensitive and object-based: a variable or field holds an
// origin if any assignment gives it one; it runs to a fixed point over the
// package's statements, which are collected once per run (flowItems).
//
// The second question, "what text does this value start with?", is answered
// by flatten (bearer.go's segments), which the scheme checks read.
//
// Each check is a policy over this layer: it builds a flow that keeps the
// origin kinds it cares about (a flow keeps one origin per variable, so the
// key-source check's flags are never hidden behind the exposure check's
// environment reads), and walks its own sinks.

// Origin kinds.
const (
	srcFlag   = "flag"
	srcArgs   = "args"
	srcFile   = "file"
	srcEmbed  = "embed"
	srcConfig = "config"
	srcGetter = "getter"
	srcEnv    = "env"
	srcLit    = "literal"
	srcHeader = "header"
	// srcUse is a value known by where it goes: a local, parameter or
	// field that reaches a credential sink (uses.go).
	srcUse = "use"
)

// readOutsideEnv reports whether an origin kind is a read from anywhere
// but the environment: a flag, the command line, a file, an embedded
// file, a config file or getter.
func readOutsideEnv(kind string) bool {
	switch kind {
	case srcFlag, srcArgs, srcFile, srcEmbed, srcConfig, srcGetter:
		return true
	}
	return false
}

// origin is one read of a value (see the kinds above).
type origin struct {
	kind string
	node ast.Node // the read site, or where a value read in another package enters this one
	name string   // flag name, config key, env var or header name, when constant
	fact *keySourceFact
	via  string // for a read in another package: the function returning it
	// reported is set once the origin has been reported (or, for a remote
	// source, once it was reported in its own package).
	reported bool
	// lit is the classified key, for a literal origin.
	lit *keyValue
	// use is the credential sink, for a use origin.
	use *useRecord

	// A parameter placeholder stands for whatever callers pass to param
	// (of fn, at index): it is never reported itself; sinks it reaches are
	// hit by each of its arrivals, and a call of fn whose result is the
	// placeholder takes the taint of that call's argument only, so one
	// caller's flag does not taint every caller's result.
	param    *types.Var
	fn       *types.Func
	index    int
	arrivals []*origin
}

// flow holds one package's trace for one policy.
type flow struct {
	r        *run
	info     *types.Info
	keep     func(kind string) bool // the origin kinds this flow traces
	objs     map[types.Object]*origin
	funcs    map[*types.Func]*origin
	lits     map[*ast.FuncLit]*origin
	at       map[ast.Node]*origin
	all      []*origin
	imported map[types.Object]*origin
	changed  bool
	// dirty holds what changed in solve's current pass (touch).
	dirty     map[any]bool
	elemOwner map[any]types.Object // a map element's map, for touch
	named     map[string]bool      // kind and name of the named reads reported
	elems     map[elemKey]types.Object

	// A check's policy may stop or add origins: barrier reports that an
	// expression, or an assignment target of a multi-value assignment,
	// carries no origin (a redactor's result, the scheme part of an
	// Authorization value); extra returns an origin a call's result
	// carries besides the ones this layer knows (a dump of a request that
	// carries a key). Both may be nil.
	barrier func(e ast.Expr) bool
	extra   func(call *ast.CallExpr) *origin
}

// flowItem is a statement or expression that moves values; fn is the
// enclosing FuncDecl or FuncLit of a return, callee a call's callee.
type flowItem struct {
	n, fn  ast.Node
	callee *types.Func
}

// flowItems collects, once per run, the nodes that move values, and the
// declarations that seed origins (embed variables, cobra Run functions).
func (r *run) flowItems() (items []flowItem, seeds []ast.Node) {
	if r.items != nil {
		return r.items, r.seeds
	}
	r.items = []flowItem{}
	for cur := range r.insp.Root().Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.CompositeLit)(nil),
		(*ast.ReturnStmt)(nil), (*ast.CallExpr)(nil), (*ast.RangeStmt)(nil), (*ast.GenDecl)(nil),
		(*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.GenDecl, *ast.FuncDecl, *ast.FuncLit:
			r.seeds = append(r.seeds, n)
			continue
		case *ast.ReturnStmt:
			for p := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
				r.items = append(r.items, flowItem{n: n, fn: p.Node()})
				break
			}
			continue
		}
		if call, ok := cur.Node().(*ast.CallExpr); ok {
			if fn := r.hasEffects(call); fn != nil {
				r.items = append(r.items, flowItem{n: call, callee: fn})
			}
			continue
		}
		if !r.movesText(cur.Node()) {
			continue
		}
		r.items = append(r.items, flowItem{n: cur.Node()})
	}
	return r.items, r.seeds
}

// movesText reports whether an assignment, declaration or range
// statement writes a target that can hold a key (carriesText): n, ok,
// err = … moves none, and is left out of the items.
func (r *run) movesText(n ast.Node) bool {
	info := r.pass.TypesInfo
	switch n := n.(type) {
	case *ast.AssignStmt:
		for _, l := range n.Lhs {
			if carriesText(info.TypeOf(l)) {
				return true
			}
		}
		return false
	case *ast.ValueSpec:
		if len(n.Values) == 0 {
			return false
		}
		for _, id := range n.Names {
			if obj := info.Defs[id]; obj != nil && carriesText(obj.Type()) {
				return true
			}
		}
		return false
	case *ast.RangeStmt:
		return n.Value != nil && carriesText(info.TypeOf(n.Value))
	}
	return true
}

// importsAny reports whether the package imports one of paths.
func (r *run) importsAny(paths ...string) bool {
	for _, imp := range r.pass.Pkg.Imports() {
		if slices.Contains(paths, imp.Path()) {
			return true
		}
	}
	return false
}

// hasEffects returns call's callee (its origin) when callEffects can do
// anything with call: a source that writes its target, a call of a
// function of this package, a decode. The others are left out of the
// items, which every pass of every flow walks.
func (r *run) hasEffects(call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	fn = fn.Origin()
	if fn.Pkg() == r.pass.Pkg {
		return fn
	}
	id := r.funcID(fn)
	if sp, ok := sourceSpecOf(id); ok {
		if sp.target >= 0 {
			return fn
		}
		return nil
	}
	if _, name, _ := strings.Cut(id, ":"); name == "Unmarshal" || name == "Decode" {
		return fn
	}
	return nil
}

// funcID returns funcID(fn), once per function and run.
func (r *run) funcID(fn *types.Func) string {
	id, ok := r.ids[fn]
	if !ok {
		if r.ids == nil {
			r.ids = map[*types.Func]string{}
		}
		id = funcID(fn)
		r.ids[fn] = id
	}
	return id
}

// newFlow returns an empty flow that traces the origin kinds keep accepts.
func (r *run) newFlow(keep func(kind string) bool) *flow {
	return &flow{
		r:        r,
		info:     r.pass.TypesInfo,
		keep:     keep,
		objs:     map[types.Object]*origin{},
		funcs:    map[*types.Func]*origin{},
		lits:     map[*ast.FuncLit]*origin{},
		at:       map[ast.Node]*origin{},
		imported: map[types.Object]*origin{},
	}
}

// seed marks the origins that declarations make: //go:embed variables and
// a cobra Run function's args.
func (t *flow) seed() {
	if !t.r.importsAny("embed", cobraPath) {
		return // no //go:embed variable, no cobra Run function
	}
	_, seeds := t.r.flowItems()
	for _, n := range seeds {
		switch n := n.(type) {
		case *ast.GenDecl:
			t.embedVars(n)
		case *ast.FuncDecl:
			t.cobraArgs(n.Type)
		case *ast.FuncLit:
			t.cobraArgs(n.Type)
		}
	}
}

// urfaveDestination marks the Destination of an urfave/cli StringFlag
// literal as a flag value: &cli.StringFlag{Name: "api-key", Destination: &key}.
func (t *flow) urfaveDestination(lit *ast.CompositeLit) {
	typ := t.info.TypeOf(lit)
	if typ == nil {
		return
	}
	n, ok := types.Unalias(typ).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Name() != "StringFlag" || !isCLIShape(n.Obj().Pkg()) {
		return
	}
	var name string
	var dest ast.Expr
	for _, el := range lit.Elts {
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok {
				switch id.Name {
				case "Name":
					name, _ = t.r.constString(kv.Value)
				case "Destination":
					dest = kv.Value
				}
			}
		}
	}
	if dest != nil {
		t.set(t.lvalueObj(dest), t.newOrigin(lit, srcFlag, name))
	}
}

// viperCall reports whether n is a call of a viper function or method.
func (t *flow) viperCall(n ast.Node) bool {
	call, ok := n.(*ast.CallExpr)
	if !ok {
		return false
	}
	fn, _ := typeutil.Callee(t.info, call).(*types.Func)
	return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == viperPath
}

// userConfigStore reports, once per run, whether the package points viper
// at the user's home or config directory: it calls viper's AddConfigPath
// or SetConfigFile, and names a home directory ("$HOME", "~/",
// os.UserHomeDir, os.UserConfigDir, go-homedir, xdg).
func (r *run) userConfigStore() bool {
	if r.userStore != nil {
		return *r.userStore
	}
	viper, home := false, false
	for cur := range r.insp.Root().Preorder((*ast.CallExpr)(nil), (*ast.BasicLit)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.BasicLit:
			if v, err := strconv.Unquote(n.Value); err == nil && n.Kind == token.STRING &&
				(strings.Contains(v, "$HOME") || strings.HasPrefix(v, "~/") || strings.Contains(v, "${HOME}") || strings.Contains(v, "XDG_CONFIG_HOME")) {
				home = true
			}
		case *ast.CallExpr:
			fn, _ := typeutil.Callee(r.pass.TypesInfo, n).(*types.Func)
			if fn == nil || fn.Pkg() == nil {
				continue
			}
			home = home || r.userDirCall(n) // userstore.go: paths.ConfigDir(), a function of this package
			switch p := fn.Pkg().Path(); {
			case p == viperPath && (fn.Name() == "AddConfigPath" || fn.Name() == "SetConfigFile"):
				viper = true
			case p == "os" && (fn.Name() == "UserHomeDir" || fn.Name() == "UserConfigDir"),
				p == "github.com/mitchellh/go-homedir", p == "github.com/adrg/xdg", p == "os/user":
				home = true
			}
		}
	}
	v := viper && home || !viper && r.moduleUserStore()
	r.userStore = &v
	return v
}

// flagName returns the name a source call reads: its name argument, or,
// for kingpin's Flag("api-key", …).Required().String(), the name given
// to Flag (or Arg) down the receiver chain.
func (t *flow) flagName(call *ast.CallExpr, sp sourceSpec) string {
	if sp.nameArg >= 0 {
		return t.constArg(call, sp.nameArg)
	}
	for e := call.Fun; ; {
		sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
		if !ok {
			return ""
		}
		c, ok := ast.Unparen(sel.X).(*ast.CallExpr)
		if !ok {
			return ""
		}
		if f, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr); ok && (f.Sel.Name == "Flag" || f.Sel.Name == "Arg") {
			return t.constArg(c, 0)
		}
		e = c.Fun
	}
}

// constInt returns e's constant integer value, or -1.
func (t *flow) constInt(e ast.Expr) int64 {
	tv, ok := t.info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return -1
	}
	v, ok := constant.Int64Val(tv.Value)
	if !ok {
		return -1
	}
	return v
}

// origins returns the concrete origins e's value can come from: a parameter
// placeholder is replaced by what each caller passes.
func (t *flow) origins(e ast.Expr) []*origin { return concrete(t.originOf(e)) }

// concrete returns the origins os stand for, each once: a parameter
// placeholder is replaced by what each caller passes.
func concrete(os ...*origin) []*origin {
	var out []*origin
	seen := map[*origin]bool{}
	var add func(o *origin)
	add = func(o *origin) {
		if o == nil || seen[o] {
			return
		}
		seen[o] = true
		if o.param != nil {
			for _, a := range o.arrivals {
				add(a)
			}
			return
		}
		out = append(out, o)
	}
	for _, o := range os {
		add(o)
	}
	return out
}

// seedUses starts a flow that keeps keys known by their use (uses.go)
// from them: each local, parameter and field that reaches a credential
// sink holds a use origin before solve runs. An origin read that reaches
// the same object replaces it on the way (replaces), so that where there
// is one, messages give it (an environment variable's name); one solve
// serves both.
func (t *flow) seedUses() {
	if !t.keep(srcUse) {
		return
	}
	u := t.r.uses()
	for _, k := range u.order {
		obj, ok := k.(types.Object)
		if !ok || t.objs[obj] != nil {
			continue
		}
		rec := u.objs[k]
		if o := t.newOrigin(rec.node, srcUse, rec.Desc); o != nil {
			o.use = rec
			t.set(obj, o)
		}
	}
}

// replaces reports whether origin s takes the place of old: an origin
// read, or the placeholder of a parameter, over a key known by its use.
func replaces(old, s *origin) bool {
	return old == nil || old.kind == srcUse && s.kind != srcUse && (s.param == nil || len(s.arrivals) == 0 || s.arrivals[0].kind != srcUse)
}

// mayCarry reports whether a call can pass a key: an argument holds an
// origin, or is a struct whose fields may.
func (t *flow) mayCarry(call *ast.CallExpr) bool {
	for _, a := range call.Args {
		_, isStruct := derefType(t.info.TypeOf(a)).Underlying().(*types.Struct)
		if len(t.origins(a)) > 0 || isStruct && len(t.all) > 0 {
			return true
		}
	}
	return false
}

// fieldOrigins returns the origins of e, or of e.field when field is not
// "": the field's own, or the whole value's (a struct decoded from a file).
func (t *flow) fieldOrigins(e ast.Expr, field string) []*origin {
	if field == "" {
		return t.origins(e)
	}
	typ := t.info.TypeOf(e)
	if typ == nil {
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(typ, true, t.r.pass.Pkg, field)
	v, ok := obj.(*types.Var)
	if !ok || !v.IsField() {
		return nil
	}
	own := t.objs[v]
	if own == nil {
		if s := t.importedObj(v); s != nil {
			own = t.entry(e, s)
		}
	}
	return concrete(own, t.originOf(e))
}

// solve propagates origins over the package to a fixed point. The first
// pass visits every item; each later one only the items that read what
// the pass before changed (a variable, field or parameter, a function's
// result, a closure): readers finds them. A flow whose extra origins
// depend on statements elsewhere (a request dump and the Authorization
// value set on that request) runs whole passes instead.
func (t *flow) solve() {
	items, _ := t.r.flowItems()
	step := func(it flowItem) {
		if it.callee != nil {
			t.callEffects(it.n.(*ast.CallExpr), it.callee)
			return
		}
		t.propagate(it.n, it.fn)
	}
	t.dirty = map[any]bool{}
	defer func() { t.dirty = nil }()
	for pass := range 12 {
		t.changed = false
		if pass == 0 || t.extra != nil {
			for _, it := range items {
				step(it)
			}
		} else {
			todo := t.r.readers(t.dirty)
			clear(t.dirty)
			for _, i := range todo {
				step(items[i])
			}
		}
		if !t.changed {
			break
		}
	}
}

// touch records that what k names (an object, a function, a FuncLit)
// holds a new origin, for solve's next pass.
func (t *flow) touch(k any) {
	t.changed = true
	if t.dirty != nil {
		t.dirty[k] = true
		if m, ok := t.elemOwner[k]; ok {
			t.dirty[m] = true // m["key"] is read through m
		}
	}
}

// itemTree places the flow items by position, once per run, so that
// readers can find the items around a position: byPos orders the items
// by where they start, parent is each item's nearest enclosing item (-1
// for none), and bare holds the bare returns of functions with named
// results, by result variable.
type itemTree struct {
	byPos  []int
	parent []int
	bare   map[types.Object][]int
}

func (r *run) itemTree() *itemTree {
	if r.tree != nil {
		return r.tree
	}
	items, _ := r.flowItems()
	tr := &itemTree{byPos: make([]int, len(items)), parent: make([]int, len(items)), bare: map[types.Object][]int{}}
	for i := range items {
		tr.byPos[i] = i
	}
	slices.SortStableFunc(tr.byPos, func(a, b int) int {
		if c := cmp.Compare(items[a].n.Pos(), items[b].n.Pos()); c != 0 {
			return c
		}
		return cmp.Compare(items[b].n.End(), items[a].n.End()) // the outer first
	})
	var open []int
	for _, i := range tr.byPos {
		for len(open) > 0 && items[open[len(open)-1]].n.End() <= items[i].n.Pos() {
			open = open[:len(open)-1]
		}
		tr.parent[i] = -1
		if len(open) > 0 {
			tr.parent[i] = open[len(open)-1]
		}
		open = append(open, i)
	}
	for i, it := range items {
		ret, ok := it.n.(*ast.ReturnStmt)
		fd, isDecl := it.fn.(*ast.FuncDecl)
		if !ok || !isDecl || len(ret.Results) > 0 {
			continue
		}
		if fn, ok := r.pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
			res := fn.Type().(*types.Signature).Results()
			for j := range res.Len() {
				tr.bare[res.At(j)] = append(tr.bare[res.At(j)], i)
			}
		}
	}
	r.tree = tr
	return tr
}

// readers returns, in item order, the indexes of the items that may read
// what changed: the items around each use of a changed object and around
// a changed FuncLit, and the bare returns of a changed named result.
func (r *run) readers(changed map[any]bool) []int {
	items, _ := r.flowItems()
	tr := r.itemTree()
	var out []int
	around := func(p token.Pos) {
		k, _ := slices.BinarySearchFunc(tr.byPos, p, func(i int, p token.Pos) int {
			if items[i].n.Pos() <= p {
				return -1
			}
			return 1
		})
		if k == 0 {
			return
		}
		for j := tr.byPos[k-1]; j >= 0; j = tr.parent[j] {
			if items[j].n.Pos() <= p && p < items[j].n.End() {
				out = append(out, j)
			}
		}
	}
	objs := false
	for k := range changed {
		switch k := k.(type) {
		case *ast.FuncLit:
			around(k.Pos())
		case types.Object:
			objs = true
			out = append(out, tr.bare[k]...)
		}
	}
	if objs {
		for id, obj := range r.pass.TypesInfo.Uses {
			if changed[obj] {
				around(id.Pos())
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// id returns funcID(fn), once per function.
func (t *flow) id(fn *types.Func) string {
	return t.r.funcID(fn)
}

// sourceSpec describes a source function: the kind of value it reads,
// which argument names it (flag name, config key), and whether the source
// is its result or the variable its target argument points to.
type sourceSpec struct {
	kind    string
	nameArg int // -1: none
	target  int // -1: the result is the source
}

const (
	kingpinPath    = "github.com/alecthomas/kingpin"
	kingpinV2Path  = "github.com/alecthomas/kingpin/v2"
	kingpinOldPath = "gopkg.in/alecthomas/kingpin.v2"
	pflagPath      = "github.com/spf13/pflag"
	cobraPath      = "github.com/spf13/cobra"
	viperPath      = "github.com/spf13/viper"
)

// sourceSpecFor returns the spec of fn, a source function: by its funcID,
// or by shape, so that forks and look-alikes of the flag libraries count
// (a package named cli whose Context or Command has String(name) string).
func sourceSpecFor(fn *types.Func, id string) (sourceSpec, bool) {
	if sp, ok := sourceSpecOf(id); ok {
		return sp, true
	}
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Name() != "cli" {
		return sourceSpec{}, false
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return sourceSpec{}, false
	}
	switch typeName(sig.Recv().Type()) {
	case "Context", "Command":
	default:
		return sourceSpec{}, false
	}
	switch fn.Name() {
	case "String", "GlobalString":
		if sig.Params().Len() == 1 && isStringish(sig.Params().At(0).Type()) && sig.Results().Len() == 1 && isStringish(sig.Results().At(0).Type()) {
			return sourceSpec{srcFlag, 0, -1}, true
		}
	case "Args":
		if sig.Params().Len() == 0 {
			return sourceSpec{srcArgs, -1, -1}, true
		}
	}
	return sourceSpec{}, false
}

// isCLIShape reports whether a package is a flag library by shape: a
// package named cli (urfave/cli, its forks and look-alikes).
func isCLIShape(pkg *types.Package) bool {
	return pkg.Name() == "cli" || isUrfave(pkg.Path())
}

// sourceSpecOf returns the spec of a source function, by funcID.
func sourceSpecOf(id string) (sourceSpec, bool) {
	pkg, name, _ := strings.Cut(id, ":")
	switch pkg {
	case "flag", "flag.FlagSet", pflagPath, pflagPath + ".FlagSet":
		switch name {
		case "String", "StringP", "GetString", "Lookup":
			return sourceSpec{srcFlag, 0, -1}, true
		case "StringVar", "StringVarP", "Var", "VarP", "TextVar":
			return sourceSpec{srcFlag, 1, 0}, true
		case "Arg", "Args":
			return sourceSpec{srcArgs, -1, -1}, true
		}
	case cobraPath + ".Command":
		if name == "Flag" {
			return sourceSpec{srcFlag, 0, -1}, true
		}
	case "github.com/urfave/cli.Context", "github.com/urfave/cli/v2.Context", "github.com/urfave/cli/v3.Command",
		"gopkg.in/urfave/cli.v1.Context":
		switch name {
		case "String", "GlobalString", "Value", "Generic":
			return sourceSpec{srcFlag, 0, -1}, true
		case "Args":
			return sourceSpec{srcArgs, -1, -1}, true
		}
	case kingpinPath + ".FlagClause", kingpinV2Path + ".FlagClause", kingpinOldPath + ".FlagClause",
		kingpinPath + ".ArgClause", kingpinV2Path + ".ArgClause", kingpinOldPath + ".ArgClause":
		// The name is the Flag("api-key", …) call's, read by kingpinName.
		kind := srcFlag
		if strings.HasSuffix(pkg, ".ArgClause") {
			kind = srcArgs
		}
		switch name {
		case "String", "Strings", "Bytes":
			return sourceSpec{kind, -1, -1}, true
		case "StringVar", "StringsVar", "BytesVar":
			return sourceSpec{kind, -1, 0}, true
		}
	case viperPath, viperPath + ".Viper":
		switch name {
		case "GetString":
			return sourceSpec{srcGetter, 0, -1}, true
		case "Unmarshal":
			return sourceSpec{srcConfig, -1, 0}, true
		case "UnmarshalKey":
			return sourceSpec{srcConfig, 0, 1}, true
		}
	case "os", "io/ioutil":
		switch name {
		case "ReadFile", "Open", "OpenFile":
			return sourceSpec{srcFile, -1, -1}, true
		}
	case "github.com/BurntSushi/toml":
		if name == "DecodeFile" {
			return sourceSpec{srcConfig, -1, 1}, true
		}
	}
	return sourceSpec{}, false
}

// isDecoderPkg reports whether path is a JSON, XML, YAML or TOML package.
func isDecoderPkg(path string) bool {
	switch path {
	case "encoding/json", "encoding/xml", "gopkg.in/yaml.v2", "gopkg.in/yaml.v3", "go.yaml.in/yaml/v2",
		"go.yaml.in/yaml/v3", "go.yaml.in/yaml/v4", "sigs.k8s.io/yaml", "github.com/goccy/go-yaml",
		"github.com/BurntSushi/toml", "github.com/pelletier/go-toml", "github.com/pelletier/go-toml/v2",
		"github.com/json-iterator/go", "github.com/goccy/go-json":
		return true
	}
	return false
}

// funcID names a function "pkg/path:Func" or "pkg/path.Type:Method".
func funcID(fn *types.Func) string {
	fn = fn.Origin()
	if fn.Pkg() == nil {
		return ""
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig != nil && sig.Recv() != nil {
		t := sig.Recv().Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			return fn.Pkg().Path() + "." + n.Obj().Name() + ":" + fn.Name()
		}
		return fn.Pkg().Path() + ".?:" + fn.Name()
	}
	return fn.Pkg().Path() + ":" + fn.Name()
}

// embedVars marks variables initialized by //go:embed.
func (t *flow) embedVars(gd *ast.GenDecl) {
	if gd.Tok != token.VAR {
		return
	}
	hasEmbed := func(cg *ast.CommentGroup) bool {
		if cg == nil {
			return false
		}
		for _, c := range cg.List {
			if strings.HasPrefix(c.Text, "//go:embed ") {
				return true
			}
		}
		return false
	}
	for _, s := range gd.Specs {
		vs := s.(*ast.ValueSpec)
		if !hasEmbed(vs.Doc) && !(len(gd.Specs) == 1 && hasEmbed(gd.Doc)) {
			continue
		}
		for _, id := range vs.Names {
			if obj := t.info.Defs[id]; obj != nil {
				t.set(obj, t.newOrigin(id, srcEmbed, ""))
			}
		}
	}
}

// cobraArgs marks the args of a cobra Run function, func(*cobra.Command,
// []string), as command-line values.
func (t *flow) cobraArgs(ft *ast.FuncType) {
	if ft.Params == nil || len(ft.Params.List) != 2 {
		return
	}
	p0 := t.info.TypeOf(ft.Params.List[0].Type)
	ptr, ok := p0.(*types.Pointer)
	if !ok {
		return
	}
	n, ok := types.Unalias(ptr.Elem()).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != cobraPath || n.Obj().Name() != "Command" {
		return
	}
	for _, id := range ft.Params.List[1].Names {
		if obj := t.info.Defs[id]; obj != nil {
			t.set(obj, t.newOrigin(id, srcArgs, ""))
		}
	}
}

func (t *flow) set(obj types.Object, s *origin) {
	if obj == nil || s == nil || !replaces(t.objs[obj], s) {
		return
	}
	t.objs[obj] = s
	t.touch(obj)
}

// newOrigin returns the source read at n, once per node. Reads inside an
// -allowed-sources function are not sources.
func (t *flow) newOrigin(n ast.Node, kind, name string) *origin {
	if s, ok := t.at[n]; ok {
		return s
	}
	kind, name = t.viperOrigin(n, kind, name) // viper.go: viper as an environment reader
	var s *origin
	switch {
	case !t.keep(kind):
	case (kind == srcFile || kind == srcEmbed || kind == srcConfig) && t.inTest(n):
		// Tests read fixtures and fake keys from files.
	case (kind == srcGetter || kind == srcConfig) && t.viperCall(n) && t.r.userConfigStore():
		// A CLI's own per-user credential store, which its login command
		// writes: viper reads it from the user's home or config directory.
	case kind == srcEnv || kind == srcLit || kind == srcHeader || kind == srcUse || !t.insideAllowed(n):
		s = &origin{kind: kind, node: n, name: name}
		t.all = append(t.all, s)
	}
	t.at[n] = s
	return s
}

func (t *flow) inTest(n ast.Node) bool { return t.r.isTestFile(n.Pos()) }

// commandLinePath reports whether a file read's path comes from the command
// line (-config config.yaml, os.Args[1]), directly or through a function's
// parameter: such files sit beside the code in practice. A path built with
// the environment or the user's home or config directory is deployment
// configuration, and so is a flag whose default is under the home
// directory (a CLI's own per-user credential store).
func (t *flow) commandLinePath(call *ast.CallExpr) bool {
	if len(call.Args) == 0 {
		return false
	}
	cl, deploy := false, false
	ast.Inspect(call.Args[0], func(n ast.Node) bool {
		e, ok := n.(ast.Expr)
		if !ok || deploy {
			return false
		}
		if c, ok := e.(*ast.CallExpr); ok && t.userDirOrEnv(c) {
			deploy = true
			return false
		}
		for _, o := range t.origins(e) {
			if o.kind != srcFlag && o.kind != srcArgs {
				continue
			}
			cl = true
			if fc, ok := o.node.(*ast.CallExpr); ok && t.homeDefault(fc) {
				deploy = true
			}
		}
		return true
	})
	return cl && !deploy
}

// userDirOrEnv reports whether c reads the environment or names the
// user's home or config directory.
func (t *flow) userDirOrEnv(c *ast.CallExpr) bool {
	fn, _ := typeutil.Callee(t.info, c).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	switch p := fn.Pkg().Path(); {
	case p == "os" && (fn.Name() == "Getenv" || fn.Name() == "LookupEnv" || fn.Name() == "UserHomeDir" || fn.Name() == "UserConfigDir" || fn.Name() == "ExpandEnv"),
		p == "github.com/mitchellh/go-homedir", p == "github.com/adrg/xdg", p == "os/user":
		return true
	}
	return false
}

// homeDefault reports whether a flag definition's default value (any
// argument but its name) names the home directory: "~/.tool/config.yaml",
// "$HOME/…", or a value computed from os.UserHomeDir.
func (t *flow) homeDefault(fc *ast.CallExpr) bool {
	home := false
	for _, a := range fc.Args {
		ast.Inspect(a, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.BasicLit:
				if v, err := strconv.Unquote(n.Value); err == nil && (strings.HasPrefix(v, "~/") || strings.Contains(v, "$HOME") || strings.Contains(v, "${HOME}")) {
					home = true
				}
			case *ast.CallExpr:
				if t.userDirOrEnv(n) || t.r.userDirCall(n) {
					home = true
				}
			case *ast.Ident:
				// A variable set from os.UserHomeDir in this package.
				if v, ok := t.info.Uses[n].(*types.Var); ok && (t.r.homeVars()[v] || t.r.homeDerived(v)) {
					home = true
				}
			}
			return !home
		})
	}
	return home
}

// homeVars returns, once per run, the variables assigned from the user's
// home or config directory (home, _ := os.UserHomeDir()).
func (r *run) homeVars() map[*types.Var]bool {
	if r.homes != nil {
		return r.homes
	}
	r.homes = map[*types.Var]bool{}
	for cur := range r.insp.Root().Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)) {
		for l, rhs := range assignments(cur.Node()) {
			c, ok := ast.Unparen(rhs).(*ast.CallExpr)
			if !ok {
				continue
			}
			fn, _ := typeutil.Callee(r.pass.TypesInfo, c).(*types.Func)
			if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "os" || (fn.Name() != "UserHomeDir" && fn.Name() != "UserConfigDir") {
				continue
			}
			if v, ok := r.objOf(l).(*types.Var); ok {
				r.homes[v] = true
			}
		}
	}
	return r.homes
}

// bakedPath reports whether a file read's path (its first argument) is
// fixed in the source: a constant, or filepath.Join of constants. Keys in
// such files ship with the code. A path from the environment, a parameter,
// a field, the home directory or the command line is deployment
// configuration (a credentials file, a mounted secret, a token file), and
// so are constant paths under the Docker and Kubernetes secret mounts.
func (t *flow) bakedPath(call *ast.CallExpr) bool {
	if len(call.Args) == 0 {
		return false
	}
	var constPath func(e ast.Expr) (string, bool)
	constPath = func(e ast.Expr) (string, bool) {
		if s, ok := t.r.constString(e); ok {
			return s, true
		}
		c, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok {
			return "", false
		}
		fn, _ := typeutil.Callee(t.info, c).(*types.Func)
		if fn == nil || fn.Pkg() == nil || fn.Name() != "Join" || (fn.Pkg().Path() != "path/filepath" && fn.Pkg().Path() != "path") {
			return "", false
		}
		var parts []string
		for _, a := range c.Args {
			s, ok := constPath(a)
			if !ok {
				return "", false
			}
			parts = append(parts, s)
		}
		return strings.Join(parts, "/"), true
	}
	p, ok := constPath(call.Args[0])
	if !ok {
		return false
	}
	for _, mount := range []string{"/run/secrets/", "/var/run/secrets/"} {
		if strings.HasPrefix(p, mount) {
			return false
		}
	}
	return true
}

func (t *flow) insideAllowed(n ast.Node) bool {
	if len(t.r.s.allowedSources) == 0 {
		return false
	}
	cur, ok := t.r.insp.Root().FindByPos(n.Pos(), n.End())
	if !ok {
		return false
	}
	for p := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		if fn, ok := t.info.Defs[p.Node().(*ast.FuncDecl).Name].(*types.Func); ok {
			return t.r.isAllowedSource(fn)
		}
	}
	return false
}

// isAllowedSource reports whether fn is a sanctioned key source:
// an environment read or a function listed in -allowed-sources.
func (r *run) isAllowedSource(fn *types.Func) bool { return r.isAllowedID(funcID(fn)) }

func (r *run) isAllowedID(id string) bool {
	switch id {
	case "os:Getenv", "os:LookupEnv", "syscall:Getenv", "os:ExpandEnv", "os:Expand", "os:Environ", "syscall:Environ":
		return true
	}
	if len(r.s.allowedSources) == 0 {
		return false
	}
	dotted := strings.Replace(strings.Replace(id, ".?:", ".", 1), ":", ".", 1)
	return slices.Contains(r.s.allowedSources, dotted)
}

// constArg returns the constant string argument i of call, if any.
func (t *flow) constArg(call *ast.CallExpr, i int) string {
	if i < 0 || i >= len(call.Args) {
		return ""
	}
	s, _ := t.r.constString(call.Args[i])
	return s
}

// originOf returns the source whose value e holds, or nil.
func (t *flow) originOf(e ast.Expr) *origin {
	if t.barrier != nil && t.barrier(e) {
		return nil
	}
	if id, ok := e.(*ast.Ident); ok {
		// The commonest case, with one lookup.
		switch obj := t.info.Uses[id].(type) {
		case nil:
			return nil
		case *types.Const:
			if !t.keep(srcLit) || obj.Val().Kind() != constant.String {
				return nil
			}
		default:
			return t.objs[obj]
		}
	}
	if t.keep(srcLit) {
		if _, ok := t.r.constString(e); ok {
			if kv, ok := t.r.keyValueOf(e); ok && kv.Literal != nil {
				o := t.newOrigin(e, srcLit, kv.Literal.Provider.EnvVar)
				if o != nil {
					o.lit = &kv
				}
				return o
			}
			return nil
		}
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if obj := t.info.Uses[e]; obj != nil {
			return t.objs[obj]
		}
	case *ast.SelectorExpr:
		if sel, ok := t.info.Selections[e]; ok {
			if sel.Kind() != types.FieldVal {
				return nil
			}
			if s := t.objs[sel.Obj()]; s != nil {
				return s
			}
			if s := t.importedObj(sel.Obj()); s != nil {
				return t.entry(e, s)
			}
			return t.originOf(e.X) // a field of a value read from a source
		}
		obj := t.info.Uses[e.Sel]
		if isOSArgs(obj) {
			return t.osArgs(e)
		}
		if obj != nil {
			if s := t.objs[obj]; s != nil {
				return s
			}
			if v, ok := obj.(*types.Var); ok {
				if s := t.importedObj(v); s != nil {
					return t.entry(e, s)
				}
			}
		}
	case *ast.IndexExpr:
		if sel, ok := ast.Unparen(e.X).(*ast.SelectorExpr); ok && isOSArgs(t.info.Uses[sel.Sel]) {
			return t.osArgs(e)
		}
		if el := t.elemOf(e); el != nil {
			if s := t.objs[el]; s != nil {
				return s
			}
		}
		return t.originOf(e.X) // an element of a map or slice read from a source
	case *ast.SliceExpr:
		// key[:4] is a prefix short enough to show; no check follows it.
		if e.High != nil && (e.Low == nil || t.constInt(e.Low) == 0) {
			if hi := t.constInt(e.High); hi >= 0 && hi <= 4 {
				return nil
			}
		}
		return t.originOf(e.X)
	case *ast.StarExpr:
		return t.originOf(e.X)
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return t.originOf(e.X)
		}
	case *ast.TypeAssertExpr:
		return t.originOf(e.X)
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			if s := t.originOf(e.X); s != nil {
				return s
			}
			return t.originOf(e.Y)
		}
	case *ast.CompositeLit:
		// []string{k}, [][]byte{…}: a slice or array of a source value.
		if _, ok := t.info.TypeOf(e).Underlying().(*types.Slice); ok {
			for _, el := range e.Elts {
				if s := t.originOf(el); s != nil {
					return s
				}
			}
		}
	case *ast.FuncLit:
		return t.lits[e]
	case *ast.CallExpr:
		return t.callSrc(e)
	}
	return nil
}

// osArgs returns the origin of a read of os.Args at e. A test's os.Args
// is the test binary and its -test flags (os.Args[0] re-runs the test):
// no key comes from there.
func (t *flow) osArgs(e ast.Expr) *origin {
	if t.inTest(e) {
		return nil
	}
	return t.newOrigin(e, srcArgs, "")
}

func isOSArgs(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	return ok && v.Pkg() != nil && v.Pkg().Path() == "os" && v.Name() == "Args"
}

// callSrc returns the source a call's (first) result holds.
func (t *flow) callSrc(call *ast.CallExpr) *origin {
	if t.extra != nil {
		if s := t.extra(call); s != nil {
			return s
		}
	}
	if tv, ok := t.info.Types[call.Fun]; ok && tv.IsType() {
		if len(call.Args) == 1 {
			return t.originOf(call.Args[0])
		}
		return nil
	}
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.FuncLit:
		return t.lits[fun]
	case *ast.Ident:
		if v, ok := t.info.Uses[fun].(*types.Var); ok {
			return t.objs[v] // a closure held in a variable
		}
	}
	fn, _ := typeutil.Callee(t.info, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	fn = fn.Origin()
	id := t.id(fn)
	if t.r.isAllowedID(id) {
		if name, ok := t.r.isEnvRead(call); ok && keys.NameKindOf(name) != keys.NotKey {
			return t.newOrigin(call, srcEnv, name)
		}
		return nil
	}
	if id == "net/http.Header:Get" || id == "net/textproto.MIMEHeader:Get" {
		if h := t.constArg(call, 0); isAuthHeaderName(h) {
			return t.newOrigin(call, srcHeader, h)
		}
		return nil
	}
	if sp, ok := sourceSpecFor(fn, id); ok {
		if sp.target < 0 && (sp.kind != srcFile || t.bakedPath(call) || t.commandLinePath(call)) {
			return t.newOrigin(call, sp.kind, t.flagName(call, sp))
		}
		return nil
	}
	if fn.Pkg() == t.r.pass.Pkg {
		s := t.funcs[fn]
		if s != nil && s.param != nil && s.fn == fn {
			if s.index < len(call.Args) && !fn.Type().(*types.Signature).Variadic() {
				return t.originOf(call.Args[s.index])
			}
			return nil
		}
		return s
	}
	if s := t.importedObj(fn); s != nil {
		return t.entry(call, s)
	}
	pkg, name, _ := strings.Cut(id, ":")
	anyArg := func() *origin {
		for _, a := range call.Args {
			if s := t.originOf(a); s != nil {
				return s
			}
		}
		return nil
	}
	switch pkg {
	case "strings", "bytes":
		if strings.HasPrefix(name, "Trim") || strings.HasPrefix(name, "Split") || strings.HasPrefix(name, "Cut") {
			return t.originOf(call.Args[0])
		}
		switch name {
		case "Fields", "Join", "Clone", "Replace", "ReplaceAll", "ToLower", "ToUpper", "NewReader", "NewBuffer", "NewBufferString", "Lines":
			return t.originOf(call.Args[0])
		}
	case "fmt":
		switch name {
		case "Sprintf", "Sprint", "Sprintln":
			return anyArg()
		}
	case "io", "io/ioutil":
		if name == "ReadAll" {
			return t.originOf(call.Args[0])
		}
	case "bufio":
		switch name {
		case "NewReader", "NewScanner", "NewReaderSize":
			return t.originOf(call.Args[0])
		}
	case "encoding/base64.Encoding", "encoding/hex":
		// Decoding a key keeps it a key.
		if strings.HasPrefix(name, "Decode") && len(call.Args) > 0 {
			return t.originOf(call.Args[len(call.Args)-1])
		}
	}
	if name == "NewDecoder" && isDecoderPkg(pkg) && len(call.Args) == 1 {
		return t.originOf(call.Args[0])
	}
	// Methods that read text out of a source value: scanner.Text(),
	// reader.ReadString('\n'), flagValue.String(), buf.Bytes(),
	// embeddedFS.ReadFile(name).
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		switch name {
		case "Text", "Bytes", "String", "ReadString", "ReadLine", "ReadBytes", "ReadFile", "Open":
			if s, ok := t.info.Selections[sel]; ok && s.Kind() == types.MethodVal {
				return t.originOf(sel.X)
			}
		}
	}
	return nil
}

// importedObj returns the origin an imported function's result, field or
// package variable carries: from its keySourceFact under -facts, else from
// the summary of its package when that package is the user's own code.
func (t *flow) importedObj(obj types.Object) *origin {
	if obj.Pkg() == nil || obj.Pkg() == t.r.pass.Pkg {
		return nil
	}
	if s, ok := t.imported[obj]; ok {
		return s
	}
	var f *keySourceFact
	if factsOn(t.r.pass.Analyzer) {
		var ff keySourceFact
		if t.r.pass.ImportObjectFact(obj, &ff) {
			f = &ff
		}
	} else if rec := t.r.summaryOf(obj); rec != nil {
		cp := *rec
		f = &cp
	}
	var s *origin
	if v, ok := obj.(*types.Var); ok && f == nil && t.keep(srcUse) {
		if rec := t.r.fieldUse(v); rec != nil {
			s = &origin{kind: srcUse, name: rec.Desc, use: rec}
		}
	}
	if f != nil && t.keep(f.Kind) && !t.r.isAllowedFact(obj) {
		s = &origin{kind: f.Kind, name: f.Name, fact: f, via: obj.Pkg().Name() + "." + obj.Name()}
		if readOutsideEnv(f.Kind) {
			s.reported = f.Reported
		}
		if fn, ok := obj.(*types.Func); ok {
			if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
				s.via = obj.Pkg().Name() + "." + typeName(sig.Recv().Type()) + "." + obj.Name()
			}
		}
	}
	t.imported[obj] = s
	return s
}

// entry returns the source a value read in another package carries where
// it enters this package (the call or field read at n): one per site.
func (t *flow) entry(n ast.Node, remote *origin) *origin {
	if s, ok := t.at[n]; ok {
		return s
	}
	s := *remote
	s.node = n
	t.at[n] = &s
	t.all = append(t.all, &s)
	return &s
}

func (r *run) isAllowedFact(obj types.Object) bool {
	fn, ok := obj.(*types.Func)
	return ok && r.isAllowedSource(fn)
}

// elemKey names one constant-key element of a map variable or field.
type elemKey struct {
	m   types.Object
	key string
}

// elemOf returns the variable that stands for m["key"], an element of a map
// with a constant key, so that m["model"] = *model does not make
// m["api_key"] a flag value; nil for other index expressions.
func (t *flow) elemOf(e *ast.IndexExpr) types.Object {
	tx := t.info.TypeOf(e.X)
	if tx == nil {
		return nil
	}
	if _, ok := tx.Underlying().(*types.Map); !ok {
		return nil
	}
	key, ok := t.r.constString(e.Index)
	if !ok {
		return nil
	}
	m := t.lvalueObj(e.X)
	if m == nil {
		return nil
	}
	k := elemKey{m, key}
	if v, ok := t.elems[k]; ok {
		return v
	}
	if t.elems == nil {
		t.elems = map[elemKey]types.Object{}
	}
	v := types.NewVar(e.Pos(), nil, key, t.info.TypeOf(e))
	t.elems[k] = v
	if t.elemOwner == nil {
		t.elemOwner = map[any]types.Object{}
	}
	t.elemOwner[v] = m
	return v
}

// lvalueObj returns the variable or field an assignment's left side writes.
func (t *flow) lvalueObj(e ast.Expr) types.Object {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return t.info.ObjectOf(e)
	case *ast.SelectorExpr:
		if sel, ok := t.info.Selections[e]; ok {
			if sel.Kind() == types.FieldVal {
				return sel.Obj()
			}
			return nil
		}
		return t.info.Uses[e.Sel]
	case *ast.IndexExpr:
		if el := t.elemOf(e); el != nil {
			return el
		}
		return t.lvalueObj(e.X)
	case *ast.StarExpr:
		return t.lvalueObj(e.X)
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return t.lvalueObj(e.X)
		}
	}
	return nil
}

// carriesText reports whether a value of type t can hold a key (or a
// reader, decoder or pointer that yields one): everything but booleans,
// numbers and errors.
func carriesText(t types.Type) bool {
	if t == nil {
		return false
	}
	if b, ok := t.Underlying().(*types.Basic); ok {
		return b.Info()&types.IsString != 0
	}
	return !types.Identical(t, types.Universe.Lookup("error").Type())
}

func (t *flow) propagate(n, fn ast.Node) {
	switch n := n.(type) {
	case *ast.AssignStmt:
		if len(n.Lhs) == len(n.Rhs) {
			for i := range n.Lhs {
				t.set(t.lvalueObj(n.Lhs[i]), t.originOf(n.Rhs[i]))
			}
		} else if len(n.Rhs) == 1 {
			if s := t.originOf(n.Rhs[0]); s != nil {
				for _, l := range n.Lhs {
					if carriesText(t.info.TypeOf(l)) && (t.barrier == nil || !t.barrier(l)) {
						t.set(t.lvalueObj(l), s)
					}
				}
			}
		}
	case *ast.ValueSpec:
		if len(n.Names) == len(n.Values) {
			for i, id := range n.Names {
				t.set(t.info.Defs[id], t.originOf(n.Values[i]))
			}
		} else if len(n.Values) == 1 {
			if s := t.originOf(n.Values[0]); s != nil {
				for _, id := range n.Names {
					if obj := t.info.Defs[id]; obj != nil && carriesText(obj.Type()) && (t.barrier == nil || !t.barrier(id)) {
						t.set(obj, s)
					}
				}
			}
		}
	case *ast.RangeStmt:
		if n.Value != nil {
			t.set(t.lvalueObj(n.Value), t.originOf(n.X))
		}
	case *ast.CompositeLit:
		t.urfaveDestination(n)
		for _, el := range n.Elts {
			kv, ok := el.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			if id, ok := kv.Key.(*ast.Ident); ok {
				if v, ok := t.info.Uses[id].(*types.Var); ok && v.IsField() {
					t.set(v, t.originOf(kv.Value))
				}
			}
		}
	case *ast.ReturnStmt:
		var s *origin
		for _, res := range n.Results {
			if s = t.originOf(res); s != nil {
				break
			}
		}
		switch fn := fn.(type) {
		case *ast.FuncDecl:
			obj, _ := t.info.Defs[fn.Name].(*types.Func)
			if obj == nil {
				return
			}
			if s == nil && len(n.Results) == 0 {
				s = t.namedResultSrc(obj)
			}
			if old := t.funcs[obj]; s != nil && (replaces(old, s) || old.param != nil && s.param == nil) {
				t.funcs[obj] = s
				t.touch(obj)
			}
		case *ast.FuncLit:
			if s != nil && replaces(t.lits[fn], s) {
				t.lits[fn] = s
				t.touch(fn)
			}
		}
	}
}

// arrive records that a call passes s as parameter i of fn.
func (t *flow) arrive(fn *types.Func, i int, p *types.Var, s *origin) {
	ph := t.objs[p]
	if ph == nil || ph.kind == srcUse && s.kind != srcUse {
		// A parameter known by its use takes what callers pass instead,
		// unless they too pass a key known by its use.
		ph = &origin{param: p, fn: fn, index: i}
		t.objs[p] = ph
		t.touch(p)
	}
	if ph.param == nil || ph == s || slices.Contains(ph.arrivals, s) {
		return
	}
	ph.arrivals = append(ph.arrivals, s)
	t.touch(p)
}

func (t *flow) namedResultSrc(fn *types.Func) *origin {
	res := fn.Type().(*types.Signature).Results()
	for i := range res.Len() {
		if s := t.objs[res.At(i)]; s != nil {
			return s
		}
	}
	return nil
}

// callEffects propagates what a call does besides returning: flag.StringVar
// writes its target, json.Unmarshal decodes a file into its target, a call
// of a function of this package passes sources to its parameters.
func (t *flow) callEffects(call *ast.CallExpr, fn *types.Func) {
	id := t.id(fn)
	if sp, ok := sourceSpecOf(id); ok {
		if sp.target >= 0 && sp.target < len(call.Args) && !t.r.isAllowedID(id) &&
			(id != "github.com/BurntSushi/toml:DecodeFile" || t.bakedPath(call) || t.commandLinePath(call)) {
			t.set(t.lvalueObj(call.Args[sp.target]), t.newOrigin(call, sp.kind, t.flagName(call, sp)))
		}
		return
	}
	pkg, name, _ := strings.Cut(id, ":")
	if fn.Pkg() == t.r.pass.Pkg {
		sig := fn.Type().(*types.Signature)
		for i, a := range call.Args {
			if i >= sig.Params().Len() || (sig.Variadic() && i >= sig.Params().Len()-1) {
				break
			}
			if s := t.originOf(a); s != nil {
				t.arrive(fn, i, sig.Params().At(i), s)
			}
		}
		return
	}
	// Decoding: data (a file's bytes) into a target, or a decoder over a
	// file into a target.
	var data, target ast.Expr
	switch {
	case isDecoderPkg(pkg) && (name == "Unmarshal" || name == "Decode") && len(call.Args) == 2:
		data, target = call.Args[0], call.Args[1]
	case strings.HasSuffix(pkg, ".Decoder") && isDecoderPkg(strings.TrimSuffix(pkg, ".Decoder")) && name == "Decode" && len(call.Args) == 1:
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			data, target = sel.X, call.Args[0]
		}
	}
	if data == nil {
		return
	}
	s := t.originOf(data)
	if s == nil {
		return
	}
	if s.kind == srcFile {
		s = t.newOrigin(call, srcConfig, "")
	}
	t.set(t.lvalueObj(target), s)
}
