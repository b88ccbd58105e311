package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/apikeylint/apikeylint/analyzer/keys"
)

// Where values go: the value-flow layer's second half.
//
// flow.go answers "where can this value come from"; this file answers
// "where does it go". A use is a place a value is used as a credential
// (a credential sink: an Authorization-style header, an SDK constructor,
// option or field that takes a key, a basic-auth password, a key-named URL
// query parameter), written out (an exposure sink: a log, a print, an
// error, a panic) or sent to a client (a response). useScan walks back
// from each sink over one package's function bodies: through locals,
// concatenation, formatting and trimming, to the parameters (and fields of
// parameters) of the function holding the sink, and, for credential sinks,
// to the struct fields whose values reach it and the values written to
// those fields. So a key is known by its use as well as by its origin:
//
//   - in the package itself (typed, once per run): every local, parameter
//     and field that reaches a credential sink is a key (uses), which the
//     checks' flows take as an origin of kind srcUse;
//   - in an importer (syntactic, through the package summary or, with
//     -facts, an analysis fact): the caller's argument meets the callee's
//     parameter sinks, and a value stored in another package's field that
//     reaches a credential sink there is a key.
//
// The walk is the same code in both modes; resolvers say what a name
// denotes (with types, or with the parser's scopes and the file's imports).

// Use kinds.
const (
	useCred     = "credential"
	useExpose   = "exposure"
	useResponse = "response"
)

// useRecord is one sink a value reaches. Summaries and facts carry it, so
// its fields are exported (gob).
type useRecord struct {
	Kind string // useCred, useExpose or useResponse
	Desc string // completes "sent …": "in the Authorization header", "to discordgo.New", "to the log"
	Pos  string // where the sink is: "client.go:42"
	Func string // the function holding the sink: "llm.New"
	// For an SDK's take: the provider's registry ID and the prefix the
	// SDK wants before the key ("Bot "), and the other accepted ones.
	Provider string
	Scheme   string
	Alts     []string
	// Header is the header name of a header sink.
	Header string
	// Query is the parameter name of a URL query sink.
	Query string

	node ast.Node // the sink, in the package where it was found (typed scans)
}

// sent says where the sink sends a value, for messages: "sent in the
// Authorization header at client.go:42".
func (rec *useRecord) sent() string {
	if rec.Pos == "" {
		return "sent " + rec.Desc
	}
	return "sent " + rec.Desc + " at " + rec.Pos
}

// paramUse says that parameter Index of a function (Field: a field of it,
// or "") reaches Use.
type paramUse struct {
	Index int
	Field string
	Use   *useRecord
}

// useResolver says what the names of one package denote.
type useResolver interface {
	// local returns the identity of a local variable or parameter id
	// names, and false for package-level names, fields and the rest.
	local(id *ast.Ident) (any, bool)
	// field returns the identity and name of the struct field sel selects.
	field(sel *ast.SelectorExpr) (any, string, bool)
	// litField returns the identity of the field a composite literal's key
	// names.
	litField(lit *ast.CompositeLit, key *ast.Ident) (any, bool)
	// callee returns the import path and name ("Func", "Type.Method") of
	// a call's callee; both are "" when unknown.
	callee(call *ast.CallExpr) (path, name string)
	// named returns the import path and name of the type a composite
	// literal builds when it is another package's.
	named(lit *ast.CompositeLit) (path, name string)
	// constString returns e's constant string value.
	constString(e ast.Expr) (string, bool)
	// responseWriter reports whether e is an http.ResponseWriter.
	responseWriter(e ast.Expr) bool
	// fileStart is called before each file's declarations.
	fileStart(f *ast.File)
}

// exposureSyntax says whether a call, by its callee's import path and
// name, writes its arguments from first on where they are kept and shown
// (desc: "the log"). The key-exposure check supplies it; the layer only
// carries what it finds.
type exposureSyntax func(path, name string, args []ast.Expr) (desc string, first int, ok bool)

// useScan is one package's walk.
type useScan struct {
	fset   *token.FileSet
	pkg    string
	files  []*ast.File
	res    useResolver
	expose exposureSyntax // nil: credential sinks only

	// What the walk finds.
	params map[string][]paramUse // function key ("Func", "Type.Method") -> its parameters' uses
	fields map[string]*useRecord // field name -> the credential sink its values reach
	objs   map[any]*useRecord    // local, parameter or field identity -> the credential sink it reaches
	order  []any                 // objs' keys in the order found

	// The package's assignments, collected once.
	assigns     map[any][]ast.Expr // local -> the values assigned to it
	fieldWrites map[any][]ast.Expr // field -> the values written to it
	funcOf      map[any]*funcInfo  // parameter identity -> its function
	sinks       []sinkAt
	seen        map[useSeen]bool
	isSDK       func(path string) bool // keys.IsSDK, cached by the analyzer

	// credOnly keeps the credential sinks only: this package's own scan
	// when no facts are exported, where the other sinks serve nobody.
	credOnly bool
	// noAssigns skips the assignments, for a first walk that finds
	// whether there is any sink to walk back from.
	noAssigns bool
	// index is the package's inspector, when the scan is typed and
	// credential-only: a first walk finds the sinks, and a second,
	// noSinks, the assignments.
	index   *inspector.Cursor
	noSinks bool
	fis     map[*ast.FuncDecl]*funcInfo
	pending bool // the sinks are found, the rest is not (useProbe)
	// The function a typed walk is in (step).
	inBody *ast.BlockStmt
	inFunc *funcInfo
}

type funcInfo struct {
	key    string
	params map[any]int
}

type sinkAt struct {
	e   ast.Expr
	rec *useRecord
}

type useSeen struct {
	id   any
	kind string
}

// newUseScan returns a walk over files of package pkg.
func newUseScan(fset *token.FileSet, pkg string, files []*ast.File, res useResolver, isSDK func(string) bool) *useScan {
	return &useScan{
		fset: fset, pkg: pkg, files: files, res: res, isSDK: isSDK,
		params:      map[string][]paramUse{},
		fields:      map[string]*useRecord{},
		objs:        map[any]*useRecord{},
		assigns:     map[any][]ast.Expr{},
		fieldWrites: map[any][]ast.Expr{},
		funcOf:      map[any]*funcInfo{},
		seen:        map[useSeen]bool{},
	}
}

// run collects the package's sinks and assignments, then walks back from
// each sink.
func (u *useScan) run() {
	if u.credOnly && u.index != nil {
		// Most packages send no key: find the sinks first, and collect
		// the assignments that the walk back from a sink needs only
		// when there is one.
		u.noAssigns = true
		u.walk()
		u.noAssigns = false
		u.finish()
		return
	}
	u.walk()
	u.markAll()
}

// finish completes a typed credential-only scan whose sinks are found:
// when there are any, it collects the assignments and walks back.
func (u *useScan) finish() {
	if len(u.sinks) == 0 {
		return
	}
	u.noSinks = true
	u.walk()
	u.noSinks = false
	u.markAll()
}

// markAll walks back from every sink found.
func (u *useScan) markAll() {
	for i := 0; i < len(u.sinks); i++ {
		s := u.sinks[i]
		u.mark(s.e, s.rec)
	}
}

// walk collects the files' sinks and, unless noAssigns, assignments.
func (u *useScan) walk() {
	if u.index != nil {
		// Typed: the inspector visits only the kinds of node that matter
		// to this walk: sinks (calls, concatenations, header maps and
		// slots, SDK literals), or assignments.
		kinds := sinkKinds
		if u.noSinks {
			kinds = []ast.Node{(*ast.FuncDecl)(nil), (*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.RangeStmt)(nil), (*ast.CompositeLit)(nil)}
		}
		u.inBody, u.inFunc = nil, nil
		for cur := range u.index.Preorder(kinds...) {
			u.step(cur.Node())
		}
		return
	}
	for _, f := range u.files {
		u.res.fileStart(f)
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			u.body(fd.Body, u.funcInfo(fd))
		}
	}
}

// sinkKinds are the node types where a typed walk finds the sinks, with
// the FuncDecls that step needs to know which function it is in.
var sinkKinds = []ast.Node{(*ast.FuncDecl)(nil), (*ast.AssignStmt)(nil), (*ast.CompositeLit)(nil), (*ast.CallExpr)(nil), (*ast.BinaryExpr)(nil)}

// step is a typed walk's body for n, given the nodes in order: a FuncDecl
// starts a function, and the nodes inside its body are recorded; those
// outside any function body are not.
func (u *useScan) step(n ast.Node) {
	if fd, ok := n.(*ast.FuncDecl); ok {
		u.inBody, u.inFunc = fd.Body, nil
		if fd.Body != nil {
			if u.inFunc = u.fis[fd]; u.inFunc == nil {
				u.inFunc = u.funcInfo(fd)
				u.fis[fd] = u.inFunc
			}
		}
		return
	}
	if u.inBody == nil || n.Pos() < u.inBody.Pos() || n.End() > u.inBody.End() {
		return
	}
	u.node(n, u.inFunc)
}

// funcInfo returns a function's key and its parameters' indexes, and
// records which function each parameter belongs to.
func (u *useScan) funcInfo(fd *ast.FuncDecl) *funcInfo {
	fi := &funcInfo{key: fd.Name.Name, params: map[any]int{}}
	if fd.Recv != nil && len(fd.Recv.List) == 1 {
		fi.key = recvTypeNameExpr(fd.Recv.List[0].Type) + "." + fi.key
	}
	i := 0
	for _, fld := range fd.Type.Params.List {
		if len(fld.Names) == 0 {
			i++
		}
		for _, id := range fld.Names {
			if k, ok := u.res.local(id); ok {
				fi.params[k] = i
				u.funcOf[k] = fi
			}
			i++
		}
	}
	return fi
}

// body collects a function's assignments and sinks.
func (u *useScan) body(body *ast.BlockStmt, fi *funcInfo) {
	ast.Inspect(body, func(n ast.Node) bool {
		u.node(n, fi)
		return true
	})
}

// node records what n, a node in a function of key fi, does.
func (u *useScan) node(n ast.Node, fi *funcInfo) {
	if u.noSinks {
		switch n.(type) {
		case *ast.CallExpr, *ast.BinaryExpr:
			return // sinks only
		}
	}
	switch n := n.(type) {
	case *ast.AssignStmt, *ast.ValueSpec:
		for l, r := range assignments(n) {
			u.assign(l, r, fi)
		}
	case *ast.RangeStmt:
		if n.Value != nil {
			u.assign(n.Value, n.X, fi)
		}
	case *ast.CompositeLit:
		u.compositeLit(n, fi)
	case *ast.CallExpr:
		u.call(n, fi)
	case *ast.BinaryExpr:
		// "…?key=" + v: a key query parameter.
		if n.Op == token.ADD {
			if text, ok := u.res.constString(n.X); ok {
				if p, ok := queryParamBefore(text); ok {
					u.sink(n.Y, &useRecord{Kind: useCred, Desc: "in the " + p + " query parameter", Query: p}, fi)
				}
			}
		}
	}
}

// assign records l = r: a local's value, a field's value, or a header slot
// h["Authorization"] = v.
func (u *useScan) assign(l, r ast.Expr, fi *funcInfo) {
	switch l := ast.Unparen(l).(type) {
	case *ast.Ident:
		if u.noAssigns {
			return
		}
		if k, ok := u.res.local(l); ok {
			u.assigns[k] = append(u.assigns[k], r)
		}
	case *ast.SelectorExpr:
		if u.noAssigns {
			return
		}
		if k, _, ok := u.res.field(l); ok {
			u.fieldWrites[k] = append(u.fieldWrites[k], r)
		}
	case *ast.IndexExpr:
		if h, ok := u.res.constString(l.Index); ok && isAuthHeaderName(h) {
			u.sink(r, &useRecord{Kind: useCred, Desc: "in the " + h + " header", Header: h}, fi)
		}
	}
}

// compositeLit records field values (T{APIKey: k}), header maps
// (http.Header{"Authorization": {v}}) and SDK option structs.
func (u *useScan) compositeLit(lit *ast.CompositeLit, fi *funcInfo) {
	for _, el := range lit.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if u.noSinks {
			if id, ok := kv.Key.(*ast.Ident); ok {
				if k, ok := u.res.litField(lit, id); ok {
					u.fieldWrites[k] = append(u.fieldWrites[k], kv.Value)
				}
			}
			continue
		}
		if h, ok := u.res.constString(kv.Key); ok && isAuthHeaderName(h) {
			u.sink(kv.Value, &useRecord{Kind: useCred, Desc: "in the " + h + " header", Header: h}, fi)
			continue
		}
		id, ok := kv.Key.(*ast.Ident)
		if !ok {
			continue
		}
		if k, ok := u.res.litField(lit, id); ok && !u.noAssigns {
			u.fieldWrites[k] = append(u.fieldWrites[k], kv.Value)
		}
		if path, typ := u.res.named(lit); path != "" && u.isSDK(path) {
			if sdk, take, ok := keys.SDKTakeOf(path, typ+"."+id.Name); ok {
				u.sink(kv.Value, sdkRecord(sdk, take, lastElem(path)+"."+typ+"."+id.Name), fi)
			}
		}
	}
}

// call records the sinks a call is.
func (u *useScan) call(call *ast.CallExpr, fi *funcInfo) {
	path, name := u.res.callee(call)
	if path == "" && name == "" {
		switch fun := ast.Unparen(call.Fun).(type) {
		case *ast.SelectorExpr:
			name = "?." + fun.Sel.Name
		case *ast.Ident:
			if fun.Name == "panic" && fun.Obj == nil {
				name = "panic"
			}
		}
	}
	if path == "net/url" && (name == "Values.Set" || name == "Values.Add") && len(call.Args) == 2 {
		if p, ok := u.res.constString(call.Args[0]); ok && keyQueryParam(p) {
			u.sink(call.Args[1], &useRecord{Kind: useCred, Desc: "in the " + p + " query parameter", Query: p}, fi)
		}
		return
	}
	// A value beside an Authorization-style header name: Header.Set,
	// Header.Add, a client's SetHeader.
	for i, a := range call.Args[:max(len(call.Args)-1, 0)] {
		if h, ok := u.res.constString(a); ok && isAuthHeaderName(h) {
			u.sink(call.Args[i+1], &useRecord{Kind: useCred, Desc: "in the " + h + " header", Header: h}, fi)
			return
		}
	}
	method := name[strings.LastIndex(name, ".")+1:]
	switch {
	case method == "SetBasicAuth" && len(call.Args) == 2,
		path == "net/url" && name == "UserPassword" && len(call.Args) == 2:
		u.sink(call.Args[1], &useRecord{Kind: useCred, Desc: "as a basic-auth password"}, fi)
		return
	}
	if path != "" && u.isSDK(path) {
		if sdk, take, ok := keys.SDKTakeOf(path, name); ok && take.Arg < len(call.Args) {
			u.sink(call.Args[take.Arg], sdkRecord(sdk, take, lastElem(path)+"."+name), fi)
			return
		}
	}
	if u.credOnly {
		return
	}
	// A response: fmt.Fprint*(w, …), io.WriteString(w, v) and w.Write(b)
	// on an http.ResponseWriter.
	switch {
	case path == "fmt" && strings.HasPrefix(name, "Fprint") && len(call.Args) > 1 && u.res.responseWriter(call.Args[0]):
		for _, a := range call.Args[1:] {
			u.sink(a, &useRecord{Kind: useResponse, Desc: "to the HTTP response"}, fi)
		}
		return
	case path == "io" && name == "WriteString" && len(call.Args) == 2 && u.res.responseWriter(call.Args[0]):
		u.sink(call.Args[1], &useRecord{Kind: useResponse, Desc: "to the HTTP response"}, fi)
		return
	case method == "Write" && len(call.Args) == 1:
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && u.res.responseWriter(sel.X) {
			u.sink(call.Args[0], &useRecord{Kind: useResponse, Desc: "to the HTTP response"}, fi)
			return
		}
	}
	if u.expose != nil {
		if desc, first, ok := u.expose(path, name, call.Args); ok {
			for _, a := range call.Args[min(first, len(call.Args)):] {
				u.sink(a, &useRecord{Kind: useExpose, Desc: desc}, fi)
			}
		}
	}
}

// sdkRecord describes an SDK's take.
func sdkRecord(sdk keys.SDK, take keys.SDKTake, callee string) *useRecord {
	return &useRecord{Kind: useCred, Desc: "to " + callee, Provider: sdk.Provider, Scheme: take.Scheme, Alts: slices.Clone(take.Alternatives)}
}

// lastElem returns a package's name as its import path's last element,
// without a major version (github.com/x/go-github/v60 → go-github).
func lastElem(path string) string {
	n := path[strings.LastIndex(path, "/")+1:]
	if v := strings.TrimPrefix(n, "v"); v != n && isDigits(v) && strings.Contains(path, "/") {
		q := strings.TrimSuffix(path, "/"+n)
		n = q[strings.LastIndex(q, "/")+1:]
	}
	return n
}

// sink records that e reaches rec, in function fi.
func (u *useScan) sink(e ast.Expr, rec *useRecord, fi *funcInfo) {
	p := u.fset.Position(e.Pos())
	rec.Pos = fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line)
	rec.Func = u.pkg + "." + fi.key
	rec.node = e
	u.sinks = append(u.sinks, sinkAt{e, rec})
}

// mark walks back from e, which reaches rec.
func (u *useScan) mark(e ast.Expr, rec *useRecord) {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		k, ok := u.res.local(e)
		if !ok || !u.first(k, rec.Kind) {
			return
		}
		if rec.Kind == useCred {
			u.setObj(k, rec)
		}
		if owner := u.funcOf[k]; owner != nil {
			u.addParam(owner.key, paramUse{Index: owner.params[k], Use: rec})
		}
		for _, v := range u.assigns[k] {
			u.mark(v, rec)
		}
	case *ast.SelectorExpr:
		u.markHolder(e.X, e.Sel.Name, rec)
		k, name, ok := u.res.field(e)
		if !ok || rec.Kind != useCred || !u.first(k, rec.Kind) {
			return
		}
		u.setObj(k, rec)
		if u.fields[name] == nil {
			u.fields[name] = rec
		}
		for _, w := range u.fieldWrites[k] {
			u.mark(w, rec)
		}
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			u.mark(e.X, rec)
			u.mark(e.Y, rec)
		}
	case *ast.StarExpr:
		u.mark(e.X, rec)
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			u.mark(e.X, rec)
		}
	case *ast.CompositeLit:
		// []string{v} in a header map.
		if _, ok := e.Type.(*ast.ArrayType); ok || e.Type == nil {
			for _, el := range e.Elts {
				u.mark(el, rec)
			}
		}
	case *ast.CallExpr:
		u.markCall(e, rec)
	}
}

// markHolder walks back from x, a struct whose field reaches rec: to the
// parameter it is (cfg in cfg.APIKey), through locals, and through the
// values written to a field that holds it (c.cfg.APIKey, where New wrote
// its parameter cfg into c.cfg).
func (u *useScan) markHolder(x ast.Expr, field string, rec *useRecord) {
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		k, ok := u.res.local(x)
		if !ok || !u.first(useSeen{k, field}, rec.Kind) {
			return
		}
		if owner := u.funcOf[k]; owner != nil {
			u.addParam(owner.key, paramUse{Index: owner.params[k], Field: field, Use: rec})
		}
		for _, v := range u.assigns[k] {
			u.markHolder(v, field, rec)
		}
	case *ast.SelectorExpr:
		k, _, ok := u.res.field(x)
		if !ok || !u.first(useSeen{k, field}, rec.Kind) {
			return
		}
		for _, w := range u.fieldWrites[k] {
			u.markHolder(w, field, rec)
		}
	case *ast.StarExpr:
		u.markHolder(x.X, field, rec)
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			u.markHolder(x.X, field, rec)
		}
	}
}

// markCall walks back through the calls that keep a value's text:
// conversions, fmt.Sprint*, strings' trimming and case changes.
func (u *useScan) markCall(c *ast.CallExpr, rec *useRecord) {
	switch fun := ast.Unparen(c.Fun).(type) {
	case *ast.Ident:
		if (fun.Name == "string" || fun.Name == "any") && len(c.Args) == 1 {
			u.mark(c.Args[0], rec)
		}
		return
	case *ast.ArrayType:
		if len(c.Args) == 1 {
			u.mark(c.Args[0], rec)
		}
		return
	}
	path, name := u.res.callee(c)
	switch path {
	case "fmt":
		if strings.HasPrefix(name, "Sprint") {
			for _, a := range c.Args {
				u.mark(a, rec)
			}
		}
	case "strings", "bytes":
		if len(c.Args) > 0 && (strings.HasPrefix(name, "Trim") || name == "ToLower" || name == "ToUpper" || name == "Clone") {
			u.mark(c.Args[0], rec)
		}
	}
}

// first reports whether id is seen for the first time with kind.
func (u *useScan) first(id any, kind string) bool {
	k := useSeen{id, kind}
	if u.seen[k] {
		return false
	}
	u.seen[k] = true
	return true
}

func (u *useScan) setObj(k any, rec *useRecord) {
	if u.objs[k] == nil {
		u.objs[k] = rec
		u.order = append(u.order, k)
	}
}

func (u *useScan) addParam(fn string, p paramUse) {
	for _, q := range u.params[fn] {
		if q.Index == p.Index && q.Field == p.Field && q.Use.Kind == p.Use.Kind {
			return
		}
	}
	u.params[fn] = append(u.params[fn], p)
}

// ---- resolvers -----------------------------------------------------------

// typedResolver resolves names with this pass's type information.
type typedResolver struct{ r *run }

func (t typedResolver) local(id *ast.Ident) (any, bool) {
	v, ok := t.r.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if !ok || v.IsField() || v.Parent() == nil || v.Parent() == t.r.pass.Pkg.Scope() {
		return nil, false
	}
	return v, true
}

func (t typedResolver) field(sel *ast.SelectorExpr) (any, string, bool) {
	s, ok := t.r.pass.TypesInfo.Selections[sel]
	if !ok || s.Kind() != types.FieldVal {
		return nil, "", false
	}
	return s.Obj(), s.Obj().Name(), true
}

func (t typedResolver) litField(_ *ast.CompositeLit, key *ast.Ident) (any, bool) {
	v, ok := t.r.pass.TypesInfo.Uses[key].(*types.Var)
	return v, ok && v.IsField()
}

func (t typedResolver) callee(call *ast.CallExpr) (string, string) {
	fn, _ := typeutil.Callee(t.r.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return "", ""
	}
	fn = fn.Origin()
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return fn.Pkg().Path(), fn.Name()
	}
	// A method's name is built once per run.
	name, ok := t.r.methodNames[fn]
	if !ok {
		if t.r.methodNames == nil {
			t.r.methodNames = map[*types.Func]string{}
		}
		name = typeName(sig.Recv().Type()) + "." + fn.Name()
		t.r.methodNames[fn] = name
	}
	return fn.Pkg().Path(), name
}

func (t typedResolver) named(lit *ast.CompositeLit) (string, string) {
	n, ok := types.Unalias(derefType(t.r.pass.TypesInfo.TypeOf(lit))).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg() == t.r.pass.Pkg {
		return "", ""
	}
	return n.Obj().Pkg().Path(), n.Obj().Name()
}

func (t typedResolver) constString(e ast.Expr) (string, bool) { return t.r.constString(e) }

func (t typedResolver) responseWriter(e ast.Expr) bool {
	return isNamed(t.r.pass.TypesInfo.TypeOf(e), "net/http", "ResponseWriter")
}

func (typedResolver) fileStart(*ast.File) {}

// fileNames resolves one file's names without types: its imports and the
// package's string constants. The layer's syntactic walks (summaries of
// other packages, frontend-key's files excluded by build tags) share it.
type fileNames struct {
	imports map[string]string // local name -> import path
	consts  map[string]string // package-level string constants
}

// constString returns e's constant string value: a literal, a package
// constant, or + of those.
func (n fileNames) constString(e ast.Expr) (string, bool) {
	switch e := ast.Unparen(e).(type) {
	case *ast.BasicLit:
		if e.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(e.Value)
		return s, err == nil
	case *ast.Ident:
		s, ok := n.consts[e.Name]
		return s, ok
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return "", false
		}
		x, ok := n.constString(e.X)
		if !ok {
			return "", false
		}
		y, ok := n.constString(e.Y)
		return x + y, ok
	}
	return "", false
}

// pkgFunc returns the import path and name of a pkg.Name selector; "" when
// fun is no selector of an imported package (a local of the same name
// shadows it).
func (n fileNames) pkgFunc(fun ast.Expr) (path, name string) {
	sel, ok := ast.Unparen(fun).(*ast.SelectorExpr)
	if !ok {
		return "", ""
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok || id.Obj != nil {
		return "", ""
	}
	if p := n.imports[id.Name]; p != "" {
		return p, sel.Sel.Name
	}
	return "", ""
}

// collectConsts returns the package-level string constants of files.
func collectConsts(sets ...[]*ast.File) map[string]string {
	m := map[string]string{}
	for _, files := range sets {
		for _, f := range files {
			for _, d := range f.Decls {
				gd, ok := d.(*ast.GenDecl)
				if !ok || gd.Tok != token.CONST {
					continue
				}
				for _, s := range gd.Specs {
					vs := s.(*ast.ValueSpec)
					if len(vs.Names) != len(vs.Values) {
						continue
					}
					for i, id := range vs.Names {
						if lit, ok := vs.Values[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
							if v, err := strconv.Unquote(lit.Value); err == nil {
								m[id.Name] = v
							}
						}
					}
				}
			}
		}
	}
	return m
}

// syntaxResolver resolves names with the parser's scopes and each file's
// imports: for packages of the user's code read without types.
type syntaxResolver struct {
	fileNames
	files []*ast.File
}

func newSyntaxResolver(files []*ast.File) *syntaxResolver {
	return &syntaxResolver{fileNames: fileNames{consts: collectConsts(files)}, files: files}
}

func (s *syntaxResolver) fileStart(f *ast.File) { s.imports = fileImports(f) }

func (s *syntaxResolver) local(id *ast.Ident) (any, bool) {
	if id.Obj == nil || id.Obj.Kind != ast.Var || topLevel(s.files, id.Obj) {
		return nil, false
	}
	return id.Obj, true
}

func (s *syntaxResolver) field(sel *ast.SelectorExpr) (any, string, bool) {
	if p, _ := s.pkgFunc(sel); p != "" {
		return nil, "", false
	}
	return sel.Sel.Name, sel.Sel.Name, true
}

func (s *syntaxResolver) litField(lit *ast.CompositeLit, key *ast.Ident) (any, bool) {
	if _, isMap := lit.Type.(*ast.MapType); isMap {
		return nil, false
	}
	return key.Name, true
}

func (s *syntaxResolver) callee(call *ast.CallExpr) (string, string) { return s.pkgFunc(call.Fun) }

// responseWriter reports whether e names a parameter or variable declared
// as an http.ResponseWriter.
func (s *syntaxResolver) responseWriter(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || id.Obj == nil {
		return false
	}
	f, ok := id.Obj.Decl.(*ast.Field)
	if !ok {
		return false
	}
	p, n := s.pkgFunc(f.Type)
	return p == "net/http" && n == "ResponseWriter"
}

func (s *syntaxResolver) named(lit *ast.CompositeLit) (string, string) { return s.pkgFunc(lit.Type) }

// fileImports maps a file's import names to their paths.
func fileImports(f *ast.File) map[string]string {
	m := map[string]string{}
	for _, im := range f.Imports {
		p, _ := strconv.Unquote(im.Path.Value)
		n := strings.TrimPrefix(strings.TrimPrefix(lastElem(p), "go-"), "go.")
		if im.Name != nil {
			n = im.Name.Name
		}
		m[n] = p
	}
	return m
}

// topLevel reports whether obj is declared at the package level of files.
func topLevel(files []*ast.File, obj *ast.Object) bool { //nolint:staticcheck // SA1019: a syntax-only walk has no types; the parser's scopes are enough
	for _, f := range files {
		if f.Scope != nil && f.Scope.Lookup(obj.Name) == obj {
			return true
		}
	}
	return false
}

// ---- queries -------------------------------------------------------------

// uses returns, once per run, where this package's values go: the typed
// walk over its files.
func (r *run) uses() *useScan {
	if r.useScan == nil {
		u := r.newTypedUseScan()
		u.run()
		r.useScan = u
	}
	if r.useScan.pending {
		r.useScan.pending = false
		r.useScan.finish()
	}
	return r.useScan
}

// sendsOutsideTests reports whether this package sends a value as a
// credential anywhere but in its tests: only there can a key known by its
// use be worth reporting (exposedOrigin). It needs the sinks only, which a
// useProbe may have found already.
func (r *run) sendsOutsideTests() bool {
	u := r.useScan
	if u == nil {
		u = r.uses()
	}
	for _, s := range u.sinks {
		if s.rec.Kind == useCred && !r.isTestFile(s.e.Pos()) {
			return true
		}
	}
	return false
}

// newTypedUseScan returns a use scan of this package.
func (r *run) newTypedUseScan() *useScan {
	{
		u := newUseScan(r.pass.Fset, r.pass.Pkg.Name(), r.pass.Files, typedResolver{r}, r.s.summaries.isSDK)
		// This package's parameters that reach a log or a response are
		// read by other packages only, through facts.
		if factsOn(r.pass.Analyzer) {
			u.expose = r.s.exposureSyntax
		} else {
			u.credOnly = true
			root := r.insp.Root()
			u.index = &root
			u.fis = map[*ast.FuncDecl]*funcInfo{}
		}
		return u
	}
}

// useProbe lets a check that walks the whole package do, on the way, the
// first step of this package's use scan, the search for credential sinks:
// it passes the probe each node of the kinds sinkKinds lists, in order,
// and calls done after the walk. uses() then only collects the
// assignments, and only when a sink was found. Under -facts, where the
// scan records every kind of sink, the probe does nothing.
type useProbe struct {
	r *run
	u *useScan
}

func (r *run) useProbe() *useProbe {
	p := &useProbe{r: r}
	if r.useScan == nil && !factsOn(r.pass.Analyzer) {
		p.u = r.newTypedUseScan()
		p.u.noAssigns = true
	}
	return p
}

// visit takes the next node of the walk; the caller's walk may give it
// nodes of other kinds too.
func (p *useProbe) visit(n ast.Node) {
	if p.u == nil {
		return
	}
	switch n.(type) {
	case *ast.FuncDecl, *ast.AssignStmt, *ast.CompositeLit, *ast.CallExpr, *ast.BinaryExpr: // sinkKinds
		p.u.step(n)
	}
}

// done ends the probe after a walk that gave it every node. The scan's
// second step, the assignments, waits until uses() is asked.
func (p *useProbe) done() {
	if p.u != nil && p.r.useScan == nil {
		p.u.noAssigns = false
		p.u.pending = true
		p.r.useScan = p.u
	}
}

// paramUses returns where the parameters of fn, a function of another
// package of the user's code, go: from its fact under -facts, else from
// the summary of its package.
func (r *run) paramUses(fn *types.Func) []paramUse {
	if fn.Pkg() == nil || fn.Pkg() == r.pass.Pkg {
		return nil
	}
	if factsOn(r.pass.Analyzer) {
		var f useFact
		if r.pass.ImportObjectFact(fn, &f) {
			return f.Params
		}
		return nil
	}
	s := r.useSummaryOf(fn)
	if s == nil {
		return nil
	}
	name := fn.Name()
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		name = typeName(sig.Recv().Type()) + "." + name
	}
	return s.params[name]
}

// fieldUse returns the credential sink a field of another package's type
// reaches there: from the SDK registry (discordgo's Session.Token), its
// fact, or its package's summary.
func (r *run) fieldUse(v *types.Var) *useRecord {
	if v.Pkg() == nil || v.Pkg() == r.pass.Pkg || !v.IsField() {
		return nil
	}
	if r.s.summaries.isSDK(v.Pkg().Path()) {
		if owner := fieldOwner(v); owner != "" {
			if sdk, ok := keys.SDKKeyField(v.Pkg().Path(), owner+"."+v.Name()); ok {
				return &useRecord{Kind: useCred, Desc: "to " + v.Pkg().Name() + ", which keeps it in " + owner + "." + v.Name(), Provider: sdk.Provider}
			}
		}
		return nil
	}
	if factsOn(r.pass.Analyzer) {
		var f useFact
		if r.pass.ImportObjectFact(v, &f) && f.Field != nil {
			return f.Field
		}
		return nil
	}
	if s := r.useSummaryOf(v); s != nil {
		return s.fields[v.Name()]
	}
	return nil
}

// fieldOwner names the struct type that declares field v, when v's
// position lies in a named type's declaration of its package.
func fieldOwner(v *types.Var) string {
	scope := v.Pkg().Scope()
	for _, n := range scope.Names() {
		tn, ok := scope.Lookup(n).(*types.TypeName)
		if !ok {
			continue
		}
		st, ok := tn.Type().Underlying().(*types.Struct)
		if !ok {
			continue
		}
		for f := range st.Fields() {
			if f == v {
				return tn.Name()
			}
		}
	}
	return ""
}

// useSummaryOf returns the use summary of the package of obj when it is
// the user's own code.
func (r *run) useSummaryOf(obj types.Object) *useScan {
	if r.s.samePackageOnly || obj.Pkg() == nil || obj.Pkg() == r.pass.Pkg {
		return nil
	}
	dir, own := r.s.summaries.ownDir(obj.Pkg(), r.pass.Fset)
	if !own {
		return nil
	}
	if u, ok := r.useSummaries[dir]; ok {
		return u
	}
	u := r.s.summaries.usesOf(dir, obj.Pkg().Name(), r.s.exposureSyntax)
	if r.useSummaries == nil {
		r.useSummaries = map[string]*useScan{}
	}
	r.useSummaries[dir] = u
	return u
}

// useFact carries a function's parameter uses, or a field's credential
// sink, to importers under -facts.
type useFact struct {
	Params []paramUse
	Field  *useRecord
}

func (*useFact) AFact() {}

func (f *useFact) String() string {
	var parts []string
	for _, p := range f.Params {
		arg := strconv.Itoa(p.Index)
		if p.Field != "" {
			arg += "." + p.Field
		}
		parts = append(parts, arg+":"+p.Use.Kind)
	}
	if f.Field != nil {
		parts = append(parts, f.Field.Kind)
	}
	return "uses(" + strings.Join(parts, " ") + ")"
}

// exportUseFacts exports this package's parameter and field uses.
func (r *run) exportUseFacts() {
	u := r.uses()
	scope := r.pass.Pkg.Scope()
	for key, ps := range u.params {
		typ, name, isMethod := strings.Cut(key, ".")
		var fn *types.Func
		if !isMethod {
			fn, _ = scope.Lookup(typ).(*types.Func)
		} else if tn, ok := scope.Lookup(typ).(*types.TypeName); ok {
			obj, _, _ := types.LookupFieldOrMethod(tn.Type(), true, r.pass.Pkg, name)
			fn, _ = obj.(*types.Func)
		}
		if fn != nil && fn.Exported() {
			r.pass.ExportObjectFact(fn, &useFact{Params: ps})
		}
	}
	for k, rec := range u.objs {
		if v, ok := k.(*types.Var); ok && v.IsField() && v.Exported() && v.Pkg() == r.pass.Pkg {
			r.pass.ExportObjectFact(v, &useFact{Field: rec})
		}
	}
}

// readsKeyEnv reports, once per run, whether the package reads a
// key-named environment variable: the server's own key, which a response
// must not carry.
func (r *run) readsKeyEnv() bool {
	if r.keyEnv == nil {
		v := false
		for cur := range r.insp.Root().Preorder((*ast.CallExpr)(nil)) {
			if name, ok := r.isEnvRead(cur.Node().(*ast.CallExpr)); ok && keys.NameKindOf(name) != keys.NotKey {
				v = true
				break
			}
		}
		r.keyEnv = &v
	}
	return *r.keyEnv
}

// importsOwnOrSDK reports, once per run, whether this package imports a
// listed SDK or a package of the user's code, whose fields may hold a key
// known by its use there.
func (r *run) importsOwnOrSDK() bool {
	if r.ownOrSDK == nil {
		v := false
		for _, imp := range r.pass.Pkg.Imports() {
			if r.s.summaries.isSDK(imp.Path()) {
				v = true
				break
			}
			if _, own := r.s.summaries.ownDir(imp, r.pass.Fset); own && !r.s.samePackageOnly {
				v = true
				break
			}
		}
		r.ownOrSDK = &v
	}
	return *r.ownOrSDK
}
