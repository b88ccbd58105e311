package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"net/textproto"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/apikeylint/apikeylint/analyzer/keys"
)

// bearer-scheme: Authorization headers must carry a well-formed
// "Bearer <key>".
//
// Sinks (matched by type, never by spelling): http.Header and
// textproto.MIMEHeader Set/Add, index assignments and composite literals;
// map[string]string header maps that the package copies into headers (a
// range loop writing its key and value into a header) or hands to a
// header-map API; gRPC metadata (Pairs, AppendToOutgoingContext, MD
// Set/Append and literals); resty's SetHeader, SetHeaders and SetAuthToken.
//
// The value's leading text is evaluated through constants, +,
// fmt.Sprintf/Sprint/Sprintln, strings.Join, strings.Builder writes, and
// variables and unexported fields assigned once in the package. The first
// value that is not text is a "hole"; the key model says whether it is a key.
// Reported: a key with no scheme; a malformed Bearer scheme (leading space,
// doubled, colon, no space, extra spaces, odd case); a WaveSpeed key under
// another scheme or another header. Silent when the value is unknown.

// Import paths of the packages whose header APIs are sinks.
const (
	bearerPkgHTTP      = "net/http"
	bearerPkgTextproto = "net/textproto"
	bearerPkgMetadata  = "google.golang.org/grpc/metadata"
	bearerPkgRestyV2   = "github.com/go-resty/resty/v2"
	bearerPkgRestyV3   = "resty.dev/v3"
)

// bearerMaxDepth bounds how far values are followed through variables.
const bearerMaxDepth = 8

func (r *run) checkBearer() error {
	sdk := importsSchemeSDK(r.pass.Pkg)
	if !bearerRelevant(r.pass.Pkg) && !sdk {
		return nil
	}
	b := &bearerCheck{r: r, textFlow: &textFlow{r: r}, wsFunc: map[ast.Node]bool{}}
	b.scan()
	if sdk {
		b.checkSDKSchemes()
	}
	return nil
}

// bearerRelevant reports whether pkg imports a package whose header API is a
// sink; without one, the package cannot write an Authorization header.
func bearerRelevant(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		switch imp.Path() {
		case bearerPkgHTTP, bearerPkgTextproto, bearerPkgMetadata, bearerPkgRestyV2, bearerPkgRestyV3:
			return true
		}
	}
	return false
}

// bearerCheck is one run of the check on one package.
type bearerCheck struct {
	r *run
	*textFlow
	// copyLoop: the package copies a map[string]string into headers
	// (for k, v := range m { h.Set(k, v) }).
	copyLoop bool
	// rangeKeys are the key variables of range loops over string maps.
	rangeKeys map[types.Object]bool
	// mapSinks are map[string]string entries with an Authorization key,
	// reported only when the map reaches headers.
	mapSinks []bearerSink
	// wsFunc caches, per function, whether it talks to api.wavespeed.ai.
	wsFunc map[ast.Node]bool
}

type sinkKind int

const (
	sinkHeader    sinkKind = iota // a header name and its value
	sinkAuthToken                 // resty SetAuthToken: the scheme is added by the library
)

// bearerSink is one place a header value is written.
type bearerSink struct {
	kind     sinkKind
	name     string   // header name (constant)
	nameExpr ast.Expr // the header name's expression, for fixes (may be nil)
	value    ast.Expr
	rng      analysis.Range // where to report
	cur      inspector.Cursor
	api      string // for messages: "http.Header.Set", "resty SetAuthToken"
}

// scan finds the sinks in one pass over the package and checks them.
func (b *bearerCheck) scan() {
	r := b.r
	b.rangeKeys = map[types.Object]bool{}
	nodeTypes := []ast.Node{(*ast.CallExpr)(nil), (*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil), (*ast.RangeStmt)(nil)}
	for cur := range r.insp.Root().Preorder(nodeTypes...) {
		switch n := cur.Node().(type) {
		case *ast.RangeStmt:
			if n.Key != nil && isStringMap(r.pass.TypesInfo.TypeOf(n.X)) {
				if obj := r.objOf(n.Key); obj != nil {
					b.rangeKeys[obj] = true
				}
			}
		case *ast.CallExpr:
			b.call(cur, n)
		case *ast.CompositeLit:
			b.compositeLit(cur, n)
		case *ast.AssignStmt:
			b.assign(cur, n)
		}
	}
	if b.copyLoop {
		for _, s := range b.mapSinks {
			b.check(s)
		}
	}
}

// call handles header-writing calls.
func (b *bearerCheck) call(cur inspector.Cursor, call *ast.CallExpr) {
	r := b.r
	fn, _ := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return
	}
	path := fn.Pkg().Path()
	switch path {
	case bearerPkgHTTP, bearerPkgTextproto, bearerPkgMetadata, bearerPkgRestyV2, bearerPkgRestyV3:
	default:
		return
	}
	recv := recvTypeName(fn)
	switch {
	case (path == bearerPkgHTTP && recv == "Header") || (path == bearerPkgTextproto && recv == "MIMEHeader"):
		if (fn.Name() == "Set" || fn.Name() == "Add") && len(call.Args) == 2 {
			b.headerCall(cur, call.Args[0], call.Args[1], recv+"."+fn.Name())
		}
	case path == bearerPkgMetadata && recv == "MD":
		if (fn.Name() == "Set" || fn.Name() == "Append") && len(call.Args) >= 2 && !call.Ellipsis.IsValid() {
			b.headerCall(cur, call.Args[0], call.Args[1], "metadata.MD."+fn.Name())
		}
	case path == bearerPkgMetadata && recv == "":
		switch fn.Name() {
		case "Pairs":
			b.pairs(cur, call, 0, "metadata.Pairs")
		case "AppendToOutgoingContext":
			b.pairs(cur, call, 1, "metadata.AppendToOutgoingContext")
		case "New":
			b.headerMapArg(call)
		}
	case path == bearerPkgRestyV2 || path == bearerPkgRestyV3:
		if recv != "Client" && recv != "Request" {
			return
		}
		switch fn.Name() {
		case "SetHeader", "SetHeaderVerbatim":
			if len(call.Args) == 2 {
				b.headerCall(cur, call.Args[0], call.Args[1], "resty "+fn.Name())
			}
		case "SetHeaders":
			b.headerMapArg(call)
		case "SetAuthToken":
			if len(call.Args) == 1 {
				b.check(bearerSink{kind: sinkAuthToken, value: call.Args[0], rng: call.Args[0], cur: cur, api: "resty SetAuthToken"})
			}
		}
	}
}

// headerCall checks name/value written by a Set-like call. A name that is
// the key of a range loop over a string map marks the package as copying
// header maps into headers.
func (b *bearerCheck) headerCall(cur inspector.Cursor, name, value ast.Expr, api string) {
	r := b.r
	s, ok := r.constString(name)
	if !ok {
		if obj := r.objOf(name); obj != nil && b.rangeKeys[obj] {
			b.copyLoop = true
		}
		return
	}
	b.check(bearerSink{kind: sinkHeader, name: s, nameExpr: name, value: value, rng: value, cur: cur, api: api})
}

// pairs checks the key/value pairs of metadata.Pairs and
// AppendToOutgoingContext, starting at argument from.
func (b *bearerCheck) pairs(cur inspector.Cursor, call *ast.CallExpr, from int, api string) {
	if call.Ellipsis.IsValid() {
		return
	}
	for i := from; i+1 < len(call.Args); i += 2 {
		b.headerCall(cur, call.Args[i], call.Args[i+1], api)
	}
}

// headerMapArg marks a map[string]string literal passed straight to a
// header-map API (resty SetHeaders, metadata.New) as reaching headers.
func (b *bearerCheck) headerMapArg(call *ast.CallExpr) {
	if len(call.Args) != 1 {
		return
	}
	if obj := b.r.objOf(call.Args[0]); obj != nil || isCompositeLit(call.Args[0]) {
		b.copyLoop = true
	}
}

func isCompositeLit(e ast.Expr) bool {
	_, ok := ast.Unparen(e).(*ast.CompositeLit)
	return ok
}

// compositeLit handles http.Header{…}, metadata.MD{…} and
// map[string]string{…} literals.
func (b *bearerCheck) compositeLit(cur inspector.Cursor, cl *ast.CompositeLit) {
	r := b.r
	t := r.pass.TypesInfo.TypeOf(cl)
	if t == nil {
		return
	}
	multi := isHeaderType(t)
	if !multi && !isStringMap(t) {
		return
	}
	for _, elt := range cl.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		name, ok := r.constString(kv.Key)
		if !ok || !headerOfInterest(name) {
			continue
		}
		value := kv.Value
		if multi {
			vl, ok := ast.Unparen(value).(*ast.CompositeLit)
			if !ok || len(vl.Elts) == 0 {
				continue
			}
			value = vl.Elts[0]
		}
		s := bearerSink{kind: sinkHeader, name: name, nameExpr: kv.Key, value: value, cur: cur, api: "header literal"}
		if multi {
			s.rng = value
			b.check(s)
			continue
		}
		// A plain string map is a header map only if it reaches headers;
		// gRPC per-RPC credentials return theirs from GetRequestMetadata.
		s.rng = kv
		if inGetRequestMetadata(cur) {
			b.check(s)
			continue
		}
		b.mapSinks = append(b.mapSinks, s)
	}
}

// inGetRequestMetadata reports whether cur is inside a method named
// GetRequestMetadata (grpc credentials.PerRPCCredentials).
func inGetRequestMetadata(cur inspector.Cursor) bool {
	for p := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		fd := p.Node().(*ast.FuncDecl)
		return fd.Recv != nil && fd.Name.Name == "GetRequestMetadata"
	}
	return false
}

// assign handles h["Authorization"] = []string{v} on headers and
// m["Authorization"] = v on string maps.
func (b *bearerCheck) assign(cur inspector.Cursor, as *ast.AssignStmt) {
	r := b.r
	if as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) {
		return
	}
	for i, lhs := range as.Lhs {
		ix, ok := ast.Unparen(lhs).(*ast.IndexExpr)
		if !ok {
			continue
		}
		t := r.pass.TypesInfo.TypeOf(ix.X)
		if t == nil {
			continue
		}
		multi := isHeaderType(t)
		if !multi && !isStringMap(t) {
			continue
		}
		name, ok := r.constString(ix.Index)
		if !ok || !headerOfInterest(name) {
			continue
		}
		value := as.Rhs[i]
		if multi {
			vl, ok := ast.Unparen(value).(*ast.CompositeLit)
			if !ok || len(vl.Elts) == 0 {
				continue
			}
			value = vl.Elts[0]
		}
		s := bearerSink{kind: sinkHeader, name: name, nameExpr: ix.Index, value: value, rng: value, cur: cur, api: "header index"}
		if multi {
			b.check(s)
		} else {
			b.mapSinks = append(b.mapSinks, s)
		}
	}
}

// headerOfInterest reports whether a header name may carry a key.
func headerOfInterest(name string) bool {
	return isAuthHeaderName(name) && !strings.EqualFold(name, "proxy-authorization")
}

// isHeaderType reports whether t is http.Header, textproto.MIMEHeader or
// metadata.MD (maps from names to value lists).
func isHeaderType(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	switch n.Obj().Pkg().Path() + "." + n.Obj().Name() {
	case "net/http.Header", "net/textproto.MIMEHeader", bearerPkgMetadata + ".MD":
		return true
	}
	return false
}

// isStringMap reports whether t's underlying type is map[string]string.
func isStringMap(t types.Type) bool {
	if t == nil {
		return false
	}
	m, ok := t.Underlying().(*types.Map)
	if !ok {
		return false
	}
	k, ok1 := m.Key().Underlying().(*types.Basic)
	v, ok2 := m.Elem().Underlying().(*types.Basic)
	return ok1 && ok2 && k.Kind() == types.String && v.Kind() == types.String
}

// recvTypeName returns the name of fn's receiver's named type, or "".
func recvTypeName(fn *types.Func) string {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return ""
	}
	t := sig.Recv().Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}

// ---- values ----

// keyOf classifies a hole with the key model: innermost expression first.
func (b *bearerCheck) keyOf(h *seg) (keyValue, bool) {
	if h == nil {
		return keyValue{}, false
	}
	for _, e := range h.exprs {
		if kv, ok := b.r.keyValueOf(e); ok {
			return kv, true
		}
	}
	return keyValue{}, false
}

// check evaluates one sink's value and reports what is wrong with it.
func (b *bearerCheck) check(s bearerSink) {
	segs := b.flatten(s.value, 0, true, nil)
	l := leadOf(segs)
	sc := parseScheme(l.text)
	rest := l.text[sc.end:]
	if l.hole == nil && strings.TrimSpace(rest) == "" {
		return // no credential after the scheme
	}
	// The credential is what follows the scheme: a hole right after it,
	// or, in a constant value, the rest of the text.
	var kv keyValue
	isKey := false
	switch {
	case l.hole != nil && rest == "":
		kv, isKey = b.keyOf(l.hole)
	case l.hole == nil:
		if !b.r.candidate(rest) {
			break
		}
		if m, ok := keys.Classify(rest, b.r.keyContext(nil, true, s.value.Pos())); ok && m.Start == 0 {
			kv, isKey = keyValue{Kind: keys.Key, Desc: m.Label() + " literal", WaveSpeed: strings.HasPrefix(m.Provider.ID, "wavespeed"), Literal: &m}, true
		}
	}
	if l.hole == nil && !isKey {
		// A constant value whose credential is no key ("BeArEr HeLO" in
		// a parser's test) sends no key: nothing to fix. In program code a
		// constant token is still a credential the server will refuse.
		if b.r.isTestFile(s.value.Pos()) || !isAuthHeaderName(s.name) || !constantToken(rest) {
			return
		}
		kv, isKey = keyValue{Kind: keys.Key, Desc: "token"}, true
	}
	// Whether the key is WaveSpeed's, or the code talks to WaveSpeed: asked
	// only where a rule needs it (the function's text is read for it).
	wsKnown, wsVal := false, false
	ws := func() bool {
		if !wsKnown {
			wsKnown, wsVal = true, isKey && kv.WaveSpeed || b.wavespeedContext(s.cur)
		}
		return wsVal
	}
	if s.kind == sinkAuthToken {
		if sc.problem != schemeNone && sc.problem != schemeOther {
			b.reportAuthToken(s, l, sc)
		}
		return
	}
	// A provider's rules apply to headers that carry keys: Authorization,
	// X-Api-Key, Xi-Api-Key, Private-Token — not Sec-WebSocket-Key.
	keyHeader := isAuthHeaderName(s.name) || keys.NameKindOf(s.name) != keys.NotKey
	if keyHeader && (isKey && sc.problem != schemeNone || isKey && kv.Kind == keys.Key) {
		if api, ok := b.apiFor(kv, s.cur); ok && api.ID != "wavespeed" {
			b.checkProvider(s, l, sc, kv, api)
			return
		}
	}
	isAuth := strings.EqualFold(s.name, "authorization")
	if !isAuth {
		// Another key header (X-API-Key, Api-Key): wrong for WaveSpeed only.
		if isKey && kv.Kind == keys.Key && sc.problem == schemeNone && l.text == "" && ws() {
			b.reportOtherHeader(s, kv)
		}
		return
	}
	switch sc.problem {
	case schemeOK:
		return
	case schemeNone:
		if !isKey || kv.Kind != keys.Key || rawAuthProvider(kv) || b.callersAddScheme(l.hole, s.cur) || b.passThrough(l.hole, s.cur) {
			return
		}
		if !ws() && !b.r.talksToWaveSpeed(s.value.Pos()) && !b.sendsBearer(s.cur) {
			// A raw value for an API we cannot identify (an in-house
			// service, a DNS provider whose value carries its own scheme,
			// a gateway's admin-written value): its scheme is unknown.
			return
		}
		b.reportNoScheme(s, kv, b.rejects(ws(), s))
	case schemeOther:
		if !isKey || !ws() {
			return
		}
		msg := fmt.Sprintf("Authorization value uses the %q scheme for a WaveSpeed key; WaveSpeed accepts only \"Bearer <key>\" and rejects it with 401: use \"Bearer \" + %s",
			sc.word, b.keyText(l.hole, kv))
		b.reportScheme(s, l, sc, msg)
	default:
		b.reportMalformed(s, l, sc, b.rejects(ws(), s))
	}
}

// constantToken reports whether the credential of a constant Authorization
// value looks like a real token: one word of at least 8 characters that is
// not a placeholder ("<token>", "${TOKEN}", "YOUR_API_KEY", "xxxx").
func constantToken(cred string) bool {
	cred = strings.TrimSpace(cred)
	if len(cred) < 8 || strings.ContainsAny(cred, " \t<>{}$%") {
		return false
	}
	low := strings.ToLower(cred)
	for _, p := range []string{"your", "xxxx", "token", "example", "placeholder", "changeme", "redacted", "dummy", "secret"} {
		if strings.Contains(low, p) {
			return false
		}
	}
	return true
}

// apiFor finds the provider a key belongs to, from the registry: by the
// environment variable it was read from, its literal's format, or the API
// host the enclosing function talks to (a constant URL in it).
func (b *bearerCheck) apiFor(kv keyValue, cur inspector.Cursor) (keys.API, bool) {
	// A provider chosen in a branch (case "anthropic":, or a host named
	// in it) decides for the sinks in that branch.
	if api, ok := b.branchAPI(cur); ok {
		return api, true
	}
	var fd *ast.FuncDecl
	for p := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		fd = p.Node().(*ast.FuncDecl)
		break
	}
	// The hosts the function names, outside the branches the sink is not
	// in: another case's host is another provider's. The URL's path picks
	// the provider's ways for that endpoint.
	var ref apiRef
	if fd != nil && fd.Body != nil {
		ref = b.hostIn(fd.Body, cur.Node())
	}
	var api keys.API
	found := false
	if kv.EnvVar != "" {
		api, found = keys.APIByEnv(kv.EnvVar)
	}
	if !found && kv.Literal != nil {
		api, found = keys.APIOf(*kv.Literal)
	}
	if !found && ref.id != "" {
		api, found = keys.APIByID(ref.id)
	}
	if !found {
		return keys.API{}, false
	}
	if ref.id == api.ID {
		api = api.ForPath(ref.path)
	}
	return api, true
}

// apiRef is a provider named by a URL, and the URL's path.
type apiRef struct{ id, path string }

// hostIn returns the registry provider of the first API host named by a
// constant in n, or held by a field or variable n reads (a config
// default), skipping the case clauses and if/else branches that do not
// hold sink.
func (b *bearerCheck) hostIn(n, sink ast.Node) apiRef {
	holds := func(n ast.Node) bool { return n != nil && n.Pos() <= sink.Pos() && sink.End() <= n.End() }
	var ref apiRef
	ast.Inspect(n, func(n ast.Node) bool {
		if ref.id != "" {
			return false
		}
		switch n := n.(type) {
		case *ast.CaseClause:
			return holds(n)
		case *ast.IfStmt:
			if holds(n) && !holds(n.Body) && (n.Else == nil || !holds(n.Else)) {
				return true // the sink is in the condition or init
			}
			if holds(n) {
				if n.Init != nil {
					ast.Inspect(n.Init, func(m ast.Node) bool { return ref.id == "" && b.hostOf(m, &ref) })
				}
				if holds(n.Body) {
					ast.Inspect(n.Body, func(m ast.Node) bool { return ref.id == "" && b.hostOf(m, &ref) })
				} else if n.Else != nil {
					ast.Inspect(n.Else, func(m ast.Node) bool { return ref.id == "" && b.hostOf(m, &ref) })
				}
				return false
			}
			// Another branch: only what runs before it (its init, its
			// condition) is shared.
			return false
		}
		return b.hostOf(n, &ref)
	})
	return ref
}

// hostOf sets *ref to the provider of a constant URL n names, or of the
// URLs a field or variable n reads is assigned (one provider among them),
// and reports whether to look inside n.
func (b *bearerCheck) hostOf(n ast.Node, ref *apiRef) bool {
	e, ok := n.(ast.Expr)
	if !ok {
		return true
	}
	switch e.(type) {
	case *ast.BasicLit, *ast.Ident, *ast.SelectorExpr, *ast.BinaryExpr:
		urls := b.r.urlValues(e)
		for _, u := range urls {
			_, rest, _ := strings.Cut(u, "://")
			host, path, _ := strings.Cut(rest, "/")
			api, ok := keys.APIByHost(host)
			if !ok || ref.id != "" && ref.id != api.ID {
				*ref = apiRef{} // no provider, or more than one
				break
			}
			*ref = apiRef{api.ID, "/" + path}
		}
		if _, isConst := b.r.constString(e); isConst || len(urls) > 0 {
			return false
		}
	}
	return true
}

// branchAPI returns the provider the innermost branch around cur chooses:
// a case clause whose case names a registry provider ("anthropic",
// ProviderOpenAI = "openai"), an if whose condition compares with one, or
// an API host named inside the branch.
func (b *bearerCheck) branchAPI(cur inspector.Cursor) (keys.API, bool) {
	sink := cur.Node()
	for p := range cur.Enclosing((*ast.CaseClause)(nil), (*ast.IfStmt)(nil), (*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		var labels []ast.Expr
		var body ast.Node
		switch n := p.Node().(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return keys.API{}, false
		case *ast.CaseClause:
			labels, body = n.List, n
		case *ast.IfStmt:
			if !(n.Body.Pos() <= sink.Pos() && sink.End() <= n.Body.End()) {
				continue // the sink is in the else branch or the condition
			}
			ast.Inspect(n.Cond, func(m ast.Node) bool {
				if e, ok := m.(ast.Expr); ok {
					if _, ok := b.r.constString(e); ok {
						labels = append(labels, e)
						return false
					}
				}
				return true
			})
			body = n.Body
		}
		for _, l := range labels {
			if s, ok := b.r.constString(l); ok {
				if api, ok := keys.APIByName(s); ok {
					return api, true
				}
			}
		}
		var ref apiRef
		ast.Inspect(body, func(m ast.Node) bool { return ref.id == "" && b.hostOf(m, &ref) })
		if ref.id != "" {
			api, ok := keys.APIByID(ref.id)
			return api.ForPath(ref.path), ok
		}
	}
	return keys.API{}, false
}

// checkProvider checks a key of a known provider against the ways the
// provider accepts it: the header, and the scheme in it.
func (b *bearerCheck) checkProvider(s bearerSink, l lead, sc schemeInfo, kv keyValue, api keys.API) {
	scheme := ""
	switch sc.problem {
	case schemeOK:
		scheme = "Bearer"
	case schemeOther:
		scheme = strings.TrimRight(sc.word, " \t:=")
	case schemeNone:
		if kv.Kind != keys.Key {
			return // a token that may carry its own scheme
		}
	default:
		if api.Accepts("Authorization", "Bearer") {
			b.reportMalformed(s, l, sc, api.Name+" rejects it with 401")
		}
		return
	}
	if api.Accepts(s.name, scheme) || len(api.Auth) == 0 || api.Auth[0].Header == "" {
		return
	}
	want := api.Auth[0]
	sent := fmt.Sprintf("%q", textproto.CanonicalMIMEHeaderKey(s.name)+": "+strings.TrimSpace(scheme+" <key>"))
	wantText := fmt.Sprintf("%q", want.Header+": "+strings.TrimSpace(want.Scheme+" <key>"))
	env := api.EnvVar()
	if env == "" {
		env = kv.EnvVar
	}
	msg := fmt.Sprintf("%s key sent as %s; %s expects %s and rejects this with 401: send %q + %s in the %s header",
		api.Name, sent, api.Name, wantText, prefixOf(want), b.keyText(l.hole, kv), want.Header)
	if sc.problem == schemeNone && want.Scheme == "Bearer" && textproto.CanonicalMIMEHeaderKey(s.name) == want.Header {
		msg = fmt.Sprintf("Authorization value has no \"Bearer \" prefix; %s rejects it with 401: use \"Bearer \" + %s", api.Name, b.keyText(l.hole, kv))
	}
	if env != "" {
		msg += fmt.Sprintf(" (%s reads its key from %s)", api.Name, env)
	}
	f := finding{cat: BearerScheme, rng: s.rng, msg: msg}
	prefix := prefixOf(want)
	if textproto.CanonicalMIMEHeaderKey(s.name) == want.Header {
		var edits []analysis.TextEdit
		ok := false
		if sc.problem == schemeNone {
			if fix, fok := b.schemeFix(s.value, prefix); fok {
				edits, ok = fix.TextEdits, true
			}
		} else {
			edits, ok = b.replaceLead(l, sc.end, prefix)
		}
		if ok {
			f.fixes = []analysis.SuggestedFix{{Message: fmt.Sprintf("send the key as %s", wantText), TextEdits: edits}}
		}
	} else if lit, ok := ast.Unparen(s.nameExpr).(*ast.BasicLit); ok && s.nameExpr != nil && prefix == "" {
		edits := []analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte(strconv.Quote(want.Header))}}
		if sc.problem != schemeNone {
			more, ok := b.replaceLead(l, sc.end, "")
			if !ok {
				edits = nil
			}
			edits = append(edits, more...)
		}
		if edits != nil {
			f.fixes = []analysis.SuggestedFix{{Message: fmt.Sprintf("send the key as %s", wantText), TextEdits: edits}}
		}
	}
	b.r.report(f)
}

// prefixOf is the text an Auth puts before the key: "Bearer ", "".
func prefixOf(a keys.Auth) string {
	if a.Scheme == "" {
		return ""
	}
	return a.Scheme + " "
}

// rawAuthProvider reports whether the key belongs to a provider whose
// documented Authorization value is the raw key (AssemblyAI, Linear).
func rawAuthProvider(kv keyValue) bool {
	d := strings.ToLower(kv.Desc)
	return strings.Contains(d, "assemblyai") || strings.Contains(d, "assembly_ai") || strings.Contains(d, "linear")
}

// passThrough reports whether a raw send of a struct field is a gateway's
// pass-through branch: the same function sends the same field after a
// scheme ("Bearer " + ch.Key) in another branch (an if, else or case)
// chosen on the same value (if ch.Kind == …), so it chooses per channel, and the raw branch forwards a value the admin
// wrote with its scheme. A raw send beside a schemed one in the same block
// is still reported.
func (b *bearerCheck) passThrough(h *seg, cur inspector.Cursor) bool {
	if h == nil || len(h.exprs) == 0 {
		return false
	}
	field, ok := b.r.objOf(h.exprs[len(h.exprs)-1]).(*types.Var)
	if !ok || !field.IsField() {
		return false
	}
	block := func(c inspector.Cursor) ast.Node {
		for p := range c.Enclosing((*ast.BlockStmt)(nil), (*ast.CaseClause)(nil)) {
			return p.Node()
		}
		return nil
	}
	var fn inspector.Cursor
	found := false
	for p := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		fn, found = p, true
		break
	}
	if !found {
		return false
	}
	// The branch must be chosen on the same value: if ch.Kind == …,
	// switch ch.Type.
	sel, ok := ast.Unparen(h.exprs[len(h.exprs)-1]).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	base := b.r.objOf(sel.X)
	if base == nil {
		return false
	}
	chosen := false
	for c := range fn.Preorder((*ast.IfStmt)(nil), (*ast.SwitchStmt)(nil)) {
		switch n := c.Node().(type) {
		case *ast.IfStmt:
			chosen = mentions(b.r.pass.TypesInfo, n.Cond, base)
		case *ast.SwitchStmt:
			chosen = n.Tag != nil && mentions(b.r.pass.TypesInfo, n.Tag, base)
		}
		if chosen {
			break
		}
	}
	if !chosen {
		return false
	}
	here := block(cur)
	for c := range fn.Preorder((*ast.BinaryExpr)(nil)) {
		be := c.Node().(*ast.BinaryExpr)
		if be.Op != token.ADD || b.r.objOf(be.Y) != types.Object(field) {
			continue
		}
		lead, ok := b.r.constString(be.X)
		if !ok {
			continue
		}
		if p := parseScheme(lead).problem; (p == schemeOK || p == schemeOther) && block(c) != here {
			return true
		}
	}
	return false
}

// callersAddScheme reports whether the hole is a parameter of the
// enclosing function and some call in the package passes it a value that
// already starts with a scheme ("Bearer " + key).
func (b *bearerCheck) callersAddScheme(h *seg, cur inspector.Cursor) bool {
	if h == nil || len(h.exprs) == 0 {
		return false
	}
	r := b.r
	obj, ok := r.objOf(h.exprs[len(h.exprs)-1]).(*types.Var)
	if !ok {
		return false
	}
	for p := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		fd := p.Node().(*ast.FuncDecl)
		fn, _ := r.pass.TypesInfo.Defs[fd.Name].(*types.Func)
		if fn == nil {
			return false
		}
		sig := fn.Type().(*types.Signature)
		idx := -1
		for i := 0; i < sig.Params().Len(); i++ {
			if sig.Params().At(i) == obj {
				idx = i
			}
		}
		if idx < 0 {
			return false
		}
		for _, l := range b.argLeads(fn, idx) {
			if parseScheme(l.text).problem != schemeNone {
				return true
			}
		}
		return false
	}
	return false
}

// wavespeedContext reports whether the sink is in code that talks to
// WaveSpeed: its function mentions wavespeed.ai, its receiver type or
// package is named for WaveSpeed.
func (b *bearerCheck) wavespeedContext(cur inspector.Cursor) bool {
	r := b.r
	if keys.IsWaveSpeedName(r.pass.Pkg.Name()) {
		return true
	}
	var fd *ast.FuncDecl
	for p := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		fd = p.Node().(*ast.FuncDecl)
		break
	}
	if fd == nil || fd.Body == nil {
		return false
	}
	if v, ok := b.wsFunc[fd]; ok {
		return v
	}
	v := false
	if fd.Recv != nil && len(fd.Recv.List) == 1 {
		v = keys.IsWaveSpeedName(typeName(r.pass.TypesInfo.TypeOf(fd.Recv.List[0].Type)))
	}
	if !v {
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			if v {
				return false
			}
			if e, ok := n.(ast.Expr); ok {
				switch e.(type) {
				case *ast.BasicLit, *ast.Ident, *ast.SelectorExpr:
					if s, ok := r.constString(e); ok && strings.Contains(strings.ToLower(s), "wavespeed.ai") {
						v = true
					}
				}
			}
			return true
		})
	}
	b.wsFunc[fd] = v
	return v
}

// keyText names the key expression for messages without printing a key
// literal.
func (b *bearerCheck) keyText(h *seg, kv keyValue) string {
	if kv.Literal != nil {
		return "key"
	}
	if h != nil && len(h.exprs) > 0 {
		e := h.exprs[len(h.exprs)-1]
		if s := types.ExprString(e); len(s) <= 40 && !hasStringLit(e) {
			return s
		}
	}
	return "key"
}

func hasStringLit(e ast.Node) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if bl, ok := n.(*ast.BasicLit); ok && bl.Kind == token.STRING && len(bl.Value) > 20 {
			found = true
		}
		return !found
	})
	return found
}

// sendsBearer reports whether the function around cur writes a "Bearer "
// value itself (a literal that starts with "Bearer "): the API it talks to
// takes the Bearer scheme, so a raw key beside it is a mistake we can see.
func (b *bearerCheck) sendsBearer(cur inspector.Cursor) bool {
	var body ast.Node
	for p := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		body = p.Node()
		break
	}
	if body == nil {
		return false
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING && !found {
			if v, err := strconv.Unquote(lit.Value); err == nil && strings.HasPrefix(v, "Bearer ") {
				found = true
			}
		}
		return !found
	})
	return found
}

// rejects says who refuses a malformed or missing scheme: WaveSpeed for a
// WaveSpeed request, WaveSpeed and other Bearer APIs in a file that talks
// to WaveSpeed, else the servers the scheme is for. A request that is not
// WaveSpeed's is never said to be refused by WaveSpeed.
func (b *bearerCheck) rejects(ws bool, s bearerSink) string {
	switch {
	case ws:
		return "WaveSpeed rejects it with 401"
	case b.r.talksToWaveSpeed(s.value.Pos()):
		return "WaveSpeed and other Bearer APIs reject it with 401"
	}
	return "servers that take Bearer tokens reject it with 401"
}

func (b *bearerCheck) reportNoScheme(s bearerSink, kv keyValue, who string) {
	r := b.r
	l := leadOf(b.flatten(s.value, 0, true, nil))
	msg := fmt.Sprintf("Authorization value has no \"Bearer \" prefix; %s: use \"Bearer \" + %s", who, b.keyText(l.hole, kv))
	f := finding{cat: BearerScheme, rng: s.rng, msg: msg}
	if fix, ok := b.prefixFix(s.value, "add the \"Bearer \" scheme"); ok {
		f.fixes = []analysis.SuggestedFix{fix}
	}
	r.report(f)
}

// prefixFix inserts `"Bearer " + ` before a string-typed value.
func (b *bearerCheck) prefixFix(value ast.Expr, msg string) (analysis.SuggestedFix, bool) {
	fix, ok := b.schemeFix(value, "Bearer ")
	fix.Message = msg
	return fix, ok
}

// schemeFix inserts `"<prefix>" + ` before a string-typed value.
func (b *bearerCheck) schemeFix(value ast.Expr, prefix string) (analysis.SuggestedFix, bool) {
	t := b.r.pass.TypesInfo.TypeOf(value)
	if t == nil || !types.Identical(t.Underlying(), types.Typ[types.String]) && !types.Identical(t, types.Typ[types.UntypedString]) {
		return analysis.SuggestedFix{}, false
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Name() != "string" {
		return analysis.SuggestedFix{}, false
	}
	return analysis.SuggestedFix{
		TextEdits: []analysis.TextEdit{{Pos: value.Pos(), End: value.Pos(), NewText: []byte(strconv.Quote(prefix) + " + ")}},
	}, true
}

func (b *bearerCheck) reportOtherHeader(s bearerSink, kv keyValue) {
	msg := fmt.Sprintf("WaveSpeed key sent in the %q header; WaveSpeed reads only \"Authorization: Bearer <key>\" and rejects it with 401: set \"Authorization\" to \"Bearer \" + %s",
		s.name, b.keyText(leadOf(b.flatten(s.value, 0, true, nil)).hole, kv))
	f := finding{cat: BearerScheme, rng: s.rng, msg: msg}
	if lit, ok := ast.Unparen(s.nameExpr).(*ast.BasicLit); ok && s.nameExpr != nil {
		if fix, ok := b.prefixFix(s.value, "send the key as Authorization: Bearer <key>"); ok {
			fix.TextEdits = append([]analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte(`"Authorization"`)}}, fix.TextEdits...)
			f.fixes = []analysis.SuggestedFix{fix}
		}
	}
	b.r.report(f)
}

func (b *bearerCheck) reportMalformed(s bearerSink, l lead, sc schemeInfo, who string) {
	var what, do string
	switch sc.problem {
	case schemeDoubled:
		what, do = "has the scheme twice (\"Bearer Bearer …\"): the value already held \"Bearer \"", "drop one \"Bearer \""
	case schemeLeadingSpace:
		what, do = "starts with a space before \"Bearer\"", "remove the leading space"
	case schemeColon:
		what, do = fmt.Sprintf("writes the scheme as %q with a colon", sc.word), "use \"Bearer \" (one space, no colon)"
	case schemeNoSpace:
		what, do = "has no space between \"Bearer\" and the key", "use \"Bearer \" + key"
	case schemeExtraSpace:
		what, do = fmt.Sprintf("has %q after \"Bearer\" instead of one space", sc.sep), "use exactly one space: \"Bearer \""
	case schemeCase:
		what, do = fmt.Sprintf("spells the scheme %q", strings.TrimSpace(sc.word)), "write \"Bearer \" exactly"
	}
	msg := fmt.Sprintf("Authorization value %s; %s: %s", what, who, do)
	b.reportScheme(s, l, sc, msg)
}

func (b *bearerCheck) reportAuthToken(s bearerSink, l lead, sc schemeInfo) {
	msg := fmt.Sprintf("%s adds \"Bearer \" itself and this token already starts with %q, so the header becomes \"Bearer Bearer …\": pass the key alone", s.api, strings.TrimRight(sc.word, " \t"))
	f := finding{cat: BearerScheme, rng: s.rng, msg: msg}
	if edits, ok := b.replaceLead(l, sc.end, ""); ok {
		f.fixes = []analysis.SuggestedFix{{Message: "drop the \"Bearer \" prefix", TextEdits: edits}}
	}
	b.r.report(f)
}

// reportScheme reports a scheme problem with a fix that rewrites the
// scheme to "Bearer ".
func (b *bearerCheck) reportScheme(s bearerSink, l lead, sc schemeInfo, msg string) {
	f := finding{cat: BearerScheme, rng: s.rng, msg: msg}
	edits, ok := b.replaceLead(l, sc.end, "Bearer ")
	if !ok && sc.problem == schemeDoubled && l.text[sc.last:sc.end] == "Bearer " {
		edits, ok = b.replaceLead(l, sc.last, "")
	}
	if ok {
		f.fixes = []analysis.SuggestedFix{{Message: "write the scheme as \"Bearer \"", TextEdits: edits}}
	}
	b.r.report(f)
}

// replaceLead returns edits replacing l.text[from:to] with repl, when that
// range lies in one literal segment that can be edited.
func (b *bearerCheck) replaceLead(l lead, to int, repl string) ([]analysis.TextEdit, bool) {
	const from = 0
	for i, sg := range l.segs {
		s0 := l.starts[i]
		if from < s0 || to > s0+len(sg.text) || sg.lit == nil {
			continue
		}
		val, ok := b.r.constString(sg.lit)
		if !ok {
			return nil, false
		}
		a, z := sg.off+from-s0, sg.off+to-s0
		if z > len(val) {
			return nil, false
		}
		nv := val[:a] + repl + val[z:]
		if nv == "" && sg.bin != nil {
			if ast.Unparen(sg.bin.X) == sg.lit {
				return []analysis.TextEdit{{Pos: sg.bin.X.Pos(), End: sg.bin.Y.Pos()}}, true
			}
			return []analysis.TextEdit{{Pos: sg.bin.X.End(), End: sg.bin.Y.End()}}, true
		}
		if strings.HasPrefix(sg.lit.Value[1:], val[:z]) {
			// No escapes up to the edit: change just those bytes, so the
			// fix never repeats the rest of the literal (a key, maybe) and
			// keeps raw strings raw.
			p := sg.lit.ValuePos + 1
			return []analysis.TextEdit{{Pos: p + token.Pos(a), End: p + token.Pos(z), NewText: []byte(repl)}}, true
		}
		return []analysis.TextEdit{{Pos: sg.lit.Pos(), End: sg.lit.End(), NewText: []byte(strconv.Quote(nv))}}, true
	}
	return nil, false
}

// ---- the scheme ----

type schemeProblem int

const (
	schemeNone         schemeProblem = iota // no scheme word at the start
	schemeOK                                // exactly "Bearer "
	schemeDoubled                           // "Bearer Bearer "
	schemeLeadingSpace                      // " Bearer "
	schemeColon                             // "Bearer: "
	schemeNoSpace                           // "Bearer" + key
	schemeExtraSpace                        // "Bearer  "
	schemeCase                              // "bearer ", "BEARER "
	schemeOther                             // "Token ", "Key ", "Basic ", "Api-Key "
)

// schemeInfo describes the scheme at the start of an Authorization value.
type schemeInfo struct {
	problem schemeProblem
	// end is where the scheme and its separator end (the credential
	// starts); last is where the last "Bearer" starts.
	end, last int
	// word is the scheme as written, with its separator ("Bearer:",
	// "Token"); sep is the separator after the last Bearer.
	word, sep string
}

// otherSchemes are schemes other providers use; a WaveSpeed key under any
// of them is refused.
var otherSchemes = []string{"token", "key", "basic", "api-key", "apikey", "api_key", "x-api-key", "bot", "jwt"}

// parseScheme reads the scheme at the start of text, the known leading text
// of an Authorization value.
func parseScheme(text string) schemeInfo {
	isSep := func(c byte) bool { return c == ' ' || c == '\t' || c == ':' || c == '=' }
	i := 0
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	lead := i
	count, last := 0, -1
	var sep string
	for len(text)-i >= 6 && strings.EqualFold(text[i:i+6], "bearer") {
		last = i
		i += 6
		j := i
		for i < len(text) && isSep(text[i]) {
			i++
		}
		sep = text[j:i]
		count++
		if sep == "" {
			break
		}
	}
	if count == 0 {
		j := i
		for j < len(text) && !isSep(text[j]) {
			j++
		}
		word := text[i:j]
		k := j
		for k < len(text) && isSep(text[k]) {
			k++
		}
		if k > j {
			for _, o := range otherSchemes {
				if strings.EqualFold(word, o) {
					return schemeInfo{problem: schemeOther, end: k, last: i, word: word, sep: text[j:k]}
				}
			}
		}
		return schemeInfo{problem: schemeNone}
	}
	si := schemeInfo{end: i, last: last, word: strings.TrimLeft(text[:i], " \t"), sep: sep}
	if count == 1 {
		si.word = text[last:i]
	}
	switch {
	case count > 1:
		si.problem = schemeDoubled
	case lead > 0:
		si.problem = schemeLeadingSpace
	case strings.ContainsAny(sep, ":="):
		si.problem = schemeColon
	case sep == "":
		si.problem = schemeNoSpace
	case sep != " ":
		si.problem = schemeExtraSpace
	case text[last:last+6] != "Bearer":
		si.problem = schemeCase
	default:
		si.problem = schemeOK
	}
	return si
}

// ---- SDKs that take the key with its scheme ----------------------------------

// importsSchemeSDK reports whether pkg imports an SDK that wants a prefix
// before the key it is given (discordgo: "Bot " + token).
func importsSchemeSDK(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		if keys.WantsScheme(imp.Path()) {
			return true
		}
	}
	return false
}

// checkSDKSchemes checks the values handed to an SDK that sends them
// verbatim and wants its scheme in them (uses.go's credential sinks with a
// Scheme): a key without the prefix is refused on every call.
func (b *bearerCheck) checkSDKSchemes() {
	for _, u := range b.r.uses().sinks {
		rec := u.rec
		if rec.Kind != useCred || rec.Scheme == "" {
			continue
		}
		l := leadOf(b.flatten(u.e, 0, true, nil))
		text := strings.ToLower(l.text)
		ok := strings.HasPrefix(text, strings.ToLower(rec.Scheme))
		for _, alt := range rec.Alts {
			ok = ok || strings.HasPrefix(text, strings.ToLower(alt))
		}
		if ok || l.text != "" || l.hole == nil {
			continue // the prefix is there, or another text the check cannot judge
		}
		// A key (an API key, a bot token), not a token that may carry its
		// own scheme (discordgo's user or OAuth2 token in DGU_TOKEN).
		kv, isKey := b.keyOf(l.hole)
		if !isKey || kv.Kind != keys.Key || kv.Literal != nil && !strings.EqualFold(kv.Literal.Provider.ID, rec.Provider) {
			continue
		}
		cur, found := b.r.insp.Root().FindNode(u.e)
		if !found || b.callersAddScheme(l.hole, cur) {
			continue
		}
		callee := strings.TrimPrefix(rec.Desc, "to ")
		msg := fmt.Sprintf("%s sends its argument verbatim as the Authorization value, and a key without the %q prefix is refused with 401: use %q + %s",
			callee, rec.Scheme, rec.Scheme, b.keyText(l.hole, kv))
		f := finding{cat: BearerScheme, rng: u.e, msg: msg}
		if fix, ok := b.schemeFix(u.e, rec.Scheme); ok {
			fix.Message = fmt.Sprintf("add the %q prefix", rec.Scheme)
			f.fixes = []analysis.SuggestedFix{fix}
		}
		b.r.report(f)
	}
}
