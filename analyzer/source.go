package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/apikeylint/apikeylint/analyzer/keys"
)

// key-source: keys must come from the environment.
//
// The check traces values read from places other than the environment — a
// command-line flag (flag, pflag, cobra), os.Args, a file (os.ReadFile,
// os.Open + io.ReadAll), a //go:embed variable, a config file decoded with
// encoding/json, YAML or TOML, a viper getter — through local variables,
// conversions, trimming, concatenation, fmt.Sprintf, struct fields,
// function results and parameters and closures, to a key sink: an
// Authorization-style header, a key-named parameter (WithAPIKey(apiKey),
// openai.NewClient(authToken)), a key-named variable, field or function
// result. Values that go nowhere key-like (URLs, bodies, paths) are never
// reported.
//
// The analysis is flow-insensitive and object-based: a variable or field
// holds a source if any assignment gives it one. It runs to a fixed point
// over the package. With Config.CrossPackage (-cross-package), exported
// functions whose results carry a source export a keySourceFact, so a key
// read from a flag in one package is reported at the sink in the package
// that uses it; off (the default), no fact type is declared and drivers
// load dependencies from export data, which keeps the run near the
// type-check floor.
//
// Sanctioned sources (os.Getenv, os.LookupEnv, syscall.Getenv, os.ExpandEnv,
// os.Expand, and -allowed-sources functions) stop the trace; reads inside
// an allowed function are not sources either.

// keySourceFact marks an exported function whose result holds a value read
// from a flag, the command line, a file, an embedded file or a config file.
type keySourceFact struct {
	Kind     string // one of the src* kinds
	Name     string // the flag name or config key, when constant
	Pos      string // where it was read: "file.go:12"
	Func     string // the function that read it, "pkg.Func", for messages
	Reported bool   // the read was already reported in its own package
}

func (*keySourceFact) AFact() {}

func (f *keySourceFact) String() string {
	parts := []string{f.Kind}
	for _, p := range []string{f.Name, f.Func, f.Pos} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	if f.Reported {
		parts = append(parts, "reported")
	}
	return "keySource(" + strings.Join(parts, " ") + ")"
}

// crossPackage reports whether a traces keys across packages: whether it
// declares the key-source fact (Config.CrossPackage, -cross-package).
func crossPackage(a *analysis.Analyzer) bool { return len(a.FactTypes) > 0 }

// factTypes lists the analysis facts the key-source check exports when
// cross-package tracing is on.
func factTypes(crossPackage bool) []analysis.Fact {
	if !crossPackage {
		return nil
	}
	return []analysis.Fact{(*keySourceFact)(nil)}
}

// Source kinds.
const (
	srcFlag   = "flag"
	srcArgs   = "args"
	srcFile   = "file"
	srcEmbed  = "embed"
	srcConfig = "config"
	srcGetter = "getter"
)

// sourceWhat says where a key of each kind was read from, and why that is bad.
func sourceWhat(kind string) (from, why string) {
	switch kind {
	case srcFlag:
		return "a command-line flag", "visible in ps and shell history"
	case srcArgs:
		return "the command line", "visible in ps and shell history"
	case srcFile:
		return "a file", "files get committed and copied into images"
	case srcEmbed:
		return "a file embedded with //go:embed", "compiled into the binary"
	case srcConfig:
		return "a config file", "config files get checked in"
	case srcGetter:
		return "a config getter", "config files get checked in"
	}
	return "outside the environment", ""
}

// keySrc is one read of a value from a non-environment source.
type keySrc struct {
	kind string
	node ast.Node // the read site, or where a value read in another package enters this one
	name string   // flag name or config key, when constant
	fact *keySourceFact
	via  string // for a read in another package: the function returning it
	// reported is set once the source has been reported (or, for a remote
	// source, once it was reported in its own package).
	reported bool

	// A parameter placeholder stands for whatever callers pass to param
	// (of fn, at index): it is never reported itself; sinks it reaches are
	// hit by each of its arrivals, and a call of fn whose result is the
	// placeholder takes the taint of that call's argument only, so one
	// caller's flag does not taint every caller's result.
	param    *types.Var
	fn       *types.Func
	index    int
	arrivals []*keySrc
}

// srcTracer holds one package's trace.
type srcTracer struct {
	r        *run
	info     *types.Info
	objs     map[types.Object]*keySrc
	funcs    map[*types.Func]*keySrc
	lits     map[*ast.FuncLit]*keySrc
	at       map[ast.Node]*keySrc
	all      []*keySrc
	imported map[types.Object]*keySrc
	ids      map[*types.Func]string
	remote   bool // some value read in another package was seen
	changed  bool
}

// id returns funcID(fn), once per function.
func (t *srcTracer) id(fn *types.Func) string {
	id, ok := t.ids[fn]
	if !ok {
		id = funcID(fn)
		t.ids[fn] = id
	}
	return id
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
	pflagPath = "github.com/spf13/pflag"
	cobraPath = "github.com/spf13/cobra"
	viperPath = "github.com/spf13/viper"
)

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

// sourceRelevant reports whether pkg can read a key from a source at all:
// it imports a source package, or a package with a keySourceFact.
func (r *run) sourceRelevant() bool {
	for _, imp := range r.pass.Pkg.Imports() {
		switch imp.Path() {
		case "flag", "os", "io/ioutil", "embed", pflagPath, cobraPath, viperPath, "github.com/BurntSushi/toml":
			return true
		}
	}
	return r.importsFacts()
}

// importsFacts reports whether a package this one imports exports a
// keySourceFact.
func (r *run) importsFacts() bool {
	if !crossPackage(r.pass.Analyzer) {
		return false
	}
	facts := r.pass.AllObjectFacts()
	if len(facts) == 0 {
		return false
	}
	imports := r.pass.Pkg.Imports()
	for _, f := range facts {
		if slices.Contains(imports, f.Object.Pkg()) {
			return true
		}
	}
	return false
}

func (r *run) checkSource() error {
	if !r.sourceRelevant() {
		return nil
	}
	t := &srcTracer{
		r:        r,
		info:     r.pass.TypesInfo,
		objs:     map[types.Object]*keySrc{},
		funcs:    map[*types.Func]*keySrc{},
		lits:     map[*ast.FuncLit]*keySrc{},
		at:       map[ast.Node]*keySrc{},
		imported: map[types.Object]*keySrc{},
		ids:      map[*types.Func]string{},
	}
	// Collect the statements and expressions that move values, once.
	type item struct {
		n  ast.Node
		fn ast.Node // the enclosing FuncDecl or FuncLit of a return
	}
	var items []item
	// Whether the package can hold a source at all: a source call, os.Args,
	// an embed variable, a cobra Run function, or an import with facts.
	maybe := r.importsFacts()
	root := r.insp.Root()
	for cur := range root.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.CompositeLit)(nil),
		(*ast.ReturnStmt)(nil), (*ast.CallExpr)(nil), (*ast.RangeStmt)(nil), (*ast.GenDecl)(nil),
		(*ast.FuncDecl)(nil), (*ast.FuncLit)(nil), (*ast.SelectorExpr)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.SelectorExpr:
			if !maybe && n.Sel.Name == "Args" && isOSArgs(t.info.Uses[n.Sel]) {
				maybe = true
			}
			continue
		case *ast.CallExpr:
			if !maybe {
				if fn, _ := typeutil.Callee(t.info, n).(*types.Func); fn != nil && fn.Pkg() != nil && fn.Pkg() != r.pass.Pkg {
					if _, ok := sourceSpecOf(t.id(fn.Origin())); ok {
						maybe = true
					}
				}
			}
		case *ast.GenDecl:
			t.embedVars(n)
			continue
		case *ast.FuncDecl:
			t.cobraArgs(n.Type)
			continue
		case *ast.FuncLit:
			t.cobraArgs(n.Type)
			continue
		case *ast.ReturnStmt:
			for p := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
				items = append(items, item{n, p.Node()})
				break
			}
			continue
		}
		items = append(items, item{cur.Node(), nil})
	}
	maybe = maybe || len(t.objs) > 0 // embed variables, cobra args
	if !maybe {
		return nil
	}
	for range 12 {
		t.changed = false
		for _, it := range items {
			t.propagate(it.n, it.fn)
		}
		if !t.changed {
			break
		}
	}
	if len(t.all) == 0 && !t.remote {
		return nil
	}
	t.reportSinks()
	t.exportFacts()
	return nil
}

// embedVars marks variables initialized by //go:embed.
func (t *srcTracer) embedVars(gd *ast.GenDecl) {
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
				t.set(obj, t.newSrc(id, srcEmbed, ""))
			}
		}
	}
}

// cobraArgs marks the args of a cobra Run function, func(*cobra.Command,
// []string), as command-line values.
func (t *srcTracer) cobraArgs(ft *ast.FuncType) {
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
			t.set(obj, t.newSrc(id, srcArgs, ""))
		}
	}
}

func (t *srcTracer) set(obj types.Object, s *keySrc) {
	if obj == nil || s == nil || t.objs[obj] != nil {
		return
	}
	t.objs[obj] = s
	t.changed = true
}

// newSrc returns the source read at n, once per node. Reads inside an
// -allowed-sources function are not sources.
func (t *srcTracer) newSrc(n ast.Node, kind, name string) *keySrc {
	if s, ok := t.at[n]; ok {
		return s
	}
	var s *keySrc
	if (kind == srcFile || kind == srcEmbed || kind == srcConfig) && t.inTest(n) {
		// Tests read fixtures and fake keys from files.
	} else if !t.insideAllowed(n) {
		s = &keySrc{kind: kind, node: n, name: name}
		t.all = append(t.all, s)
	}
	t.at[n] = s
	return s
}

func (t *srcTracer) inTest(n ast.Node) bool {
	f := t.r.pass.Fset.File(n.Pos())
	return f != nil && strings.HasSuffix(f.Name(), "_test.go")
}

// bakedPath reports whether a file read's path (its first argument) is
// fixed in the source: a constant, or filepath.Join of constants. Keys in
// such files ship with the code. A path from the environment, a parameter,
// a field, the home directory or the command line is deployment
// configuration (a credentials file, a mounted secret, a token file), and
// so are constant paths under the Docker and Kubernetes secret mounts.
func (t *srcTracer) bakedPath(call *ast.CallExpr) bool {
	if len(call.Args) == 0 {
		return false
	}
	var constant func(e ast.Expr) (string, bool)
	constant = func(e ast.Expr) (string, bool) {
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
			s, ok := constant(a)
			if !ok {
				return "", false
			}
			parts = append(parts, s)
		}
		return strings.Join(parts, "/"), true
	}
	p, ok := constant(call.Args[0])
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

func (t *srcTracer) insideAllowed(n ast.Node) bool {
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
func (t *srcTracer) constArg(call *ast.CallExpr, i int) string {
	if i < 0 || i >= len(call.Args) {
		return ""
	}
	s, _ := t.r.constString(call.Args[i])
	return s
}

// exprSrc returns the source whose value e holds, or nil.
func (t *srcTracer) exprSrc(e ast.Expr) *keySrc {
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
			return t.exprSrc(e.X) // a field of a value read from a source
		}
		obj := t.info.Uses[e.Sel]
		if isOSArgs(obj) {
			return t.newSrc(e, srcArgs, "")
		}
		if obj != nil {
			return t.objs[obj]
		}
	case *ast.IndexExpr:
		if sel, ok := ast.Unparen(e.X).(*ast.SelectorExpr); ok && isOSArgs(t.info.Uses[sel.Sel]) {
			return t.newSrc(e, srcArgs, "")
		}
		return t.exprSrc(e.X)
	case *ast.SliceExpr:
		return t.exprSrc(e.X)
	case *ast.StarExpr:
		return t.exprSrc(e.X)
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return t.exprSrc(e.X)
		}
	case *ast.TypeAssertExpr:
		return t.exprSrc(e.X)
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			if s := t.exprSrc(e.X); s != nil {
				return s
			}
			return t.exprSrc(e.Y)
		}
	case *ast.CompositeLit:
		// []string{k}, [][]byte{…}: a slice or array of a source value.
		if _, ok := t.info.TypeOf(e).Underlying().(*types.Slice); ok {
			for _, el := range e.Elts {
				if s := t.exprSrc(el); s != nil {
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

func isOSArgs(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	return ok && v.Pkg() != nil && v.Pkg().Path() == "os" && v.Name() == "Args"
}

// callSrc returns the source a call's (first) result holds.
func (t *srcTracer) callSrc(call *ast.CallExpr) *keySrc {
	if tv, ok := t.info.Types[call.Fun]; ok && tv.IsType() {
		if len(call.Args) == 1 {
			return t.exprSrc(call.Args[0])
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
		return nil
	}
	if sp, ok := sourceSpecOf(id); ok {
		if sp.target < 0 && (sp.kind != srcFile || t.bakedPath(call)) {
			return t.newSrc(call, sp.kind, t.constArg(call, sp.nameArg))
		}
		return nil
	}
	if fn.Pkg() == t.r.pass.Pkg {
		s := t.funcs[fn]
		if s != nil && s.param != nil && s.fn == fn {
			if s.index < len(call.Args) && !fn.Type().(*types.Signature).Variadic() {
				return t.exprSrc(call.Args[s.index])
			}
			return nil
		}
		return s
	}
	if s := t.importedObj(fn); s != nil {
		return t.entry(call, s)
	}
	pkg, name, _ := strings.Cut(id, ":")
	anyArg := func() *keySrc {
		for _, a := range call.Args {
			if s := t.exprSrc(a); s != nil {
				return s
			}
		}
		return nil
	}
	switch pkg {
	case "strings", "bytes":
		if strings.HasPrefix(name, "Trim") || strings.HasPrefix(name, "Split") || strings.HasPrefix(name, "Cut") {
			return t.exprSrc(call.Args[0])
		}
		switch name {
		case "Fields", "Join", "Clone", "Replace", "ReplaceAll", "ToLower", "ToUpper", "NewReader", "NewBuffer", "NewBufferString", "Lines":
			return t.exprSrc(call.Args[0])
		}
	case "fmt":
		switch name {
		case "Sprintf", "Sprint", "Sprintln":
			return anyArg()
		}
	case "io", "io/ioutil":
		if name == "ReadAll" {
			return t.exprSrc(call.Args[0])
		}
	case "bufio":
		switch name {
		case "NewReader", "NewScanner", "NewReaderSize":
			return t.exprSrc(call.Args[0])
		}
	case "encoding/base64.Encoding", "encoding/hex":
		// Decoding a key keeps it a key.
		if strings.HasPrefix(name, "Decode") && len(call.Args) > 0 {
			return t.exprSrc(call.Args[len(call.Args)-1])
		}
	}
	if name == "NewDecoder" && isDecoderPkg(pkg) && len(call.Args) == 1 {
		return t.exprSrc(call.Args[0])
	}
	// Methods that read text out of a source value: scanner.Text(),
	// reader.ReadString('\n'), flagValue.String(), buf.Bytes(),
	// embeddedFS.ReadFile(name).
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		switch name {
		case "Text", "Bytes", "String", "ReadString", "ReadLine", "ReadBytes", "ReadFile", "Open":
			if s, ok := t.info.Selections[sel]; ok && s.Kind() == types.MethodVal {
				return t.exprSrc(sel.X)
			}
		}
	}
	return nil
}

// importedObj returns the source an imported function's result or field
// carries, from its keySourceFact.
func (t *srcTracer) importedObj(obj types.Object) *keySrc {
	if !crossPackage(t.r.pass.Analyzer) || obj.Pkg() == nil || obj.Pkg() == t.r.pass.Pkg {
		return nil
	}
	if s, ok := t.imported[obj]; ok {
		return s
	}
	var s *keySrc
	var f keySourceFact
	if t.r.pass.ImportObjectFact(obj, &f) && !t.r.isAllowedFact(obj) {
		t.remote = true
		s = &keySrc{kind: f.Kind, name: f.Name, fact: &f, via: obj.Pkg().Name() + "." + obj.Name(), reported: f.Reported}
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
func (t *srcTracer) entry(n ast.Node, remote *keySrc) *keySrc {
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

// lvalueObj returns the variable or field an assignment's left side writes.
func (t *srcTracer) lvalueObj(e ast.Expr) types.Object {
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

func (t *srcTracer) propagate(n, fn ast.Node) {
	switch n := n.(type) {
	case *ast.AssignStmt:
		if len(n.Lhs) == len(n.Rhs) {
			for i := range n.Lhs {
				t.set(t.lvalueObj(n.Lhs[i]), t.exprSrc(n.Rhs[i]))
			}
		} else if len(n.Rhs) == 1 {
			if s := t.exprSrc(n.Rhs[0]); s != nil {
				for _, l := range n.Lhs {
					if carriesText(t.info.TypeOf(l)) {
						t.set(t.lvalueObj(l), s)
					}
				}
			}
		}
	case *ast.ValueSpec:
		if len(n.Names) == len(n.Values) {
			for i, id := range n.Names {
				t.set(t.info.Defs[id], t.exprSrc(n.Values[i]))
			}
		} else if len(n.Values) == 1 {
			if s := t.exprSrc(n.Values[0]); s != nil {
				for _, id := range n.Names {
					if obj := t.info.Defs[id]; obj != nil && carriesText(obj.Type()) {
						t.set(obj, s)
					}
				}
			}
		}
	case *ast.RangeStmt:
		if n.Value != nil {
			t.set(t.lvalueObj(n.Value), t.exprSrc(n.X))
		}
	case *ast.CompositeLit:
		for _, el := range n.Elts {
			kv, ok := el.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			if id, ok := kv.Key.(*ast.Ident); ok {
				if v, ok := t.info.Uses[id].(*types.Var); ok && v.IsField() {
					t.set(v, t.exprSrc(kv.Value))
				}
			}
		}
	case *ast.ReturnStmt:
		var s *keySrc
		for _, res := range n.Results {
			if s = t.exprSrc(res); s != nil {
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
			if old := t.funcs[obj]; s != nil && (old == nil || old.param != nil && s.param == nil) {
				t.funcs[obj] = s
				t.changed = true
			}
		case *ast.FuncLit:
			if s != nil && t.lits[fn] == nil {
				t.lits[fn] = s
				t.changed = true
			}
		}
	case *ast.CallExpr:
		t.callEffects(n)
	}
}

// arrive records that a call passes s as parameter i of fn.
func (t *srcTracer) arrive(fn *types.Func, i int, p *types.Var, s *keySrc) {
	ph := t.objs[p]
	if ph == nil {
		ph = &keySrc{param: p, fn: fn, index: i}
		t.objs[p] = ph
		t.changed = true
	}
	if ph.param == nil || ph == s || slices.Contains(ph.arrivals, s) {
		return
	}
	ph.arrivals = append(ph.arrivals, s)
	t.changed = true
}

func (t *srcTracer) namedResultSrc(fn *types.Func) *keySrc {
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
func (t *srcTracer) callEffects(call *ast.CallExpr) {
	fn, _ := typeutil.Callee(t.info, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return
	}
	fn = fn.Origin()
	id := t.id(fn)
	if sp, ok := sourceSpecOf(id); ok {
		if sp.target >= 0 && sp.target < len(call.Args) && !t.r.isAllowedID(id) &&
			(id != "github.com/BurntSushi/toml:DecodeFile" || t.bakedPath(call)) {
			t.set(t.lvalueObj(call.Args[sp.target]), t.newSrc(call, sp.kind, t.constArg(call, sp.nameArg)))
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
			if s := t.exprSrc(a); s != nil {
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
	s := t.exprSrc(data)
	if s == nil {
		return
	}
	if s.kind == srcFile {
		s = t.newSrc(call, srcConfig, "")
	}
	t.set(t.lvalueObj(target), s)
}

// A sink is where a value is used as a key.
type srcSink struct {
	node  ast.Node
	desc  string   // "apiKey", "the Authorization header", "openai.NewClient's authToken"
	names []string // names around the sink, for WaveSpeed/provider detection
	pkg   string   // the callee's package path, if any
}

// reportSinks finds every sink a source reaches and reports each source
// once: at the read site when it is in this package, else at the sink.
func (t *srcTracer) reportSinks() {
	root := t.r.insp.Root()
	var hit func(s *keySrc, k srcSink)
	seen := map[*keySrc]bool{}
	hit = func(s *keySrc, k srcSink) {
		if s == nil || s.reported {
			return
		}
		if s.param != nil {
			if seen[s] {
				return
			}
			seen[s] = true
			for _, a := range s.arrivals {
				hit(a, k)
			}
			delete(seen, s)
			return
		}
		s.reported = true
		t.reportSource(s, &k)
	}
	for cur := range root.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.CompositeLit)(nil),
		(*ast.CallExpr)(nil), (*ast.ReturnStmt)(nil), (*ast.SelectorExpr)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.AssignStmt, *ast.ValueSpec:
			for l, rhs := range assignments(n) {
				if k, ok := t.lvalueSink(l); ok {
					hit(t.exprSrc(rhs), k)
				}
			}
		case *ast.CompositeLit:
			tn := typeName(t.info.TypeOf(n))
			for _, el := range n.Elts {
				kv, ok := el.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				if h, ok := t.r.constString(kv.Key); ok && isAuthHeaderName(h) {
					hit(t.exprSrc(kv.Value), srcSink{node: kv.Value, desc: "the " + h + " header", names: []string{h}})
					continue
				}
				if id, ok := kv.Key.(*ast.Ident); ok {
					if v, ok := t.info.Uses[id].(*types.Var); ok && v.IsField() && keyNamedText(v.Name(), v.Type()) {
						hit(t.exprSrc(kv.Value), srcSink{node: kv.Value, desc: tn + "." + v.Name(), names: []string{v.Name(), tn}})
					}
				}
			}
		case *ast.CallExpr:
			t.callSinks(n, hit)
		case *ast.ReturnStmt:
			for p := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
				fd, ok := p.Node().(*ast.FuncDecl)
				if !ok || len(n.Results) == 0 {
					break
				}
				obj, _ := t.info.Defs[fd.Name].(*types.Func)
				if obj == nil {
					break
				}
				res := obj.Type().(*types.Signature).Results()
				if res.Len() == 0 || !keyNamedText(fd.Name.Name, res.At(0).Type()) {
					break
				}
				hit(t.exprSrc(n.Results[0]), srcSink{node: n.Results[0], desc: "the result of " + fd.Name.Name, names: []string{fd.Name.Name}})
				break
			}
		case *ast.SelectorExpr:
			// cfg.APIKey where cfg was decoded from a config file.
			sel, ok := t.info.Selections[n]
			if !ok || sel.Kind() != types.FieldVal || !keyNamedText(sel.Obj().Name(), sel.Obj().Type()) {
				continue
			}
			if s := t.exprSrc(n.X); s != nil {
				hit(s, srcSink{node: n, desc: "field " + sel.Obj().Name(), names: []string{sel.Obj().Name()}})
			}
		}
	}
	// Sources that name themselves as keys: flag.String("api-key", …),
	// viper.GetString("wavespeed.api_key").
	for _, s := range t.all {
		if !s.reported && s.name != "" && keys.NameKindOf(s.name) != keys.NotKey {
			s.reported = true
			t.reportSource(s, nil)
		}
	}
	// flag.StringVar(&apiKey, …): the target variable names the key.
	for _, s := range t.all {
		if s.reported {
			continue
		}
		call, ok := s.node.(*ast.CallExpr)
		if !ok {
			continue
		}
		fn, _ := typeutil.Callee(t.info, call).(*types.Func)
		if fn == nil {
			continue
		}
		if sp, ok := sourceSpecOf(t.id(fn.Origin())); ok && sp.target >= 0 && sp.target < len(call.Args) && sp.kind != srcConfig {
			arg := call.Args[sp.target]
			if obj := t.lvalueObj(arg); obj != nil && keys.NameKindOf(obj.Name()) != keys.NotKey {
				s.reported = true
				t.reportSource(s, &srcSink{node: arg, desc: obj.Name(), names: []string{obj.Name()}})
			}
		}
	}
}

// keyNamedText reports whether a name says key and its type can hold one.
func keyNamedText(name string, t types.Type) bool {
	if keys.NameKindOf(name) == keys.NotKey {
		return false
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	return isStringish(t)
}

// lvalueSink reports whether writing to l makes a value a key: a key-named
// variable or field, or an Authorization-style header slot.
func (t *srcTracer) lvalueSink(l ast.Expr) (srcSink, bool) {
	if ix, ok := ast.Unparen(l).(*ast.IndexExpr); ok {
		if h, ok := t.r.constString(ix.Index); ok && isAuthHeaderName(h) {
			return srcSink{node: l, desc: "the " + h + " header", names: []string{h}}, true
		}
		return srcSink{}, false
	}
	obj := t.lvalueObj(l)
	if obj == nil || obj.Name() == "_" || !keyNamedText(obj.Name(), obj.Type()) {
		return srcSink{}, false
	}
	return srcSink{node: l, desc: obj.Name(), names: []string{obj.Name()}}, true
}

// callSinks finds the keys a call sends: an argument beside an
// Authorization-style header name, an argument for a key-named parameter,
// the argument of a key-named setter (SetAPIKey, WithAPIKey).
func (t *srcTracer) callSinks(call *ast.CallExpr, hit func(*keySrc, srcSink)) {
	if tv, ok := t.info.Types[call.Fun]; ok && tv.IsType() {
		return
	}
	header := ""
	for _, a := range call.Args {
		if h, ok := t.r.constString(a); ok && isAuthHeaderName(h) {
			header = h
		}
	}
	fn, _ := typeutil.Callee(t.info, call).(*types.Func)
	var sig *types.Signature
	callee, pkg := "", ""
	if fn != nil {
		fn = fn.Origin()
		sig, _ = fn.Type().(*types.Signature)
		callee = fn.Name()
		if fn.Pkg() != nil {
			pkg = fn.Pkg().Path()
			callee = fn.Pkg().Name() + "." + fn.Name()
			if sig != nil && sig.Recv() != nil {
				callee = typeName(sig.Recv().Type()) + "." + fn.Name()
			}
		}
		if _, ok := sourceSpecOf(t.id(fn)); ok {
			return
		}
	}
	for i, a := range call.Args {
		if header != "" {
			if h, ok := t.r.constString(a); !ok || h != header {
				hit(t.exprSrc(a), srcSink{node: a, desc: "the " + header + " header", names: []string{header}, pkg: pkg})
				continue
			}
		}
		if sig == nil {
			continue
		}
		if i < sig.Params().Len() && !(sig.Variadic() && i >= sig.Params().Len()-1) {
			p := sig.Params().At(i)
			if keyNamedText(p.Name(), p.Type()) {
				hit(t.exprSrc(a), srcSink{node: a, desc: callee + "'s " + p.Name() + " parameter", names: []string{p.Name(), fn.Name()}, pkg: pkg})
				continue
			}
			if len(call.Args) == 1 && keys.NameKindOf(fn.Name()) != keys.NotKey && isStringish(p.Type()) {
				hit(t.exprSrc(a), srcSink{node: a, desc: callee, names: []string{fn.Name()}, pkg: pkg})
			}
		}
	}
}

// reportSource reports s: at its read site with the sink as related
// information, or, when it was read in another package, at the sink.
func (t *srcTracer) reportSource(s *keySrc, k *srcSink) {
	names := []string{}
	pkg := ""
	if k != nil {
		names = append(names, k.names...)
		pkg = k.pkg
	}
	if s.name != "" {
		names = append(names, s.name)
	}
	label, env := keyLabel(names, pkg)
	from, why := sourceWhat(s.kind)
	switch {
	case s.name != "" && s.kind == srcFlag:
		from = "command-line flag -" + s.name
	case s.name != "" && s.kind == srcGetter:
		from = fmt.Sprintf("config key %q", s.name)
	}
	if s.fact != nil {
		// Read in another package: report where the value enters this
		// package, naming the source, with the sink as related information.
		if k == nil {
			return
		}
		msg := fmt.Sprintf("%s comes from %s, which reads it from %s (%s); read it from the environment: os.Getenv(%q)",
			label, s.via, from, why, env)
		if s.fact != nil && s.fact.Pos != "" {
			msg = fmt.Sprintf("%s comes from %s, which reads it from %s at %s (%s); read it from the environment: os.Getenv(%q)",
				label, s.via, from, s.fact.Pos, why, env)
		}
		f := finding{cat: KeySource, rng: s.node, msg: msg}
		if k.node != s.node {
			f.related = []analysis.RelatedInformation{{Pos: k.node.Pos(), End: k.node.End(), Message: "used as a key here: " + k.desc}}
		}
		t.r.report(f)
		return
	}
	msg := fmt.Sprintf("%s read from %s (%s); read it from the environment: os.Getenv(%q)", label, from, why, env)
	f := finding{cat: KeySource, rng: s.node, msg: msg}
	if k != nil && k.node != s.node {
		f.related = []analysis.RelatedInformation{{Pos: k.node.Pos(), End: k.node.End(), Message: "used as a key here: " + k.desc}}
	}
	t.r.report(f)
}

// keyLabel names a key for messages and picks the environment variable to
// suggest: WaveSpeed's, a provider's, or one derived from the names.
func keyLabel(names []string, pkg string) (label, env string) {
	// The callee's import path without its host: "github.com/bwmarrin/
	// discordgo" says nothing of GitHub, "github.com/google/go-github/
	// v74/github" does.
	if host, rest, ok := strings.Cut(pkg, "/"); ok && strings.Contains(host, ".") {
		pkg = rest
	}
	for _, n := range append(slices.Clone(names), pkg) {
		if keys.IsWaveSpeedName(n) {
			return "WaveSpeed API key", "WAVESPEED_API_KEY"
		}
	}
	for _, p := range keys.Providers() {
		if p.EnvVar == "" || p.Name == "" {
			continue
		}
		pn := strings.ToLower(strings.ReplaceAll(p.Name, " ", ""))
		if len(pn) < 4 {
			continue
		}
		for _, n := range append(slices.Clone(names), pkg) {
			if strings.Contains(strings.ToLower(strings.NewReplacer("_", "", "-", "").Replace(n)), pn) {
				return p.Name + " API key", p.EnvVar
			}
		}
	}
	return "API key", keys.EnvVarFor(keys.Match{}, names)
}

// exportFacts exports a keySourceFact for each exported function of this
// package whose result carries a source.
func (t *srcTracer) exportFacts() {
	if !crossPackage(t.r.pass.Analyzer) {
		return
	}
	var fns []*types.Func
	for fn := range t.funcs {
		if fn.Exported() && fn.Pkg() == t.r.pass.Pkg && t.funcs[fn].param == nil {
			fns = append(fns, fn)
		}
	}
	slices.SortFunc(fns, func(a, b *types.Func) int { return int(a.Pos() - b.Pos()) })
	for _, fn := range fns {
		s := t.funcs[fn]
		f := &keySourceFact{Kind: s.kind, Name: s.name, Reported: s.reported}
		if s.fact != nil {
			*f = *s.fact
			f.Reported = s.reported
		} else if s.node != nil {
			p := t.r.pass.Fset.Position(s.node.Pos())
			f.Pos = fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line)
			f.Func = t.r.pass.Pkg.Name() + "." + fn.Name()
			if recv := fn.Type().(*types.Signature).Recv(); recv != nil {
				f.Func = t.r.pass.Pkg.Name() + "." + typeName(recv.Type()) + "." + fn.Name()
			}
		}
		t.r.pass.ExportObjectFact(fn, f)
	}
}
