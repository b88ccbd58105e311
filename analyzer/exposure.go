package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/apikeylint/apikeylint/analyzer/keys"
)

// key-exposure: keys never reach logs, errors, panics or URLs.
//
// The check is a policy over the value-flow layer (flow.go). Its sources
// are provenance, not names: a read of a key-named environment variable, a
// key literal, an Authorization-style header read with Header.Get, and a
// command-line flag or config key that names itself as a key. Its sinks:
//
//   - logs: package log and *log.Logger; log/slog (functions, *Logger
//     methods, With, and the attrs String, Any, Group, StringValue,
//     AnyValue); fmt.Print* and fmt.Fprint* to os.Stdout or os.Stderr;
//     the print builtins; testing's Log, Error, Fatal and Skip methods;
//     zap, logrus, zerolog, klog and glog, matched by package and type;
//   - errors and panics: fmt.Errorf, errors.New, panic;
//   - URLs: a key after "?name=" or "&name=" (name saying key or token) in
//     a concatenation or a format, or set in url.Values that are encoded
//     into a URL, unless the provider takes keys only in the URL;
//   - request dumps: httputil.DumpRequest/DumpRequestOut of a request
//     whose Authorization-style header holds a key, written to a log.
//
// Barriers (flow.go's barrier hook, and what the layer never follows):
// len, comparisons and other booleans, hashes, a prefix of at most four
// characters (k[:4], %.4s) or a suffix of at most four (k[len(k)-4:]), an
// argument printed with %T or %p, the part of a value before its first
// space or colon (an Authorization scheme, a Basic user name), the
// environment variable's name, publishable keys, and the functions listed
// in -redactors.

// exposeWhere says where a sink sends a value.
type exposeWhere int

const (
	toLog exposeWhere = iota
	toTestLog
	toStdout
	toStderr
	toError
	toPanic
	toURL
)

// exposeWhereText says, for messages, where a sink sends a value.
func exposeWhereText(w exposeWhere) string {
	switch w {
	case toLog:
		return "written to the log"
	case toTestLog:
		return "written to the test log (CI logs are often public)"
	case toStdout:
		return "printed to standard output"
	case toStderr:
		return "printed to standard error"
	case toError:
		return "put in an error message"
	case toPanic:
		return "put in a panic message"
	}
	return "written out"
}

// exposeSink is a call that writes its arguments where they are kept and
// shown: its arguments from first on are exposed; format is the index of
// a printf format among them, or -1.
type exposeSink struct {
	call   *ast.CallExpr
	where  exposeWhere
	first  int
	format int
}

// authSet is a write of an Authorization-style header of a request.
type authSet struct {
	req   types.Object
	value ast.Expr
}

// queryParam is a key-named URL query parameter whose value is value: in
// a concatenation or format (url is the constant text before it), or in
// url.Values (values is the Values variable, or nil for a literal already
// known to be encoded into a URL).
type queryParam struct {
	name   string
	value  ast.Expr
	url    string
	values types.Object
}

// exposure is one run of the key-exposure check.
type exposure struct {
	r     *run
	t     *flow
	sinks []exposeSink
	maybe bool // the package may hold a key origin at all

	// Barriers.
	stop      map[ast.Node]bool         // nodes that carry no origin
	splitVars map[types.Object]bool     // results of strings.Split(x, " ") and friends
	redactors map[*types.Func]bool      // -redactors, resolved per callee
	dumps     map[*ast.CallExpr]*origin // httputil.DumpRequest calls and what they carry
	viaDump   map[*origin]bool
	authSets  []authSet

	// URL queries.
	params    []queryParam
	urlValues map[types.Object]bool // url.Values encoded into a URL

	reported map[ast.Node]bool
	// calls of other packages' functions, whose parameters may reach a
	// sink there.
	calls []*ast.CallExpr
	// held caches, per type, the field of its values that holds a key.
	held map[types.Type]heldKey
}

// heldKey is a field that holds a key, and the key's origin.
type heldKey struct {
	field  *types.Var
	origin *origin
}

// checkExposure reports key values that reach a log, an error, a panic or a
// URL query.
func (r *run) checkExposure() error {
	x := &exposure{
		r:         r,
		stop:      map[ast.Node]bool{},
		splitVars: map[types.Object]bool{},
		redactors: map[*types.Func]bool{},
		dumps:     map[*ast.CallExpr]*origin{},
		viaDump:   map[*origin]bool{},
		urlValues: map[types.Object]bool{},
		reported:  map[ast.Node]bool{},
	}
	// Whether a key can be here at all, before the scan for sinks: a key
	// origin in this package, another package of the user's code or an
	// SDK whose fields may hold one, or a value that reaches a credential
	// sink.
	x.survey()
	if !x.maybe && !r.importsOwnCode() && !r.importsOwnOrSDK() && !r.sendsOutsideTests() {
		return nil
	}
	x.scan()
	if len(x.sinks) == 0 && len(x.params) == 0 {
		return nil
	}
	// A key read in another package of the user's code may come in (the
	// summaries are read only when there is a sink).
	if !x.maybe && !r.importsOwnCode() && !r.sendsOutsideTests() && !(r.importsOwnOrSDK() && x.readsUsedField()) {
		return nil
	}
	t := r.newFlow(isExposureKind)
	t.barrier = x.barrier
	if len(x.dumps) > 0 {
		t.extra = x.dumpOrigin
	}
	x.t = t
	t.seed()
	t.seedUses()
	t.solve()
	for _, s := range x.sinks {
		x.checkSink(s)
	}
	x.checkQueries()
	x.checkCalls()
	return nil
}

// checkCalls reports keys passed to a function of another package of the
// user's code that writes that parameter out (uses.go's summaries): at
// the argument, where the caller can stop passing it, with the sink in the
// message.
func (x *exposure) checkCalls() {
	for _, call := range x.calls {
		fn, _ := typeutil.Callee(x.r.pass.TypesInfo, call).(*types.Func)
		if fn == nil {
			continue
		}
		fn = fn.Origin()
		pus := x.r.paramUses(fn)
		if len(pus) == 0 || !x.t.mayCarry(call) {
			continue
		}
		sig := fn.Type().(*types.Signature)
		if sigArgs(sig) >= 0 && len(call.Args) != sigArgs(sig) {
			continue
		}
		for _, pu := range pus {
			if pu.Use.Kind != useExpose || (sig.Variadic() && pu.Index >= sig.Params().Len()-1) {
				continue
			}
			arg := argAt(call, pu.Index)
			if arg == nil || x.reported[arg] {
				continue
			}
			o := x.exposedOrigin(x.t.fieldOrigins(arg, pu.Field), arg)
			if o == nil {
				continue
			}
			x.reported[arg] = true
			what := fn.Pkg().Name() + "." + fn.Name()
			if pu.Field != "" {
				what = fmt.Sprintf("%s, whose field %s", what, pu.Field)
			}
			x.r.report(finding{cat: KeyExposure, rng: arg, msg: fmt.Sprintf("%s passed to %s is written out there (%s); pass it only where it is needed, or log its length or first 4 characters",
				x.describe(o), what, pu.Use.sent())})
		}
	}
}

// readsUsedField reports whether an argument of a sink or of a call of
// another package reads, or holds, a field that another package of the
// user's code or an SDK sends as a credential: the only keys a package
// with no key origin of its own can write out.
func (x *exposure) readsUsedField() bool {
	info := x.r.pass.TypesInfo
	used := func(f *types.Var) bool { return f.Pkg() != x.r.pass.Pkg && x.r.fieldUse(f) != nil }
	reads := func(arg ast.Expr) bool {
		found := false
		ast.Inspect(arg, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok && !found {
				if s, ok := info.Selections[sel]; ok && s.Kind() == types.FieldVal {
					found = used(s.Obj().(*types.Var))
				}
			}
			return !found
		})
		return found || fieldWithin(info.TypeOf(arg), nil, used) != nil
	}
	for _, s := range x.sinks {
		for _, a := range s.call.Args[min(s.first, len(s.call.Args)):] {
			if reads(a) {
				return true
			}
		}
	}
	for _, c := range x.calls {
		for _, a := range c.Args {
			if reads(a) {
				return true
			}
		}
	}
	return false
}

// isExposureKind reports whether the exposure check traces origins of
// kind: a key read from the environment, a key literal, an incoming
// Authorization header, and flags and config keys (reported only when
// named as keys).
func isExposureKind(kind string) bool {
	switch kind {
	case srcEnv, srcLit, srcHeader, srcFlag, srcGetter, srcUse:
		return true
	}
	return false
}

// exposedOrigin returns the first of os that is a key worth reporting at
// the sink at. A key literal or an Authorization header read in a _test.go
// file, or reaching a sink in one, is test data (a fake key, a test server
// checking what the client sent, a test logging what a parser extracted
// from the request it built), so only the environment's keys count there.
func (x *exposure) exposedOrigin(os []*origin, at ast.Node) *origin {
	testSink := at != nil && x.t.inTest(at)
	for _, o := range os {
		switch o.kind {
		case srcEnv:
			if !publishableName(o.name) {
				return o
			}
		case srcHeader:
			if !x.t.inTest(o.node) && !testSink {
				return o
			}
		case srcLit:
			if o.lit != nil && o.lit.Literal != nil && !o.lit.Literal.Provider.Identifier && !x.t.inTest(o.node) && !testSink {
				return o
			}
		case srcFlag, srcGetter:
			if o.name != "" && keys.NameKindOf(o.name) != keys.NotKey && !publishableName(o.name) {
				return o
			}
		case srcUse:
			// A key known by where it goes; a test's fake one is test data.
			if !testSink && (o.node == nil || !x.t.inTest(o.node)) {
				return o
			}
		}
	}
	return nil
}

// publishableName reports whether a variable or flag name says its key is
// a public one (STRIPE_PUBLISHABLE_KEY, NEXT_PUBLIC_…).
func publishableName(name string) bool {
	for _, w := range keys.Words(name) {
		if w == "publishable" || w == "public" || w == "pk" {
			return true
		}
	}
	return false
}

// ---- scanning --------------------------------------------------------------

// scan walks the package once: it collects the sinks, the barriers, the
// request dumps and URL queries, and whether any key origin can exist.
func (x *exposure) scan() {
	r := x.r
	var encodes []inspector.Cursor
	for cur := range r.insp.Root().Preorder((*ast.CallExpr)(nil), (*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil),
		(*ast.BinaryExpr)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.AssignStmt:
			x.scanAssign(n.Lhs, n.Rhs)
		case *ast.ValueSpec:
			var lhs []ast.Expr
			for _, id := range n.Names {
				lhs = append(lhs, id)
			}
			x.scanAssign(lhs, n.Values)
		case *ast.BinaryExpr:
			if n.Op == token.ADD {
				if p, ok := cur.Parent().Node().(*ast.BinaryExpr); !ok || p.Op != token.ADD {
					x.scanConcat(n)
				}
			}
		case *ast.CallExpr:
			if x.scanCall(n) {
				encodes = append(encodes, cur)
			}
		}
	}
	for _, cur := range encodes {
		x.scanEncode(cur)
	}
}

// survey finds whether the package may hold a key origin at all (maybe):
// a key-named environment read, a key literal or an incoming Authorization
// header read outside tests (in a test both are test data, see
// exposedOrigin), or a flag or config key named for a key.
func (x *exposure) survey() {
	r := x.r
	// The same walk settles whether the package sends a key anywhere
	// (uses.go), which the check asks next.
	probe := r.useProbe()
	for cur := range r.insp.Root().Preorder(append([]ast.Node{(*ast.BasicLit)(nil)}, sinkKinds...)...) {
		probe.visit(cur.Node())
		if x.maybe {
			continue // the probe goes on
		}
		switch n := cur.Node().(type) {
		case *ast.BasicLit:
			if n.Kind == token.STRING && len(n.Value) >= 18 { // a key has 16 characters or more
				if s, ok := r.constString(n); ok {
					x.maybe = r.candidate(s) && !r.isTestFile(n.Pos()) // a pre-filter only
				}
			}
		case *ast.CallExpr:
			fn, _ := typeutil.Callee(r.pass.TypesInfo, n).(*types.Func)
			if fn == nil || fn.Pkg() == nil {
				continue
			}
			fn = fn.Origin()
			id := r.funcID(fn)
			switch {
			case r.isAllowedID(id):
				env, ok := r.isEnvRead(n)
				x.maybe = ok && keys.NameKindOf(env) != keys.NotKey
			case id == "net/http.Header:Get" || id == "net/textproto.MIMEHeader:Get":
				h, ok := r.constString(argAt(n, 0))
				x.maybe = ok && isAuthHeaderName(h) && !r.isTestFile(n.Pos())
			default:
				if sp, ok := sourceSpecFor(fn, id); ok && (sp.kind == srcFlag || sp.kind == srcGetter) {
					name, ok := r.constString(argAt(n, sp.nameArg))
					x.maybe = ok && keys.NameKindOf(name) != keys.NotKey
				}
			}
		}
	}
	probe.done()
}

// scanAssign records barriers and request header writes made by an
// assignment: the first result of strings.Cut(v, " ") is a scheme (or a
// user name, cut at ":"), and so is element 0 of strings.Fields(v).
func (x *exposure) scanAssign(lhs, rhs []ast.Expr) {
	for i := range min(len(lhs), len(rhs)) {
		// A header written by index, as in an Authorization slot.
		x.scanHeaderIndex(lhs[i], rhs[i])
		// A url.Values literal holding a key under a key-named parameter.
		if lit, ok := ast.Unparen(rhs[i]).(*ast.CompositeLit); ok && isNamed(x.r.pass.TypesInfo.TypeOf(lit), "net/url", "Values") {
			if obj := x.r.objOf(lhs[i]); obj != nil {
				x.valuesLit(lit, obj)
			}
		}
	}
	if len(rhs) != 1 {
		return
	}
	call, ok := ast.Unparen(rhs[0]).(*ast.CallExpr)
	if !ok {
		return
	}
	switch {
	case len(lhs) >= 2 && x.isCut(call):
		x.stop[lhs[0]] = true
	case len(lhs) == 1 && x.isSplit(call):
		if obj := x.r.objOf(lhs[0]); obj != nil {
			x.splitVars[obj] = true
		}
	}
}

// scanHeaderIndex records req.Header["Authorization"] = []string{v}.
func (x *exposure) scanHeaderIndex(l, v ast.Expr) {
	ix, ok := ast.Unparen(l).(*ast.IndexExpr)
	if !ok {
		return
	}
	if h, ok := x.r.constString(ix.Index); !ok || !isAuthHeaderName(h) {
		return
	}
	if req := x.requestOf(ix.X); req != nil {
		x.authSets = append(x.authSets, authSet{req, v})
	}
}

// requestOf returns the request variable whose Header h is (req.Header).
func (x *exposure) requestOf(h ast.Expr) types.Object {
	sel, ok := ast.Unparen(h).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Header" || !isNamed(x.r.pass.TypesInfo.TypeOf(sel.X), "net/http", "Request") {
		return nil
	}
	return x.r.objOf(sel.X)
}

// separatorSplit reports whether call splits its first argument at a
// space or a colon with one of fns (of strings or bytes).
func (x *exposure) separatorSplit(call *ast.CallExpr, fns ...string) bool {
	fn, _ := typeutil.Callee(x.r.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil || (fn.Pkg().Path() != "strings" && fn.Pkg().Path() != "bytes") || !slices.Contains(fns, fn.Name()) {
		return false
	}
	if fn.Name() == "Fields" {
		return true
	}
	if len(call.Args) < 2 {
		return false
	}
	sep, ok := x.r.constString(call.Args[1])
	return ok && (sep == " " || sep == ":")
}

func (x *exposure) isCut(call *ast.CallExpr) bool { return x.separatorSplit(call, "Cut") }

func (x *exposure) isSplit(call *ast.CallExpr) bool {
	return x.separatorSplit(call, "Fields", "Split", "SplitN", "SplitAfter", "SplitAfterN")
}

// scanCall records what a call is to the check; it reports whether the
// call is url.Values.Encode (whose context is examined after the walk).
func (x *exposure) scanCall(call *ast.CallExpr) (encode bool) {
	r := x.r
	info := r.pass.TypesInfo
	callee := typeutil.Callee(info, call)
	if b, ok := callee.(*types.Builtin); ok {
		switch b.Name() {
		case "panic":
			x.sinks = append(x.sinks, exposeSink{call: call, where: toPanic, format: -1})
		case "print", "println":
			x.sinks = append(x.sinks, exposeSink{call: call, where: toStderr, format: -1})
		}
		return false
	}
	fn, _ := callee.(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	fn = fn.Origin()
	sig := fn.Type().(*types.Signature)
	if fn.Pkg() != r.pass.Pkg && len(call.Args) > 0 {
		x.calls = append(x.calls, call) // its callee's parameters may go to a sink (uses.go)
	}
	// Any printf-style call: arguments printed with %T, %p or a precision
	// of at most 4 expose nothing of a key.
	if f := formatIndex(fn.Name(), sig); f >= 0 && f < len(call.Args) && !call.Ellipsis.IsValid() {
		if format, ok := r.constString(call.Args[f]); ok {
			for a := range hiddenArgs(format) {
				if i := f + 1 + a; i < len(call.Args) {
					x.stop[call.Args[i]] = true
				}
			}
		}
	}
	id := r.funcID(fn.Origin())
	pkg, name, _ := strings.Cut(id, ":")
	switch {
	case sigArgs(sig) >= 0 && len(call.Args) != sigArgs(sig):
		// f(g()) with a multi-value g, or a spread: no argument to read.
	case id == "net/http.Header:Set" || id == "net/http.Header:Add":
		if h, ok := r.constString(call.Args[0]); ok && isAuthHeaderName(h) {
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				if req := x.requestOf(sel.X); req != nil {
					x.authSets = append(x.authSets, authSet{req, call.Args[1]})
				}
			}
		}
	case id == "net/http.Request:SetBasicAuth":
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			if req := r.objOf(sel.X); req != nil {
				x.authSets = append(x.authSets, authSet{req, call.Args[1]})
			}
		}
	case pkg == "net/http/httputil" && (name == "DumpRequest" || name == "DumpRequestOut"):
		x.dumps[call] = nil
	case pkg == "net/url.Values" && (name == "Set" || name == "Add"):
		if p, ok := r.constString(call.Args[0]); ok && keyQueryParam(p) {
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				if obj := r.objOf(sel.X); obj != nil {
					x.params = append(x.params, queryParam{name: p, value: call.Args[1], values: obj})
				}
			}
		}
	case pkg == "net/url.Values" && name == "Encode":
		return true
	}
	if s, ok := x.sinkOf(call, fn, sig); ok {
		x.sinks = append(x.sinks, s)
	}
	// A key after "?key=" in a format.
	if f := formatIndex(fn.Name(), sig); f >= 0 && f < len(call.Args) && !call.Ellipsis.IsValid() {
		if format, ok := r.constString(call.Args[f]); ok && strings.Contains(format, "=") {
			for _, v := range parsePrintf(format) {
				if i := f + 1 + v.arg; i < len(call.Args) {
					if p, ok := queryParamBefore(v.before); ok {
						x.params = append(x.params, queryParam{name: p, value: call.Args[i], url: v.before})
					}
				}
			}
		}
	}
	return false
}

// sigArgs is the number of arguments a call of sig passes one by one when
// it is not variadic; -1 for variadic signatures (any count is fine).
func sigArgs(sig *types.Signature) int {
	if sig.Variadic() {
		return -1
	}
	return sig.Params().Len()
}

func argAt(call *ast.CallExpr, i int) ast.Expr {
	if i < 0 || i >= len(call.Args) {
		return nil
	}
	return call.Args[i]
}

// scanConcat records keys placed after "?key=" in a string concatenation.
func (x *exposure) scanConcat(root *ast.BinaryExpr) {
	if t := x.r.pass.TypesInfo.TypeOf(root); t == nil || !isStringish(t) {
		return
	}
	if _, ok := x.r.constString(root); ok {
		return
	}
	var text strings.Builder
	var walk func(e ast.Expr)
	walk = func(e ast.Expr) {
		if s, ok := x.r.constString(e); ok {
			text.WriteString(s)
			return
		}
		if b, ok := ast.Unparen(e).(*ast.BinaryExpr); ok && b.Op == token.ADD {
			walk(b.X)
			walk(b.Y)
			return
		}
		if p, ok := queryParamBefore(text.String()); ok {
			x.params = append(x.params, queryParam{name: p, value: e, url: text.String()})
		}
		text.WriteString("\x00")
	}
	walk(root)
}

// scanEncode marks the url.Values whose Encode() result goes into a URL:
// assigned to a RawQuery field, or placed after "?" or "&".
func (x *exposure) scanEncode(cur inspector.Cursor) {
	call := cur.Node().(*ast.CallExpr)
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return
	}
	inURL := false
	switch p := cur.Parent().Node().(type) {
	case *ast.AssignStmt:
		for i, rhs := range p.Rhs {
			if rhs == call && i < len(p.Lhs) {
				if s, ok := ast.Unparen(p.Lhs[i]).(*ast.SelectorExpr); ok && s.Sel.Name == "RawQuery" {
					inURL = true
				}
			}
		}
	case *ast.KeyValueExpr:
		if id, ok := p.Key.(*ast.Ident); ok && id.Name == "RawQuery" && p.Value == call {
			inURL = true
		}
	case *ast.BinaryExpr:
		if p.Op == token.ADD && p.Y == call {
			s := x.trailingText(p.X)
			inURL = strings.HasSuffix(s, "?") || strings.HasSuffix(s, "&")
		}
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(x.r.pass.TypesInfo, p).(*types.Func)
		if fn == nil {
			break
		}
		f := formatIndex(fn.Name(), fn.Type().(*types.Signature))
		if f < 0 || f >= len(p.Args) {
			break
		}
		format, ok := x.r.constString(p.Args[f])
		if !ok {
			break
		}
		for _, v := range parsePrintf(format) {
			if i := f + 1 + v.arg; i < len(p.Args) && p.Args[i] == call {
				inURL = strings.HasSuffix(v.before, "?") || strings.HasSuffix(v.before, "&")
			}
		}
	}
	if !inURL {
		return
	}
	switch v := ast.Unparen(sel.X).(type) {
	case *ast.CompositeLit:
		x.valuesLit(v, nil)
	default:
		if obj := x.r.objOf(v); obj != nil {
			x.urlValues[obj] = true
		}
	}
}

// valuesLit records the key-named entries of a url.Values literal.
func (x *exposure) valuesLit(lit *ast.CompositeLit, obj types.Object) {
	for _, el := range lit.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		p, ok := x.r.constString(kv.Key)
		if !ok || !keyQueryParam(p) {
			continue
		}
		vals, ok := kv.Value.(*ast.CompositeLit)
		if !ok {
			continue
		}
		for _, v := range vals.Elts {
			x.params = append(x.params, queryParam{name: p, value: v, values: obj})
		}
	}
}

// trailingText returns the constant text e ends with, as far as known.
func (x *exposure) trailingText(e ast.Expr) string {
	if s, ok := x.r.constString(e); ok {
		return s
	}
	if b, ok := ast.Unparen(e).(*ast.BinaryExpr); ok && b.Op == token.ADD {
		return x.trailingText(b.Y)
	}
	return ""
}

// queryParamRE matches text that ends where a query parameter's value
// starts: "…?api_key=", "…&token=".
var queryParamRE = regexp.MustCompile(`[?&]([A-Za-z0-9_.\-]+)=$`)

// queryParamBefore returns the key-named query parameter whose value
// starts right after text.
func queryParamBefore(text string) (string, bool) {
	m := queryParamRE.FindStringSubmatch(text)
	if len(m) < 2 || !keyQueryParam(m[1]) {
		return "", false
	}
	return m[1], true
}

// keyQueryParam reports whether a query parameter name says key or token.
func keyQueryParam(p string) bool {
	switch strings.ToLower(p) {
	case "key", "apikey", "api_key", "api-key", "token", "access_token", "auth", "auth_token", "api_token",
		"apitoken", "private_token", "x-api-key", "secret", "access_key", "subscription-key":
		return true
	}
	return keys.NameKindOf(p) != keys.NotKey
}

// ---- sinks -----------------------------------------------------------------

// sinkOf reports whether call (of fn) writes its arguments to a log, an
// error, standard output or standard error.
func (x *exposure) sinkOf(call *ast.CallExpr, fn *types.Func, sig *types.Signature) (exposeSink, bool) {
	pkg := fn.Pkg().Path()
	name := fn.Name()
	recv := ""
	if sig.Recv() != nil {
		recv = "?"
		if n, ok := types.Unalias(derefType(sig.Recv().Type())).(*types.Named); ok {
			recv = n.Obj().Name()
		}
	}
	s := exposeSink{call: call, where: toLog, format: formatIndex(name, sig)}
	ok := false
	switch pkg {
	case "log":
		ok = (recv == "" || recv == "Logger") && (hasAnyPrefix(name, "Print", "Fatal", "Panic") || name == "Output")
	case "log/slog":
		switch recv {
		case "":
			ok = slices.Contains([]string{"String", "Any", "Group", "StringValue", "AnyValue", "With"}, name)
			fallthrough
		case "Logger":
			ok = ok || slices.Contains([]string{"Debug", "Info", "Warn", "Error", "DebugContext", "InfoContext",
				"WarnContext", "ErrorContext", "Log", "LogAttrs", "With"}, name)
		}
		s.format = -1
	case "fmt":
		switch name {
		case "Print", "Printf", "Println":
			s.where, ok = toStdout, true
		case "Fprint", "Fprintf", "Fprintln":
			if len(call.Args) > 0 {
				s.first = 1
				if sel, isSel := ast.Unparen(call.Args[0]).(*ast.SelectorExpr); isSel {
					if v, isVar := x.r.pass.TypesInfo.Uses[sel.Sel].(*types.Var); isVar && v.Pkg() != nil && v.Pkg().Path() == "os" {
						switch v.Name() {
						case "Stdout":
							s.where, ok = toStdout, true
						case "Stderr":
							s.where, ok = toStderr, true
						}
					}
				}
			}
		case "Errorf":
			s.where, ok = toError, true
		}
	case "errors":
		s.where, ok = toError, name == "New"
	case "testing":
		s.where = toTestLog
		ok = recv != "" && slices.Contains([]string{"Log", "Logf", "Error", "Errorf", "Fatal", "Fatalf", "Skip", "Skipf"}, name)
	case "go.uber.org/zap":
		switch recv {
		case "Logger":
			ok = slices.Contains([]string{"Debug", "Info", "Warn", "Error", "DPanic", "Panic", "Fatal", "Log", "With", "WithLazy"}, name)
		case "SugaredLogger":
			ok = hasAnyPrefix(name, "Debug", "Info", "Warn", "Error", "DPanic", "Panic", "Fatal", "Log") || name == "With" || name == "WithLazy"
		case "":
			// Field constructors: zap.String("key", v), zap.Any(…).
			ok = sig.Results().Len() == 1 && typeName(types.Unalias(sig.Results().At(0).Type())) == "Field"
		}
	case "github.com/sirupsen/logrus":
		ok = (recv == "" || recv == "Logger" || recv == "Entry") &&
			(hasAnyPrefix(name, "Trace", "Debug", "Info", "Print", "Warn", "Error", "Fatal", "Panic", "Log") || name == "WithField" || name == "WithFields") &&
			!strings.HasSuffix(name, "Fn") && name != "Logger"
	case "github.com/rs/zerolog":
		switch recv {
		case "Event", "Context":
			ok = slices.Contains([]string{"Str", "Strs", "Stringer", "Stringers", "Bytes", "Hex", "RawJSON", "Interface", "Any", "Fields", "Msg", "Msgf", "Dict"}, name)
		case "Logger":
			ok = hasAnyPrefix(name, "Print")
		}
	case "github.com/rs/zerolog/log":
		ok = recv == "" && hasAnyPrefix(name, "Print")
	case "k8s.io/klog", "k8s.io/klog/v2", "github.com/golang/glog":
		ok = (recv == "" || recv == "Verbose") && hasAnyPrefix(name, "Info", "Warning", "Error", "Fatal", "Exit")
	}
	return s, ok
}

// exposureSinkSyntax is sinkOf for the value-flow layer's walks: by the
// callee's import path and name ("Func", "Type.Method", or "?.Method"
// when the receiver's type is unknown), the common sinks whose every
// argument from first on is written out.
//
// desc completes "sent …": "to the log", "in an error message".
func exposureSinkSyntax(path, name string, args []ast.Expr) (desc string, first int, ok bool) {
	method := name[strings.LastIndex(name, ".")+1:]
	switch path {
	case "log":
		return "to the log", 0, hasAnyPrefix(method, "Print", "Fatal", "Panic")
	case "log/slog":
		return "to the log", 1, slices.Contains([]string{"Debug", "Info", "Warn", "Error"}, method)
	case "fmt":
		switch method {
		case "Print", "Printf", "Println":
			return "to standard output", 0, true
		case "Errorf":
			return "in an error message", 0, true
		}
	case "errors":
		return "in an error message", 0, name == "New"
	case "":
		if name == "panic" {
			return "in a panic message", 0, true
		}
		// A logger's printf-style method: log.Printf's twins in logrus,
		// zap's sugar, klog.
		if strings.HasPrefix(name, "?.") {
			switch method {
			case "Printf", "Infof", "Warnf", "Warningf", "Errorf", "Debugf", "Fatalf", "Tracef":
				return "to the log", 0, len(args) > 1
			}
		}
	}
	return "", 0, false
}

func derefType(t types.Type) types.Type {
	if p, ok := t.(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

func hasAnyPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// isNamed reports whether t (or what it points to) is the named type
// pkg.name.
func isNamed(t types.Type, pkg, name string) bool {
	if t == nil {
		return false
	}
	n, ok := types.Unalias(derefType(t)).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pkg && n.Obj().Name() == name
}

// formatIndex returns the index of a printf-style function's format
// parameter (Printf, Errorf, Logf, Infof: a string just before a final
// ...any), or -1.
func formatIndex(name string, sig *types.Signature) int {
	if !strings.HasSuffix(name, "f") || !sig.Variadic() {
		return -1
	}
	ps := sig.Params()
	n := ps.Len()
	if n < 2 {
		return -1
	}
	if b, ok := ps.At(n - 2).Type().Underlying().(*types.Basic); !ok || b.Kind() != types.String {
		return -1
	}
	if s, ok := ps.At(n - 1).Type().(*types.Slice); !ok || !types.IsInterface(s.Elem()) {
		return -1
	}
	return n - 2
}

// checkSink reports each argument of s that carries a key.
func (x *exposure) checkSink(s exposeSink) {
	for i := s.first; i < len(s.call.Args); i++ {
		x.checkArg(s, s.call.Args[i], i == s.format)
	}
}

// checkArg reports arg when it carries a key, once; composite literals
// (logrus.Fields{…}, []any{…}) are looked into.
func (x *exposure) checkArg(s exposeSink, arg ast.Expr, isFormat bool) {
	if x.reported[arg] {
		return
	}
	if lit, ok := ast.Unparen(arg).(*ast.CompositeLit); ok {
		for _, el := range lit.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				el = kv.Value
			}
			x.checkArg(s, el, false)
		}
		return
	}
	o := x.exposedOrigin(x.t.origins(arg), arg)
	if o == nil {
		x.checkHolder(s, arg)
		return
	}
	x.reported[arg] = true
	var fixes []analysis.SuggestedFix
	if !isFormat && s.where != toPanic && !(s.where == toError && len(s.call.Args) == 1) {
		if fix, ok := x.lengthFix(arg); ok {
			fixes = append(fixes, fix)
		}
	}
	where := exposeWhereText(s.where)
	advice := "log its length or first 4 characters instead"
	if s.where == toError || s.where == toPanic {
		advice = "leave it out, or give its length or first 4 characters"
	}
	if x.viaDump[o] {
		where = "in a dump of the request " + where
		advice = "dump a clone of the request with the header deleted, or log less"
	}
	x.r.report(finding{cat: KeyExposure, rng: arg, msg: x.describe(o) + " " + where + "; " + advice, fixes: fixes})
}

// checkHolder reports arg when it is a value that holds a key in a field
// (a client struct, an SDK session) and the sink formats it whole.
func (x *exposure) checkHolder(s exposeSink, arg ast.Expr) {
	if x.barrier(arg) || x.t.inTest(arg) {
		return // printed with %T or %p, or a test's fake value
	}
	typ := x.r.pass.TypesInfo.TypeOf(arg)
	if typ == nil {
		return
	}
	held, ok := x.held[typ]
	if !ok {
		// A type that formats itself (String, Format, GoString, Error,
		// LogValue, MarshalJSON) can leave the key out.
		held.field = fieldWithin(typ, formatsItself, func(f *types.Var) bool {
			held.origin = x.fieldKey(f)
			return held.origin != nil
		})
		if x.held == nil {
			x.held = map[types.Type]heldKey{}
		}
		x.held[typ] = held
	}
	f, o := held.field, held.origin
	if f == nil {
		return
	}
	x.reported[arg] = true
	name := types.TypeString(typ, func(p *types.Package) string {
		if p == x.r.pass.Pkg {
			return ""
		}
		return p.Name()
	})
	verb := "log"
	if s.where == toError || s.where == toPanic {
		verb = "name"
	}
	msg := fmt.Sprintf("value of type %s holds a key in its field %s (%s) and is %s whole; %s only the fields you need, or give the type a String method that leaves the key out",
		name, f.Name(), x.describe(o), exposeWhereText(s.where), verb)
	fd := finding{cat: KeyExposure, rng: arg, msg: msg}
	if x.inPass(f.Pos()) {
		fd.related = []analysis.RelatedInformation{{Pos: f.Pos(), End: f.Pos() + token.Pos(len(f.Name())), Message: "the field that holds the key"}}
	}
	x.r.report(fd)
}

// inPass reports whether pos lies in one of the package's files.
func (x *exposure) inPass(pos token.Pos) bool {
	for _, f := range x.r.pass.Files {
		if f.FileStart <= pos && pos < f.FileEnd {
			return true
		}
	}
	return false
}

// fieldWithin returns the first field reachable in a value of type t —
// through pointers, nested structs, and map, slice and array elements, at
// most three levels down — that pick accepts, a struct's own fields before
// its nested ones; nil when there is none. The walk does not enter a type
// that stop accepts (one that formats itself; nil: enter every type).
func fieldWithin(t types.Type, stop func(types.Type) bool, pick func(*types.Var) bool) *types.Var {
	seen := map[types.Type]bool{}
	var walk func(t types.Type, depth int) *types.Var
	walk = func(t types.Type, depth int) *types.Var {
		if t == nil || depth > 3 || seen[t] || stop != nil && stop(t) {
			return nil
		}
		seen[t] = true
		switch u := t.Underlying().(type) {
		case *types.Pointer:
			return walk(u.Elem(), depth)
		case *types.Slice:
			return walk(u.Elem(), depth+1)
		case *types.Array:
			return walk(u.Elem(), depth+1)
		case *types.Map:
			return walk(u.Elem(), depth+1)
		case *types.Struct:
			for f := range u.Fields() {
				if pick(f) {
					return f
				}
			}
			for f := range u.Fields() {
				if v := walk(f.Type(), depth+1); v != nil {
					return v
				}
			}
		}
		return nil
	}
	return walk(t, 0)
}

// fieldKey returns the origin of the key field f holds: a key this
// package stores in its own type's field, a key known by its use, or,
// for another package's field, the credential it is sent as there.
func (x *exposure) fieldKey(f *types.Var) *origin {
	if !carriesText(f.Type()) {
		return nil
	}
	if o := x.t.objs[f]; o != nil && (f.Pkg() == x.r.pass.Pkg || o.kind == srcUse) {
		if e := x.exposedOrigin(concrete(o), nil); e != nil {
			return e
		}
	}
	if f.Pkg() != x.r.pass.Pkg {
		if rec := x.r.fieldUse(f); rec != nil {
			return &origin{kind: srcUse, name: rec.Desc, use: rec}
		}
	}
	return nil
}

// formatsItself reports whether values of t (or *t) format themselves.
func formatsItself(t types.Type) bool {
	if _, ok := t.Underlying().(*types.Interface); ok {
		return true // what it holds is not known here
	}
	sets := []*types.MethodSet{types.NewMethodSet(t)}
	if _, isPtr := t.(*types.Pointer); !isPtr {
		sets = append(sets, types.NewMethodSet(types.NewPointer(t)))
	}
	for _, ms := range sets {
		for _, m := range []string{"String", "Format", "GoString", "Error", "LogValue", "MarshalJSON"} {
			if ms.Lookup(nil, m) != nil {
				return true
			}
		}
	}
	return false
}

// describe says which key o is and where it came from, never the key.
func (x *exposure) describe(o *origin) string {
	var s string
	switch o.kind {
	case srcLit:
		s = o.lit.Literal.Label() + " literal"
	case srcHeader:
		s = "credential from the " + o.name + " header"
		if x.incoming(o.node) {
			s = "credential from the incoming " + o.name + " header"
		}
	case srcEnv:
		s = envKeyLabel(o.name) + " from " + o.name
	case srcFlag:
		s = envKeyLabel(o.name) + " from command-line flag -" + o.name
	case srcGetter:
		s = envKeyLabel(o.name) + fmt.Sprintf(" from config key %q", o.name)
	case srcUse:
		s = "credential sent " + o.use.Desc
		if o.use.Pos != "" {
			s += " (" + o.use.Pos + ")"
		}
	}
	if o.via != "" {
		s += " (returned by " + o.via + ")"
	}
	return s
}

// envKeyLabel names the key a variable, flag or config key holds:
// "WaveSpeed API key", "GitHub API key", "API key", "token".
func envKeyLabel(name string) string {
	label, _ := keyLabel([]string{name}, "")
	if label == "API key" && keys.NameKindOf(name) == keys.Token {
		return "token"
	}
	return label
}

// incoming reports whether a header read is of a request the function
// received (a handler's r.Header.Get).
func (x *exposure) incoming(n ast.Node) bool {
	call, ok := n.(*ast.CallExpr)
	if !ok {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	h, ok := ast.Unparen(sel.X).(*ast.SelectorExpr)
	if !ok || !isNamed(x.r.pass.TypesInfo.TypeOf(h.X), "net/http", "Request") {
		return false
	}
	id, ok := ast.Unparen(h.X).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := x.r.pass.TypesInfo.Uses[id].(*types.Var)
	return ok && v.Kind() == types.ParamVar
}

// ---- barriers --------------------------------------------------------------

// barrier reports whether e carries no origin for this check.
func (x *exposure) barrier(e ast.Expr) bool {
	if x.stop[e] {
		return true
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		// A field of another package's type (aws.Credentials.SecretAccessKey)
		// that this package sets from a key somewhere: the flow merges every
		// value of the field, so one live test's credentials would taint
		// every fake one. Only this package's own types (set in a
		// constructor, logged in a method) and other packages' summaries
		// are followed through fields.
		// In a _test.go file, table fields (tt.want.APIKey) and results
		// checked against them merge fakes with whatever the package reads
		// from the environment: fields carry nothing there.
		if sel, ok := x.r.pass.TypesInfo.Selections[e]; ok && sel.Kind() == types.FieldVal {
			f := sel.Obj()
			// A field used as a credential here holds a key in every value.
			o := x.t.objs[f]
			return f.Pkg() != x.r.pass.Pkg && o != nil && o.kind != srcUse || x.t.inTest(e)
		}
	case *ast.IndexExpr:
		// strings.Fields(h)[0], parts[0] of strings.SplitN(h, " ", 2).
		if x.t.constInt(e.Index) != 0 {
			return false
		}
		switch v := ast.Unparen(e.X).(type) {
		case *ast.CallExpr:
			return x.isSplit(v)
		case *ast.Ident:
			return x.splitVars[x.r.pass.TypesInfo.Uses[v]]
		}
	case *ast.SliceExpr:
		// k[len(k)-4:]: a suffix of at most 4 characters.
		if e.High != nil || e.Low == nil {
			return false
		}
		b, ok := ast.Unparen(e.Low).(*ast.BinaryExpr)
		if !ok || b.Op != token.SUB {
			return false
		}
		n := x.t.constInt(b.Y)
		if n < 0 || n > 4 {
			return false
		}
		c, ok := ast.Unparen(b.X).(*ast.CallExpr)
		if !ok || len(c.Args) != 1 {
			return false
		}
		if id, ok := c.Fun.(*ast.Ident); !ok || id.Name != "len" {
			return false
		}
		return types.ExprString(c.Args[0]) == types.ExprString(e.X)
	case *ast.CallExpr:
		return x.isRedactor(e)
	}
	return false
}

// isRedactor reports whether call calls a function listed in -redactors.
func (x *exposure) isRedactor(call *ast.CallExpr) bool {
	if len(x.r.s.redactors) == 0 {
		return false
	}
	fn, _ := typeutil.Callee(x.r.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	fn = fn.Origin()
	is, ok := x.redactors[fn]
	if !ok {
		id := x.t.id(fn)
		dotted := strings.Replace(strings.Replace(id, ".?:", ".", 1), ":", ".", 1)
		is = slices.Contains(x.r.s.redactors, dotted)
		x.redactors[fn] = is
	}
	return is
}

// dumpOrigin is the flow's extra hook: httputil.DumpRequest(req, …) carries
// the key written to req's Authorization header.
func (x *exposure) dumpOrigin(call *ast.CallExpr) *origin {
	w, ok := x.dumps[call]
	if !ok || w != nil || len(call.Args) == 0 {
		return w
	}
	req := x.r.objOf(call.Args[0])
	if req == nil {
		return nil
	}
	for _, a := range x.authSets {
		if a.req != req {
			continue
		}
		for _, o := range x.t.origins(a.value) {
			if x.exposedOrigin([]*origin{o}, call) == nil {
				continue
			}
			w := *o
			x.dumps[call] = &w
			x.viaDump[&w] = true
			return &w
		}
	}
	return nil
}

// ---- printf formats ----------------------------------------------------------

// printfVerb is one verb of a format: the argument it consumes (counted
// from the first argument after the format), the verb, its precision (-1
// when none) and the format text before it.
type printfVerb struct {
	arg    int
	verb   rune
	prec   int
	before string
}

// hides reports whether the verb prints nothing of a key: its type (%T),
// its address (%p), or at most its first 4 characters (%.4s).
func (v printfVerb) hides() bool {
	switch v.verb {
	case 'T', 'p':
		return true
	case 's', 'q', 'v', 'x', 'X':
		return v.prec >= 0 && v.prec <= 4
	}
	return false
}

// hiddenArgs returns the arguments of a format (counted from the first
// after it) that every verb consuming them hides.
func hiddenArgs(format string) map[int]bool {
	if !strings.Contains(format, "%") {
		return nil
	}
	hidden := map[int]bool{}
	shown := map[int]bool{}
	for _, v := range parsePrintf(format) {
		if v.hides() {
			hidden[v.arg] = true
		} else {
			shown[v.arg] = true
		}
	}
	for a := range shown {
		delete(hidden, a)
	}
	return hidden
}

// parsePrintf returns the verbs of a printf format, following fmt's rules
// for flags, explicit argument indexes ("%[2]s") and "*" widths.
func parsePrintf(format string) []printfVerb {
	var out []printfVerb
	arg := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		start := i
		i++
		// Flags.
		for i < len(format) && strings.IndexByte("+-# 0", format[i]) >= 0 {
			i++
		}
		index := func() {
			if i < len(format) && format[i] == '[' {
				j := strings.IndexByte(format[i:], ']')
				if j < 0 {
					return
				}
				if n, err := strconv.Atoi(format[i+1 : i+j]); err == nil && n > 0 {
					arg = n - 1
				}
				i += j + 1
			}
		}
		index()
		// Width.
		if i < len(format) && format[i] == '*' {
			arg++
			i++
		} else {
			for i < len(format) && format[i] >= '0' && format[i] <= '9' {
				i++
			}
		}
		prec := -1
		if i < len(format) && format[i] == '.' {
			i++
			index()
			if i < len(format) && format[i] == '*' {
				arg++
				i++
			} else {
				p := 0
				for i < len(format) && format[i] >= '0' && format[i] <= '9' {
					p = p*10 + int(format[i]-'0')
					i++
				}
				prec = p
			}
		}
		index()
		if i >= len(format) {
			break
		}
		if format[i] == '%' {
			continue
		}
		verb := rune(format[i])
		out = append(out, printfVerb{arg: arg, verb: verb, prec: prec, before: format[:start]})
		arg++
	}
	return out
}

// ---- URL queries -------------------------------------------------------------

// checkQueries reports keys placed in URL queries.
func (x *exposure) checkQueries() {
	for _, p := range x.params {
		if p.values != nil && !x.urlValues[p.values] {
			continue
		}
		if x.reported[p.value] {
			continue
		}
		o := x.exposedOrigin(x.t.origins(p.value), p.value)
		if o == nil {
			continue
		}
		if o.kind == srcUse && o.use.Query != "" {
			// Known as a key only by this query: the key is the API's to
			// take there (an STS endpoint's Token=), unless the host is a
			// registry provider's that takes it in a header too (Google's
			// ?key= beside X-Goog-Api-Key).
			if _, known := keys.APIByHost(p.url); !known {
				continue
			}
		}
		header, ok := headerFor(o, p.url)
		if !ok {
			continue // the provider takes its key in the URL only
		}
		x.reported[p.value] = true
		msg := fmt.Sprintf("%s put in a URL query (%s=), which proxies, servers and browsers log; send it in the %s instead",
			x.describe(o), p.name, header)
		x.r.report(finding{cat: KeyExposure, rng: p.value, msg: msg})
	}
}

// headerFor returns how o's provider takes its key in a header, for the
// message; false when the provider takes it only in the URL (Telegram's
// bot token in the path).
func headerFor(o *origin, url string) (string, bool) {
	var api keys.API
	found := false
	switch {
	case o.kind == srcEnv || o.kind == srcFlag || o.kind == srcGetter:
		api, found = keys.APIByEnv(o.name)
	case o.kind == srcLit && o.lit != nil && o.lit.Literal != nil:
		api, found = keys.APIOf(*o.lit.Literal)
	}
	if !found && url != "" {
		api, found = keys.APIByHost(url)
	}
	if !found {
		if strings.Contains(strings.ToLower(o.name), "telegram") || strings.Contains(url, "api.telegram.org") {
			return "", false
		}
		// An OAuth token endpoint that takes the client credentials in
		// its query (Baidu's /oauth/2.0/token?grant_type=…&client_secret=)
		// is the server's own design, not a choice the caller made.
		if low := strings.ToLower(url); strings.Contains(low, "grant_type=") || strings.Contains(low, "/oauth") {
			return "", false
		}
		return "Authorization header", true
	}
	for _, a := range api.Auth {
		if a.Header != "" {
			return a.Header + " header (" + a.String() + ")", true
		}
	}
	return "", false
}

// ---- fixes -------------------------------------------------------------------

// lengthFix replaces a logged key with fmt.Sprintf("%d chars", len(key)),
// where the key is the whole argument or one operand of a concatenation,
// and its type is string.
func (x *exposure) lengthFix(arg ast.Expr) (analysis.SuggestedFix, bool) {
	target := x.fixTarget(arg)
	if target == nil {
		return analysis.SuggestedFix{}, false
	}
	file := x.r.fileOf(target.Pos())
	if file == nil {
		return analysis.SuggestedFix{}, false
	}
	fmtName, edit, ok := x.importName(file, target.Pos(), "fmt")
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	repl := fmt.Sprintf(`%s.Sprintf("%%d chars", len(%s))`, fmtName, types.ExprString(target))
	edits := []analysis.TextEdit{{Pos: target.Pos(), End: target.End(), NewText: []byte(repl)}}
	if edit != nil {
		edits = append(edits, *edit)
	}
	return analysis.SuggestedFix{Message: "log the key's length instead: " + repl, TextEdits: edits}, true
}

// fixTarget returns the string expression to replace in arg: arg itself,
// or the one operand of a concatenation that carries the key.
func (x *exposure) fixTarget(arg ast.Expr) ast.Expr {
	info := x.r.pass.TypesInfo
	isStr := func(e ast.Expr) bool {
		_, isConst := x.r.constString(e)
		return !isConst && types.Identical(info.TypeOf(e), types.Typ[types.String])
	}
	e := ast.Unparen(arg)
	switch e.(type) {
	case *ast.Ident, *ast.SelectorExpr, *ast.CallExpr, *ast.IndexExpr, *ast.StarExpr:
		if isStr(e) {
			return e
		}
		return nil
	case *ast.BinaryExpr:
		var found []ast.Expr
		var walk func(e ast.Expr)
		walk = func(e ast.Expr) {
			if b, ok := ast.Unparen(e).(*ast.BinaryExpr); ok && b.Op == token.ADD {
				walk(b.X)
				walk(b.Y)
				return
			}
			if isStr(e) && x.exposedOrigin(x.t.origins(e), e) != nil {
				found = append(found, e)
			}
		}
		walk(e)
		if len(found) == 1 {
			switch ast.Unparen(found[0]).(type) {
			case *ast.Ident, *ast.SelectorExpr, *ast.CallExpr, *ast.IndexExpr, *ast.StarExpr:
				return found[0]
			}
		}
	}
	return nil
}

// importName returns the name under which file imports path at pos, or
// the edit that adds the import (named like the package's last element);
// it fails when the name is taken at pos or the import is blank or dot.
func (x *exposure) importName(file *ast.File, pos token.Pos, path string) (string, *analysis.TextEdit, bool) {
	name := path[strings.LastIndex(path, "/")+1:]
	scope := x.r.pass.Pkg.Scope().Innermost(pos)
	for _, spec := range file.Imports {
		if p, _ := strconv.Unquote(spec.Path.Value); p != path {
			continue
		}
		n := name
		if spec.Name != nil {
			n = spec.Name.Name
		}
		if n == "_" || n == "." {
			continue
		}
		if scope != nil {
			if _, obj := scope.LookupParent(n, pos); obj != nil {
				if pn, ok := obj.(*types.PkgName); ok && pn.Imported().Path() == path {
					return n, nil, true
				}
			}
		}
		return "", nil, false
	}
	if scope != nil {
		if _, obj := scope.LookupParent(name, pos); obj != nil {
			return "", nil, false
		}
	}
	for _, d := range file.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		quoted := strconv.Quote(path)
		if !gd.Lparen.IsValid() {
			is := gd.Specs[0].(*ast.ImportSpec)
			spec := is.Path.Value
			if is.Name != nil {
				spec = is.Name.Name + " " + spec
			}
			lines := []string{spec, quoted}
			if p, _ := strconv.Unquote(is.Path.Value); p > path {
				lines[0], lines[1] = lines[1], lines[0]
			}
			text := "import (\n\t" + lines[0] + "\n\t" + lines[1] + "\n)"
			return name, &analysis.TextEdit{Pos: gd.Pos(), End: gd.End(), NewText: []byte(text)}, true
		}
		for _, s := range gd.Specs {
			is := s.(*ast.ImportSpec)
			if p, _ := strconv.Unquote(is.Path.Value); p > path {
				return name, &analysis.TextEdit{Pos: is.Pos(), End: is.Pos(), NewText: []byte(quoted + "\n\t")}, true
			}
		}
		last := gd.Specs[len(gd.Specs)-1]
		return name, &analysis.TextEdit{Pos: last.End(), End: last.End(), NewText: []byte("\n\t" + quoted)}, true
	}
	return name, &analysis.TextEdit{Pos: file.Name.End(), End: file.Name.End(), NewText: []byte("\n\nimport " + strconv.Quote(path))}, true
}
