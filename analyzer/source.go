package analyzer

import (
	"fmt"
	"go/ast"
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
func factsOn(a *analysis.Analyzer) bool { return len(a.FactTypes) > 0 }

// factTypes lists the analysis facts the key-source check exports when
// cross-package tracing is on.
func factTypes(crossPackage bool) []analysis.Fact {
	if !crossPackage {
		return nil
	}
	return []analysis.Fact{(*keySourceFact)(nil), (*useFact)(nil)}
}

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
		return "a config file", "such files get committed, copied into images and shared"
	case srcGetter:
		return "a config getter", "such files get committed, copied into images and shared"
	}
	return "outside the environment", ""
}

// sourceRelevant reports whether pkg can read a key from a source at all:
// it imports a source package, or a package with a keySourceFact.
func (r *run) sourceRelevant() bool {
	for _, imp := range r.pass.Pkg.Imports() {
		switch imp.Path() {
		case "flag", "os", "io/ioutil", "embed", pflagPath, cobraPath, viperPath, "github.com/BurntSushi/toml",
			kingpinPath, kingpinV2Path, kingpinOldPath:
			return true
		}
		if isCLIShape(imp) {
			return true
		}
	}
	return r.importsFacts() || r.importsOwnCode() && r.mentionsKeys()
}

// isUrfave reports whether path is github.com/urfave/cli (any major version).
func isUrfave(path string) bool {
	return path == "github.com/urfave/cli" || strings.HasPrefix(path, "github.com/urfave/cli/") || path == "gopkg.in/urfave/cli.v1"
}

// mentionsKeys reports, once per run, whether the package has anything a
// key-source sink needs: a key-named identifier, an Authorization-style
// header name, or a call of a function with a key-named parameter. A
// package with none cannot use a value from another package as a key, and
// its imports' summaries need not be read.
func (r *run) mentionsKeys() bool {
	if r.keyish != nil {
		return *r.keyish
	}
	found := false
	for cur := range r.insp.Root().Preorder((*ast.Ident)(nil), (*ast.BasicLit)(nil), (*ast.CallExpr)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.Ident:
			found = keys.NameKindOf(n.Name) != keys.NotKey
		case *ast.BasicLit:
			if s, ok := r.constString(n); ok {
				found = isAuthHeaderName(s)
			}
		case *ast.CallExpr:
			if fn, ok := typeutil.Callee(r.pass.TypesInfo, n).(*types.Func); ok {
				if sig, ok := fn.Type().(*types.Signature); ok {
					for i := range sig.Params().Len() {
						if keys.NameKindOf(sig.Params().At(i).Name()) != keys.NotKey {
							found = true
						}
					}
				}
			}
		}
		if found {
			break
		}
	}
	r.keyish = &found
	return found
}

// importsFacts reports whether a package this one imports exports a
// keySourceFact.
func (r *run) importsFacts() bool {
	if !factsOn(r.pass.Analyzer) {
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
	t := r.newFlow(readOutsideEnv) // key-source reports reads from anywhere but the environment
	t.seed()
	// Whether the package can hold a source at all: a source call, os.Args,
	// an embed variable, a cobra Run function, or an import with facts.
	maybe := len(t.objs) > 0 || r.importsFacts() || r.importsOwnCode() && r.mentionsKeys()
	for _, imp := range r.pass.Pkg.Imports() {
		maybe = maybe || isCLIShape(imp) // &cli.StringFlag{Destination: &key}
	}
	// Else the reads in this package: source calls and os.Args.
	var reads []ast.Expr
	if !maybe {
		for cur := range r.insp.Root().Preorder((*ast.CallExpr)(nil), (*ast.SelectorExpr)(nil)) {
			switch n := cur.Node().(type) {
			case *ast.SelectorExpr:
				if n.Sel.Name == "Args" && isOSArgs(t.info.Uses[n.Sel]) && !t.inTest(n) {
					reads = append(reads, n)
				}
			case *ast.CallExpr:
				if fn, _ := typeutil.Callee(t.info, n).(*types.Func); fn != nil && fn.Pkg() != nil && fn.Pkg() != r.pass.Pkg {
					sp, ok := sourceSpecFor(fn.Origin(), t.id(fn.Origin()))
					// A file read is a source only outside tests and when its
					// path is baked in or comes from the command line, whose
					// flag or os.Args read makes a source of its own.
					if ok && (sp.kind != srcFile || sp.target >= 0 || !t.inTest(n) && t.bakedPath(n)) {
						reads = append(reads, n)
					}
				}
			}
		}
		if len(reads) == 0 {
			return nil
		}
	}
	t.solve()
	if !maybe {
		// A read used straight in a sink ("Bearer " +
		// viper.GetString("api_key")) makes its origin there, so the
		// reads are asked for theirs; when none makes one (a bool flag's
		// Lookup, a read in an allowed source), no sink can be hit.
		for _, e := range reads {
			t.originOf(e)
		}
		if len(t.all) == 0 {
			return nil
		}
	}
	t.reportSinks()
	t.exportFacts()
	return nil
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
func (t *flow) reportSinks() {
	root := t.r.insp.Root()
	var hit func(s *origin, k srcSink)
	seen := map[*origin]bool{}
	hit = func(s *origin, k srcSink) {
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
		if s.kind == srcConfig && t.undecodedField(k.node, s) {
			return // a field no decoder fills (`json:"-"`): not from the file
		}
		s.reported = true
		t.reportSource(s, &k)
	}
	for cur := range root.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.CompositeLit)(nil),
		(*ast.CallExpr)(nil), (*ast.ReturnStmt)(nil), (*ast.SelectorExpr)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.AssignStmt, *ast.ValueSpec:
			for l, rhs := range assignments(n) {
				if o := t.originOf(rhs); o != nil {
					if k, ok := t.lvalueSink(l); ok {
						hit(o, k)
					}
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
					hit(t.originOf(kv.Value), srcSink{node: kv.Value, desc: "the " + h + " header", names: []string{h}})
					continue
				}
				if id, ok := kv.Key.(*ast.Ident); ok {
					if v, ok := t.info.Uses[id].(*types.Var); ok && v.IsField() && keyNamedText(v.Name(), v.Type()) {
						hit(t.originOf(kv.Value), srcSink{node: kv.Value, desc: tn + "." + v.Name(), names: []string{v.Name(), tn}})
					} else if o := t.originOf(kv.Value); ok && v.IsField() && o != nil {
						if rec := t.r.fieldUse(v); rec != nil {
							hit(o, srcSink{node: kv.Value, desc: tn + "." + v.Name() + ", " + rec.sent(), names: []string{v.Name(), tn}})
						}
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
				hit(t.originOf(n.Results[0]), srcSink{node: n.Results[0], desc: "the result of " + fd.Name.Name, names: []string{fd.Name.Name}})
				break
			}
		case *ast.SelectorExpr:
			// cfg.APIKey where cfg was decoded from a config file.
			sel, ok := t.info.Selections[n]
			if !ok || sel.Kind() != types.FieldVal || !keyNamedText(sel.Obj().Name(), sel.Obj().Type()) {
				continue
			}
			if s := t.originOf(n.X); s != nil {
				hit(s, srcSink{node: n, desc: "field " + sel.Obj().Name(), names: []string{sel.Obj().Name()}})
			}
		}
	}
	// Values known as keys by where they go (uses.go): an SDK's
	// constructor or option, a basic-auth password, a key query parameter.
	for _, u := range t.r.uses().sinks {
		if u.rec.Kind == useCred {
			hit(t.originOf(u.e), srcSink{node: u.e, desc: "sent " + u.rec.Desc, names: useNames(u.rec)})
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
		if sp, ok := sourceSpecFor(fn.Origin(), t.id(fn.Origin())); ok && sp.target >= 0 && sp.target < len(call.Args) && sp.kind != srcConfig {
			arg := call.Args[sp.target]
			if obj := t.lvalueObj(arg); obj != nil && keys.NameKindOf(obj.Name()) != keys.NotKey {
				s.reported = true
				t.reportSource(s, &srcSink{node: arg, desc: obj.Name(), names: []string{obj.Name()}})
			}
		}
	}
}

// useNames returns the names a credential sink gives a key, for labels:
// its header, query parameter, or its provider's environment variable.
func useNames(rec *useRecord) []string {
	var names []string
	if api, ok := keys.APIByID(rec.Provider); ok && rec.Provider != "" {
		names = append(names, api.EnvVar())
	}
	for _, n := range []string{rec.Header, rec.Query} {
		if n != "" {
			names = append(names, n)
		}
	}
	return names
}

// storesSecret reports whether a function's name says it stores, uploads or
// encrypts a secret for the user (SetSecret, CreateOrUpdateRepoSecret,
// PutSecretValue, EncryptSecret): the secret it takes is payload, not the
// key the program authenticates with.
func storesSecret(name string) bool {
	ws := keys.Words(name)
	if len(ws) < 2 || !slices.Contains(ws, "secret") && !slices.Contains(ws, "secrets") {
		return false
	}
	switch ws[0] {
	case "set", "put", "create", "update", "upload", "store", "add", "save", "write", "encrypt", "seal", "upsert":
		return true
	}
	return false
}

// calleeTakesKey reports whether a one-parameter function named for a key
// takes the key: a setter does (SetAPIKey, WithAPIKey, APIKey); a verb that
// makes, fetches or manages a key takes an ID and returns the key
// (RegenerateServiceKey(id), GetAPIKey(name), RevokeToken(id)), and so
// does any function whose parameter is named for an ID or a name. A verb
// and "Key" in a callee's name do not make its parameter a key.
func calleeTakesKey(fn *types.Func, p *types.Var) bool {
	if ws := keys.Words(p.Name()); len(ws) > 0 {
		switch ws[len(ws)-1] {
		case "id", "ids", "name", "names", "uuid", "identifier", "slug", "ref", "label", "index", "idx", "path", "file", "dir", "url":
			return false
		}
	}
	ws := keys.Words(fn.Name())
	if len(ws) < 2 {
		return true
	}
	switch ws[0] {
	case "regenerate", "generate", "create", "get", "fetch", "rotate", "delete", "revoke", "remove", "list",
		"lookup", "find", "load", "read", "describe", "reset", "refresh", "renew", "disable", "enable",
		"issue", "retrieve", "show", "expire", "invalidate", "new", "mint", "request", "exchange", "query",
		"search", "count", "has", "is", "check", "update", "patch", "restore", "recover", "destroy":
		return false
	}
	return true
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
func (t *flow) lvalueSink(l ast.Expr) (srcSink, bool) {
	if ix, ok := ast.Unparen(l).(*ast.IndexExpr); ok {
		if h, ok := t.r.constString(ix.Index); ok && isAuthHeaderName(h) {
			return srcSink{node: l, desc: "the " + h + " header", names: []string{h}}, true
		}
		return srcSink{}, false
	}
	obj := t.lvalueObj(l)
	if v, ok := obj.(*types.Var); ok && v.IsField() && !keyNamedText(v.Name(), v.Type()) {
		// A field that another package of the user's code, or an SDK,
		// sends as a credential.
		if rec := t.r.fieldUse(v); rec != nil {
			return srcSink{node: l, desc: v.Name() + ", " + rec.sent(), names: []string{v.Name()}}, true
		}
	}
	if obj == nil || obj.Name() == "_" || !keyNamedText(obj.Name(), obj.Type()) {
		return srcSink{}, false
	}
	return srcSink{node: l, desc: obj.Name(), names: []string{obj.Name()}}, true
}

// callSinks finds the keys a call sends: an argument beside an
// Authorization-style header name, an argument for a key-named parameter,
// the argument of a key-named setter (SetAPIKey, WithAPIKey).
func (t *flow) callSinks(call *ast.CallExpr, hit func(*origin, srcSink)) {
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
	var cs *calleeSinks
	pkg := ""
	if fn != nil {
		fn = fn.Origin()
		sig, _ = fn.Type().(*types.Signature)
		if fn.Pkg() != nil {
			pkg = fn.Pkg().Path()
		}
		cs = t.r.calleeSinksOf(fn, sig)
		if cs.source {
			return
		}
	}
	// A parameter that a function of another package of the user's code
	// sends as a credential there.
	if fn != nil && fn.Pkg() != t.r.pass.Pkg && (sigArgs(sig) < 0 || len(call.Args) == sigArgs(sig)) {
		if pus := t.r.paramUses(fn); len(pus) > 0 && t.mayCarry(call) {
			for _, pu := range pus {
				if pu.Use.Kind != useCred || sig.Variadic() && pu.Index >= sig.Params().Len()-1 {
					continue
				}
				if a := argAt(call, pu.Index); a != nil {
					desc := fmt.Sprintf("passed to %s, %s", cs.callee, pu.Use.sent())
					for _, o := range t.fieldOrigins(a, pu.Field) {
						hit(o, srcSink{node: a, desc: desc, names: append(useNames(pu.Use), fn.Name()), pkg: pkg})
					}
				}
			}
		}
	}
	for i, a := range call.Args {
		if header != "" {
			if h, ok := t.r.constString(a); !ok || h != header {
				hit(t.originOf(a), srcSink{node: a, desc: "the " + header + " header", names: []string{header}, pkg: pkg})
				continue
			}
		}
		if cs == nil || i >= len(cs.params) {
			continue
		}
		if cs.stores {
			break // the secret is the payload the program stores for the user
		}
		switch cs.params[i] {
		case keyParam:
			p := sig.Params().At(i)
			hit(t.originOf(a), srcSink{node: a, desc: cs.callee + "'s " + p.Name() + " parameter", names: []string{p.Name(), fn.Name()}, pkg: pkg})
		case keyTaker:
			if len(call.Args) == 1 {
				hit(t.originOf(a), srcSink{node: a, desc: cs.callee, names: []string{fn.Name()}, pkg: pkg})
			}
		}
	}
}

// calleeSinks is what callSinks needs of a callee, worked out once per
// run: whether it is a source, whether it stores the user's secrets, and
// which of its (non-variadic) parameters take a key.
type calleeSinks struct {
	callee string // "pkg.Func" or "Type.Method"
	source bool
	stores bool
	params []uint8 // keyParam, keyTaker or 0, by parameter
}

const (
	keyParam = 1 + iota // a key-named text parameter
	keyTaker            // the one text parameter of a function named for a key
)

func (r *run) calleeSinksOf(fn *types.Func, sig *types.Signature) *calleeSinks {
	if cs, ok := r.sinkCallees[fn]; ok {
		return cs
	}
	cs := &calleeSinks{callee: fn.Name()}
	if fn.Pkg() != nil {
		cs.callee = fn.Pkg().Name() + "." + fn.Name()
		if sig != nil && sig.Recv() != nil {
			cs.callee = typeName(sig.Recv().Type()) + "." + fn.Name()
		}
		_, cs.source = sourceSpecFor(fn, r.funcID(fn))
	}
	if sig != nil {
		cs.stores = storesSecret(fn.Name())
		n := sig.Params().Len()
		if sig.Variadic() {
			n--
		}
		cs.params = make([]uint8, max(n, 0))
		named := keys.NameKindOf(fn.Name()) != keys.NotKey
		for i := range cs.params {
			p := sig.Params().At(i)
			switch {
			case keyNamedText(p.Name(), p.Type()):
				cs.params[i] = keyParam
			case named && isStringish(p.Type()) && calleeTakesKey(fn, p):
				cs.params[i] = keyTaker
			}
		}
	}
	if r.sinkCallees == nil {
		r.sinkCallees = map[*types.Func]*calleeSinks{}
	}
	r.sinkCallees[fn] = cs
	return cs
}

// reportSource reports s: at its read site with the sink as related
// information, or, when it was read in another package, at the sink.
func (t *flow) reportSource(s *origin, k *srcSink) {
	// One config key or flag, read in several places, is one mistake:
	// report it once per package.
	if s.name != "" && (s.kind == srcGetter || s.kind == srcFlag || s.kind == srcConfig) {
		key := s.kind + "\x00" + s.name
		if t.named == nil {
			t.named = map[string]bool{}
		}
		if t.named[key] {
			return
		}
		t.named[key] = true
	}
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
		if envs := t.r.flagEnvs(s.name); len(envs) > 0 {
			from += " or " + orList(envs)
		}
	case s.name != "" && s.kind == srcGetter:
		from = fmt.Sprintf("config key %q", s.name)
		if t.viperCall(s.node) {
			if more := t.r.getterOrigins(s.name); len(more) > 1 {
				from += ", which viper fills from " + orList(more)
			}
			if e, ok := t.r.viperUseOf().envName(s.name); ok && label == "API key" {
				env = e
			}
		}
	case s.kind == srcConfig && k != nil:
		// A decoded struct's field the package also sets from the
		// environment: name both.
		if more := t.fieldEnvNames(k.node); len(more) > 0 {
			from += " or " + orList(more)
		}
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
	// The callee's package name, the last element of its import path
	// (past a /vN suffix): "github.com/bwmarrin/discordgo" says nothing of
	// GitHub, nor does an Azure SDK's path under github.com/Azure;
	// "github.com/google/go-github/v74/github" does.
	pkg = strings.TrimRight(pkg, "/")
	if i := strings.LastIndex(pkg, "/"); i >= 0 {
		base := pkg[i+1:]
		if len(base) > 1 && base[0] == 'v' && isDigits(base[1:]) {
			pkg = pkg[:i]
			base = pkg[strings.LastIndex(pkg, "/")+1:]
		}
		pkg = base
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
func (t *flow) exportFacts() {
	if !factsOn(t.r.pass.Analyzer) {
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
