package analyzer

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/build/constraint"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/apikeylint/apikeylint/analyzer/keys"
)

// frontend-key: no keys in js/wasm builds, and none handed to clients.
//
// Frontend code is code built for the browser (GOOS=js GOARCH=wasm) or for
// wasm generally (GOOS=wasip1, TinyGo): everything in that binary ships to
// every visitor. A file is frontend code when
//
//   - the package is being built for wasm (GOOS=js, GOOS=wasip1 or
//     GOARCH=wasm; seen in the environment, in the type checker's sizes, or
//     implied by a compiled file that only builds there),
//   - the package imports syscall/js,
//   - its name ends in _js.go, _wasm.go, _wasip1.go (optionally with _test),
//   - or its //go:build line cannot be satisfied without js, wasm or wasip1.
//
// Users run linters once, on their own platform, where js/wasm files are
// pass.IgnoredFiles: those are read, parsed and checked syntactically with
// the same rules, so `apikeylint ./...` on linux and
// `GOOS=js GOARCH=wasm apikeylint ./...` report the same lines. Test files
// never ship and are skipped.
//
// In frontend code it reports: a read of a key-named environment variable,
// a key literal, an Authorization-style header (net/http or syscall/js
// fetch/Headers) built from a key-named value, and a package-level
// key-named string variable that the code never assigns (set at link time
// with -ldflags -X).
//
// In server code (packages importing net/http) it reports the server's own
// key handed to clients: written to an http.ResponseWriter's header, its
// body (Write, io.WriteString, fmt.Fprint*, json.NewEncoder(w).Encode,
// json.Marshal then Write) or html/template data executed to it. A
// "server key" is a key env read, a key literal, a variable or field
// assigned from a key env read, or a provider-named key field or package
// variable (openAIKey, WaveSpeedAPIKey); a key-named local value of unknown
// origin is not one (a key-management endpoint returns the user's new key
// on purpose).

const frontendMsg = "API key used in a js/wasm build ships to every browser; call your own back end, which holds the key"

func (r *run) checkFrontend() error {
	wasmPkg := r.wasmBuild()
	var typed []*ast.File
	for _, f := range r.pass.Files {
		name := r.pass.Fset.File(f.FileStart).Name()
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		if wasmPkg || fileIsFrontend(name, f) {
			typed = append(typed, f)
		}
	}
	if len(typed) > 0 && !wasmPkg {
		// A compiled file that only builds for wasm means the whole
		// package is being built for wasm.
		typed = typed[:0]
		for _, f := range r.pass.Files {
			if name := r.pass.Fset.File(f.FileStart).Name(); !strings.HasSuffix(name, "_test.go") {
				typed = append(typed, f)
			}
		}
	}
	ignored := r.ignoredFrontendFiles()
	if len(typed) > 0 || len(ignored) > 0 {
		consts := collectConsts(r.pass.Files, ignored)
		assigned := func() func(string) bool {
			var m map[string]bool
			return func(name string) bool {
				if m == nil {
					var wasmFiles []*ast.File
					for _, f := range r.pass.Files {
						if mayBuildForWasm(r.pass.Fset.File(f.FileStart).Name(), f) {
							wasmFiles = append(wasmFiles, f)
						}
					}
					m = assignedNames(wasmFiles, ignored)
				}
				return m[name]
			}
		}()
		for _, f := range typed {
			cur, ok := r.insp.Root().FindNode(f)
			if !ok {
				continue
			}
			r.frontendFile(typedOracle{r}, cur, assigned)
		}
		if len(ignored) > 0 {
			r.addDirectives(ignored)
			in := inspector.New(ignored)
			for cur := range in.Root().Children() {
				f := cur.Node().(*ast.File)
				r.frontendFile(newSynOracle(f, consts), cur, assigned)
			}
		}
	}
	if !wasmPkg && len(typed) == 0 {
		r.checkServerLeaks()
	}
	return nil
}

// wasmBuild reports whether the package is being built for wasm.
func (r *run) wasmBuild() bool {
	switch os.Getenv("GOOS") {
	case "js", "wasip1":
		return true
	}
	if os.Getenv("GOARCH") == "wasm" {
		return true
	}
	if r.pass.TypesSizes != nil && r.pass.TypesSizes == types.SizesFor("gc", "wasm") {
		return true
	}
	for _, p := range r.pass.Pkg.Imports() {
		if p.Path() == "syscall/js" {
			return true
		}
	}
	return false
}

// --- which files are frontend files ---

var (
	knownOS = map[string]bool{
		"aix": true, "android": true, "darwin": true, "dragonfly": true, "freebsd": true,
		"hurd": true, "illumos": true, "ios": true, "js": true, "linux": true, "nacl": true,
		"netbsd": true, "openbsd": true, "plan9": true, "solaris": true, "wasip1": true,
		"windows": true, "zos": true,
	}
	knownArch = map[string]bool{
		"386": true, "amd64": true, "amd64p32": true, "arm": true, "armbe": true, "arm64": true,
		"arm64be": true, "loong64": true, "mips": true, "mipsle": true, "mips64": true,
		"mips64le": true, "mips64p32": true, "mips64p32le": true, "ppc": true, "ppc64": true,
		"ppc64le": true, "riscv": true, "riscv64": true, "s390": true, "s390x": true,
		"sparc": true, "sparc64": true, "wasm": true,
	}
)

// frontendTag reports whether a build tag selects a wasm target.
func frontendTag(tag string) bool {
	switch tag {
	case "js", "wasm", "wasip1", "wasip2", "tinygo.wasm":
		return true
	}
	return false
}

// nameConstraint classifies a file name by its _GOOS/_GOARCH suffix:
// +1 frontend only, -1 never frontend, 0 no suffix.
func nameConstraint(filename string) int {
	name := strings.TrimSuffix(filepath.Base(filename), ".go")
	name = strings.TrimSuffix(name, "_test")
	i := strings.Index(name, "_")
	if i < 0 {
		return 0
	}
	name = name[i:] // go/build ignores everything before the first _
	l := strings.Split(name, "_")
	n := len(l)
	if n >= 2 && knownOS[l[n-2]] && knownArch[l[n-1]] {
		if l[n-2] == "js" && l[n-1] == "wasm" || l[n-2] == "wasip1" && l[n-1] == "wasm" {
			return 1
		}
		return -1
	}
	if last := l[n-1]; knownOS[last] || knownArch[last] {
		if frontendTag(last) {
			return 1
		}
		return -1
	}
	return 0
}

// buildExpr returns the file's build constraint from its header lines.
func buildExpr(src []byte) constraint.Expr {
	var goBuild, plusBuild constraint.Expr
	inBlock := false
	for len(src) > 0 {
		line := src
		if i := bytes.IndexByte(src, '\n'); i >= 0 {
			line, src = src[:i], src[i+1:]
		} else {
			src = nil
		}
		s := string(bytes.TrimSpace(line))
		switch {
		case inBlock:
			if strings.Contains(s, "*/") {
				inBlock = false
			}
			continue
		case s == "":
			continue
		case strings.HasPrefix(s, "/*"):
			inBlock = !strings.Contains(s[2:], "*/")
			continue
		case !strings.HasPrefix(s, "//"):
			// The package clause (or anything else) ends the header.
			if goBuild != nil {
				return goBuild
			}
			return plusBuild
		}
		if constraint.IsGoBuild(s) {
			if x, err := constraint.Parse(s); err == nil && goBuild == nil {
				goBuild = x
			}
		} else if constraint.IsPlusBuild(s) {
			if x, err := constraint.Parse(s); err == nil {
				if plusBuild == nil {
					plusBuild = x
				} else {
					plusBuild = &constraint.AndExpr{X: plusBuild, Y: x}
				}
			}
		}
	}
	if goBuild != nil {
		return goBuild
	}
	return plusBuild
}

// requiresFrontend reports whether x can be satisfied, but only with one
// of js, wasm, wasip1 set. Tags are treated as independent; expressions
// with more than 12 other tags are decided by setting them all.
func requiresFrontend(x constraint.Expr) bool {
	var others []string
	seen := map[string]bool{}
	hasFrontend := false
	x.Eval(func(tag string) bool {
		if frontendTag(tag) {
			hasFrontend = true
		} else if !seen[tag] {
			seen[tag] = true
			others = append(others, tag)
		}
		return false
	})
	if !hasFrontend {
		return false
	}
	return !satisfiable(x, others, false) && satisfiable(x, others, true)
}

// mayBuildForWasm reports whether a compiled file also builds for wasm:
// no foreign _GOOS/_GOARCH suffix, and a //go:build line (if any) that some
// wasm configuration satisfies.
func mayBuildForWasm(filename string, f *ast.File) bool {
	if nameConstraint(filename) < 0 {
		return false
	}
	if x, ok := goBuildLine(f); ok {
		return satisfiable(x, otherTags(x), true)
	}
	return true
}

// goBuildLine returns the parsed //go:build line of a parsed file, if any.
func goBuildLine(f *ast.File) (constraint.Expr, bool) {
	for _, cg := range f.Comments {
		if cg.Pos() >= f.Package {
			break
		}
		for _, c := range cg.List {
			if constraint.IsGoBuild(c.Text) {
				if x, err := constraint.Parse(c.Text); err == nil {
					return x, true
				}
			}
		}
	}
	return nil, false
}

// otherTags lists x's tags that do not select wasm.
func otherTags(x constraint.Expr) []string {
	var others []string
	seen := map[string]bool{}
	x.Eval(func(tag string) bool {
		if !frontendTag(tag) && !seen[tag] {
			seen[tag] = true
			others = append(others, tag)
		}
		return false
	})
	return others
}

// satisfiable reports whether x holds for some setting of the other tags,
// with the wasm tags all set to front. Beyond 12 other tags it only tries
// them all set.
func satisfiable(x constraint.Expr, others []string, front bool) bool {
	// Built for wasm, GOOS is js or wasip1 and GOARCH is wasm: every other
	// GOOS, GOARCH and unix tag is false.
	fixed := func(tag string) (val, ok bool) {
		if frontendTag(tag) {
			return front, true
		}
		if front && (knownOS[tag] || knownArch[tag] || tag == "unix") {
			return false, true
		}
		return false, false
	}
	if len(others) > 12 {
		return x.Eval(func(tag string) bool {
			if v, ok := fixed(tag); ok {
				return v
			}
			return true
		})
	}
	for mask := 0; mask < 1<<len(others); mask++ {
		ok := x.Eval(func(tag string) bool {
			if v, ok := fixed(tag); ok {
				return v
			}
			for i, o := range others {
				if o == tag {
					return mask&(1<<i) != 0
				}
			}
			return false
		})
		if ok {
			return true
		}
	}
	return false
}

// fileIsFrontend reports whether a parsed file only builds for wasm or
// imports syscall/js.
func fileIsFrontend(filename string, f *ast.File) bool {
	switch nameConstraint(filename) {
	case 1:
		return true
	case -1:
		return false
	}
	for _, imp := range f.Imports {
		if imp.Path.Value == `"syscall/js"` {
			return true
		}
	}
	if x, ok := goBuildLine(f); ok {
		return requiresFrontend(x)
	}
	return false
}

// ignoredFrontendFiles reads, parses and returns the package's ignored
// files that only build for wasm (tests excluded).
func (r *run) ignoredFrontendFiles() []*ast.File {
	var out []*ast.File
	for _, name := range r.pass.IgnoredFiles {
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		nc := nameConstraint(name)
		if nc < 0 {
			continue
		}
		src, err := r.pass.ReadFile(name)
		if err != nil {
			continue // unreadable: nothing to say
		}
		if nc == 0 {
			x := buildExpr(src)
			if x == nil || !requiresFrontend(x) {
				if !importsSyscallJS(src) {
					continue
				}
			}
		}
		f, err := parser.ParseFile(r.pass.Fset, name, src, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil && f == nil {
			continue
		}
		out = append(out, f)
	}
	return out
}

// importsSyscallJS reports whether src's import block names syscall/js.
func importsSyscallJS(src []byte) bool {
	return bytes.Contains(src, []byte(`"syscall/js"`))
}

// addDirectives makes //apikeylint:ignore directives in parsed ignored
// files count, through the shared directive index.
func (r *run) addDirectives(files []*ast.File) {
	r.directives().add(r.pass.Fset, files)
}

// --- one rule set, two ways of knowing what expressions mean ---

// oracle answers questions about expressions: with type information for
// compiled files, from syntax alone for ignored ones. Both answer the same
// way on ordinary code, so both runs report the same lines.
type oracle interface {
	constString(e ast.Expr) (string, bool)
	envRead(call *ast.CallExpr) (string, bool)
	keyValue(e ast.Expr) (keyValue, bool)
	isConversion(call *ast.CallExpr) bool
	nameOf(e ast.Expr) string
}

type typedOracle struct{ r *run }

func (o typedOracle) constString(e ast.Expr) (string, bool)  { return o.r.constString(e) }
func (o typedOracle) envRead(c *ast.CallExpr) (string, bool) { return o.r.isEnvRead(c) }
func (o typedOracle) keyValue(e ast.Expr) (keyValue, bool)   { return o.r.keyValueOf(e) }
func (o typedOracle) nameOf(e ast.Expr) string               { return o.r.nameOf(e) }
func (o typedOracle) isConversion(c *ast.CallExpr) bool {
	tv, ok := o.r.pass.TypesInfo.Types[c.Fun]
	return ok && tv.IsType()
}

// synOracle reads one parsed file without types.
type synOracle struct {
	fileNames
	envVars map[string]string // identifier → env var it was assigned from
}

func newSynOracle(f *ast.File, consts map[string]string) *synOracle {
	o := &synOracle{fileNames: fileNames{imports: fileImports(f), consts: consts}, envVars: map[string]string{}}
	record := func(lhs, rhs ast.Expr) {
		call, ok := ast.Unparen(rhs).(*ast.CallExpr)
		if !ok {
			return
		}
		if env, ok := o.envRead(call); ok {
			switch lhs := lhs.(type) {
			case *ast.Ident:
				o.envVars[lhs.Name] = env
			case *ast.SelectorExpr:
				o.envVars[lhs.Sel.Name] = env
			}
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		for lhs, rhs := range assignments(n) {
			record(lhs, rhs)
		}
		return true
	})
	return o
}

func (o *synOracle) envRead(call *ast.CallExpr) (string, bool) {
	switch path, name := o.pkgFunc(call.Fun); path + "." + name {
	case "os.Getenv", "os.LookupEnv", "syscall.Getenv":
	default:
		return "", false
	}
	if len(call.Args) != 1 {
		return "", false
	}
	return o.constString(call.Args[0])
}

func (o *synOracle) isConversion(call *ast.CallExpr) bool {
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		return f.Name == "string"
	case *ast.ArrayType:
		return f.Len == nil
	}
	return false
}

func (o *synOracle) nameOf(e ast.Expr) string { return nameOfExpr(e, o.constString) }

// keyValue mirrors run.keyValueOf without types.
func (o *synOracle) keyValue(e ast.Expr) (keyValue, bool) {
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok {
		if name, ok := o.envRead(call); ok {
			if k := keys.NameKindOf(name); k != keys.NotKey {
				return keyValue{Kind: k, Desc: name, WaveSpeed: keys.IsWaveSpeedName(name), EnvVar: name}, true
			}
			return keyValue{}, false
		}
		if o.isConversion(call) && len(call.Args) == 1 {
			return o.keyValue(call.Args[0])
		}
		if path, name := o.pkgFunc(call.Fun); path == "strings" && strings.HasPrefix(name, "Trim") && len(call.Args) >= 1 {
			return o.keyValue(call.Args[0])
		}
		return keyValue{}, false
	}
	if s, ok := o.constString(e); ok {
		if m, ok := keys.Classify(s, keys.Context{Names: []string{o.nameOf(e)}}); ok && m.Start == 0 {
			return keyValue{Kind: keys.Key, Desc: m.Label() + " literal", WaveSpeed: strings.HasPrefix(m.Provider.ID, "wavespeed"), Literal: &m}, true
		}
		return keyValue{}, false
	}
	var name string
	switch e := e.(type) {
	case *ast.Ident:
		if e.Name == "_" || e.Name == "nil" {
			return keyValue{}, false
		}
		name = e.Name
	case *ast.SelectorExpr:
		if id, ok := e.X.(*ast.Ident); ok && o.imports[id.Name] != "" && !strings.Contains(o.imports[id.Name], ".") {
			// A std package member (js.Value…) is never a key.
			return keyValue{}, false
		}
		name = e.Sel.Name
	default:
		return keyValue{}, false
	}
	if env, ok := o.envVars[name]; ok {
		if k := keys.NameKindOf(env); k != keys.NotKey {
			return keyValue{Kind: k, Desc: env, WaveSpeed: keys.IsWaveSpeedName(env), EnvVar: env}, true
		}
	}
	if k := keys.NameKindOf(name); k != keys.NotKey {
		return keyValue{Kind: k, Desc: name, WaveSpeed: keys.IsWaveSpeedName(name)}, true
	}
	return keyValue{}, false
}

// assignedNames collects every name assigned, incremented or addressed
// anywhere in the package (scopes ignored: a shadowing local that is
// assigned hides a never-assigned global, erring on silence).
func assignedNames(sets ...[]*ast.File) map[string]bool {
	m := map[string]bool{}
	for _, files := range sets {
		for _, f := range files {
			ast.Inspect(f, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.AssignStmt:
					for _, l := range n.Lhs {
						if id, ok := ast.Unparen(l).(*ast.Ident); ok {
							m[id.Name] = true
						}
					}
				case *ast.UnaryExpr:
					if n.Op == token.AND {
						if id, ok := ast.Unparen(n.X).(*ast.Ident); ok {
							m[id.Name] = true
						}
					}
				case *ast.IncDecStmt:
					if id, ok := ast.Unparen(n.X).(*ast.Ident); ok {
						m[id.Name] = true
					}
				}
				return true
			})
		}
	}
	return m
}

// --- the frontend rules ---

// frontendFile checks one frontend file (cur is its *ast.File cursor).
func (r *run) frontendFile(o oracle, cur inspector.Cursor, assigned func(string) bool) {
	f := cur.Node().(*ast.File)
	report := func(n ast.Node, detail string) {
		r.report(finding{cat: FrontendKey, rng: n, msg: frontendMsg + " (" + detail + ")"})
	}

	// Link-time keys: `var apiKey string`, never assigned, set with -X.
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			continue
		}
		for _, s := range gd.Specs {
			vs := s.(*ast.ValueSpec)
			if len(vs.Values) != 0 {
				continue
			}
			if t, ok := vs.Type.(*ast.Ident); !ok || t.Name != "string" {
				continue
			}
			for _, id := range vs.Names {
				if keys.NameKindOf(id.Name) != keys.NotKey && !assigned(id.Name) {
					report(id, fmt.Sprintf("%s is never assigned, so it is set at link time with -ldflags -X and is in the binary", id.Name))
				}
			}
		}
	}

	for c := range cur.Preorder((*ast.CallExpr)(nil), (*ast.BasicLit)(nil), (*ast.KeyValueExpr)(nil), (*ast.AssignStmt)(nil)) {
		switch n := c.Node().(type) {
		case *ast.CallExpr:
			if env, ok := o.envRead(n); ok && keys.NameKindOf(env) != keys.NotKey {
				report(n, fmt.Sprintf("reads %s", env))
				continue
			}
			// h.Set("Authorization", v), headers.Call("set", "Authorization", v)…
			for i, a := range n.Args[:max(len(n.Args)-1, 0)] {
				if s, ok := o.constString(a); ok && isAuthHeaderName(s) {
					r.frontendHeader(o, n.Args[i+1], s, report)
				}
			}
		case *ast.KeyValueExpr:
			if s, ok := o.constString(n.Key); ok && isAuthHeaderName(s) {
				r.frontendHeader(o, n.Value, s, report)
			}
		case *ast.AssignStmt:
			if len(n.Lhs) != len(n.Rhs) {
				continue
			}
			for i, l := range n.Lhs {
				if ix, ok := ast.Unparen(l).(*ast.IndexExpr); ok {
					if s, ok := o.constString(ix.Index); ok && isAuthHeaderName(s) {
						r.frontendHeader(o, n.Rhs[i], s, report)
					}
				}
			}
		case *ast.BasicLit:
			r.frontendLiteral(o, c, report)
		}
	}
}

// frontendHeader reports a header value that carries a key-named value.
// Env reads and literals are reported where they are.
func (r *run) frontendHeader(o oracle, value ast.Expr, header string, report func(ast.Node, string)) {
	e, kv, ok := findKey(o, value)
	if !ok || kv.EnvVar != "" || kv.Literal != nil || kv.Kind != keys.Key {
		return
	}
	report(e, fmt.Sprintf("%s sent in the %s header", kv.Desc, header))
}

// findKey finds the first key value inside e ("Bearer " + apiKey,
// fmt.Sprintf("Bearer %s", cfg.APIKey), []string{apiKey}).
func findKey(o oracle, e ast.Expr) (ast.Expr, keyValue, bool) {
	var (
		at    ast.Expr
		found keyValue
		ok    bool
	)
	ast.Inspect(e, func(n ast.Node) bool {
		if ok {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.Ident, *ast.SelectorExpr, *ast.CallExpr, *ast.IndexExpr:
			if kv, isKey := o.keyValue(n.(ast.Expr)); isKey {
				at, found, ok = n.(ast.Expr), kv, true
				return false
			}
		}
		return true
	})
	return at, found, ok
}

// frontendLiteral reports a key literal (the maximal constant string
// expression holding lit, once, at its first literal).
func (r *run) frontendLiteral(o oracle, cur inspector.Cursor, report func(ast.Node, string)) {
	top, ok := constTop(cur, o.constString)
	if !ok {
		return
	}
	val, ok := o.constString(top.Node().(ast.Expr))
	if !ok || len(val) < 16 {
		return
	}
	names, header := r.contextNamesVia(o, top, false)
	m, ok := keys.Classify(val, keys.Context{Names: names, Header: header})
	if !ok {
		return
	}
	report(top.Node(), fmt.Sprintf("%s %s (%d chars)", m.Label(), redactPrefix(m.Key), len(m.Key)))
}

// --- keys handed to clients by a server ---

// checkServerLeaks reports the server's own key written to an HTTP
// response: header, body, JSON or an executed template.
func (r *run) checkServerLeaks() {
	var httpPkg *types.Package
	for _, p := range r.pass.Pkg.Imports() {
		if p.Path() == "net/http" {
			httpPkg = p
		}
	}
	if httpPkg == nil {
		return
	}
	rwObj, _ := httpPkg.Scope().Lookup("ResponseWriter").(*types.TypeName)
	if rwObj == nil {
		return
	}
	rw, _ := rwObj.Type().Underlying().(*types.Interface)
	if rw == nil {
		return
	}
	info := r.pass.TypesInfo
	isRW := func(e ast.Expr) bool {
		t := info.TypeOf(e)
		return t != nil && types.Implements(t, rw)
	}
	l := &leakFinder{r: r}

	for fc := range r.insp.Root().Children() {
		f := fc.Node().(*ast.File)
		if strings.HasSuffix(r.pass.Fset.File(f.FileStart).Name(), "_test.go") {
			continue
		}
		for c := range fc.Preorder((*ast.CallExpr)(nil), (*ast.AssignStmt)(nil)) {
			if as, ok := c.Node().(*ast.AssignStmt); ok {
				// A header map assignment: w.Header()["X-Api-Key"] = []string{key}.
				if len(as.Lhs) != len(as.Rhs) {
					continue
				}
				for i, lhs := range as.Lhs {
					ix, ok := ast.Unparen(lhs).(*ast.IndexExpr)
					if !ok {
						continue
					}
					if hc, ok := ast.Unparen(ix.X).(*ast.CallExpr); ok && r.isHeaderOf(hc, isRW) {
						l.check(as.Rhs[i], "set in an HTTP response header", false)
					}
				}
				continue
			}
			call := c.Node().(*ast.CallExpr)
			fn, _ := typeutil.Callee(info, call).(*types.Func)
			if fn == nil || fn.Pkg() == nil {
				continue
			}
			if fn.Pkg() != r.pass.Pkg && r.readsKeyEnv() {
				l.checkCall(call, fn)
			}
			recv := recvName(fn)
			switch fn.Pkg().Path() + "." + recv + fn.Name() {
			case "net/http.Header.Set", "net/http.Header.Add":
				sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
				if !ok || len(call.Args) != 2 {
					continue
				}
				if hc, ok := ast.Unparen(sel.X).(*ast.CallExpr); ok && r.isHeaderOf(hc, isRW) {
					l.check(call.Args[1], "set in an HTTP response header", false)
				}
			case "fmt.Fprint", "fmt.Fprintf", "fmt.Fprintln":
				if len(call.Args) > 1 && isRW(call.Args[0]) {
					for _, a := range call.Args[1:] {
						if l.check(a, "written to the HTTP response", false) {
							break
						}
					}
				}
			case "io.WriteString":
				if len(call.Args) == 2 && isRW(call.Args[0]) {
					l.check(call.Args[1], "written to the HTTP response", false)
				}
			case "encoding/json.Encoder.Encode":
				sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
				if ok && len(call.Args) == 1 && r.encoderOn(sel.X, isRW) {
					l.check(call.Args[0], "encoded into the HTTP response", true)
				}
			case "html/template.Template.Execute", "text/template.Template.Execute":
				if len(call.Args) == 2 && isRW(call.Args[0]) {
					l.check(call.Args[1], "passed to a template rendered to the HTTP response", false)
				}
			case "html/template.Template.ExecuteTemplate", "text/template.Template.ExecuteTemplate":
				if len(call.Args) == 3 && isRW(call.Args[0]) {
					l.check(call.Args[2], "passed to a template rendered to the HTTP response", false)
				}
			default:
				// w.Write(b) on the ResponseWriter itself.
				if fn.Name() == "Write" && len(call.Args) == 1 {
					if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && isRW(sel.X) {
						l.check(call.Args[0], "written to the HTTP response", false)
					}
				}
			}
		}
	}
}

// recvName returns "Type." for a method (pointer receivers included), ""
// for a function.
func recvName(fn *types.Func) string {
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return ""
	}
	t := sig.Recv().Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := t.(*types.Named); ok {
		return n.Obj().Name() + "."
	}
	return ""
}

// isHeaderOf reports whether call is w.Header() on a ResponseWriter.
func (r *run) isHeaderOf(call *ast.CallExpr, isRW func(ast.Expr) bool) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	return ok && sel.Sel.Name == "Header" && len(call.Args) == 0 && isRW(sel.X)
}

// encoderOn reports whether e is json.NewEncoder(w) on a ResponseWriter,
// directly or through a local variable.
func (r *run) encoderOn(e ast.Expr, isRW func(ast.Expr) bool) bool {
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		obj := r.pass.TypesInfo.ObjectOf(id)
		if obj == nil {
			return false
		}
		found := false
		for _, as := range r.assignmentsTo(obj) {
			if r.encoderOn(as, isRW) {
				found = true
			}
		}
		return found
	}
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return false
	}
	fn, _ := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func)
	return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "encoding/json" && fn.Name() == "NewEncoder" && isRW(call.Args[0])
}

// fieldsFromEnv finds fields initialized from key env reads in composite
// literals (&Server{apiKey: os.Getenv("WAVESPEED_API_KEY")}).
func (r *run) fieldsFromEnv() map[types.Object]string {
	m := map[types.Object]string{}
	for c := range r.insp.Root().Preorder((*ast.KeyValueExpr)(nil)) {
		kv := c.Node().(*ast.KeyValueExpr)
		id, ok := kv.Key.(*ast.Ident)
		if !ok {
			continue
		}
		v, ok := r.pass.TypesInfo.ObjectOf(id).(*types.Var)
		if !ok || !v.IsField() {
			continue
		}
		if k, ok := r.keyValueOf(kv.Value); ok && k.EnvVar != "" {
			m[v] = k.EnvVar
		}
	}
	return m
}

// leakFinder decides whether an expression written to a response carries
// the server's own key.
type leakFinder struct {
	r    *run
	env  map[types.Object]string // computed on first use
	flow *flow                   // key-named env reads, traced on first use
}

// fieldEnv returns the fields initialized from key env reads.
func (l *leakFinder) fieldEnv() map[types.Object]string {
	if l.env == nil {
		l.env = l.r.fieldsFromEnv()
	}
	return l.env
}

// find returns the part of e that is the server's key, and which key.
func (l *leakFinder) find(e ast.Expr, json bool) (ast.Expr, keyValue) {
	var kv keyValue
	at := l.r.valueParts(e, json, l.fieldVisible, func(part ast.Expr) bool {
		var ok bool
		kv, ok = l.serverKey(part)
		return ok
	})
	return at, kv
}

// check reports e if it carries a server key.
func (l *leakFinder) check(e ast.Expr, how string, json bool) bool {
	at, kv := l.find(e, json)
	if at == nil {
		return false
	}
	f := finding{
		cat: FrontendKey,
		rng: e,
		msg: fmt.Sprintf("API key from %s %s reaches every client; keep the key on the server and make the API call there", kv.Desc, how),
	}
	if at != e {
		f.related = []analysis.RelatedInformation{{Pos: at.Pos(), End: at.End(), Message: "the key"}}
	}
	l.r.report(f)
	return true
}

// checkCall reports the server's key passed to a function of another
// package of the user's code that writes that parameter into an HTTP
// response there (uses.go's summaries).
func (l *leakFinder) checkCall(call *ast.CallExpr, fn *types.Func) {
	for _, pu := range l.r.paramUses(fn.Origin()) {
		if pu.Use.Kind != useResponse || pu.Field != "" {
			continue
		}
		a := argAt(call, pu.Index)
		if a == nil {
			continue
		}
		at, kv := l.find(a, false)
		if at == nil {
			continue
		}
		l.r.report(finding{cat: FrontendKey, rng: a, msg: fmt.Sprintf("API key from %s passed to %s.%s, which writes it %s (%s) where it reaches every client; keep the key on the server and make the API call there",
			kv.Desc, fn.Pkg().Name(), fn.Name(), pu.Use.Desc, pu.Use.Pos)})
		return
	}
}

// serverKey reports whether e is the server's own key: by the key model
// (a key-named env read, a key literal, a field set from one), or because
// the value-flow layer traces it to a key-named env read through
// parameters, results, closures or another package of the user's code.
func (l *leakFinder) serverKey(e ast.Expr) (keyValue, bool) {
	r := l.r
	kv, ok := r.keyValueOf(e)
	leaf := false
	switch ast.Unparen(e).(type) {
	case *ast.Ident, *ast.SelectorExpr, *ast.CallExpr:
		leaf = true // find descends into composites, conversions and +
	}
	if !ok && leaf {
		if l.flow == nil {
			l.flow = r.newFlow(func(kind string) bool { return kind == srcEnv })
			// An environment origin comes from a key-named env read here,
			// viper reading the environment, or another package.
			if r.readsKeyEnv() || r.importsAny(viperPath) || r.importsOwnCode() || r.importsFacts() {
				l.flow.seed()
				l.flow.solve()
			}
		}
		for _, o := range l.flow.origins(e) {
			if o.kind == srcEnv {
				return keyValue{Kind: keys.NameKindOf(o.name), Desc: o.name, EnvVar: o.name, WaveSpeed: keys.IsWaveSpeedName(o.name)}, true
			}
		}
	}
	if !ok {
		if v, isVar := r.objOf(e).(*types.Var); isVar && isStringish(v.Type()) {
			if env, ok := l.fieldEnv()[v]; ok && keys.NameKindOf(env) != keys.NotKey {
				return keyValue{Kind: keys.NameKindOf(env), Desc: env, EnvVar: env}, true
			}
		}
		return keyValue{}, false
	}
	if kv.EnvVar != "" || kv.Literal != nil {
		return kv, true
	}
	v, isVar := r.objOf(e).(*types.Var)
	if !isVar || kv.Kind != keys.Key {
		return keyValue{}, false
	}
	if env, ok := l.fieldEnv()[v]; ok && keys.NameKindOf(env) != keys.NotKey {
		kv.EnvVar = env
		return kv, true
	}
	global := v.IsField() || v.Pkg() != nil && v.Parent() == v.Pkg().Scope()
	if global && providerNamed(v.Name()) {
		return kv, true
	}
	return keyValue{}, false
}

// providerNamed reports whether a key name names a provider
// (WaveSpeedAPIKey, openaiKey, ANTHROPIC_API_KEY).
func providerNamed(name string) bool {
	if keys.IsWaveSpeedName(name) {
		return true
	}
	ws := keys.Words(name)
	for _, p := range keys.Providers() {
		prefix := strings.ToLower(strings.SplitN(p.EnvVar, "_", 2)[0])
		for _, w := range ws {
			if w == prefix {
				return true
			}
		}
	}
	return false
}

// fieldVisible reports whether a struct field reaches the client: exported,
// and for JSON not tagged "-".
func (l *leakFinder) fieldVisible(f *types.Var, lit *ast.CompositeLit, json bool) bool {
	if !f.Exported() {
		return false
	}
	if !json {
		return true
	}
	st := l.structOf(f, lit)
	if st == nil {
		return true
	}
	for i := range st.NumFields() {
		if st.Field(i) == f {
			tag := reflect.StructTag(st.Tag(i)).Get("json")
			return tag != "-"
		}
	}
	return true
}

// structOf finds the struct type declaring field f.
func (l *leakFinder) structOf(f *types.Var, lit *ast.CompositeLit) *types.Struct {
	if lit != nil {
		if t := l.r.pass.TypesInfo.TypeOf(lit); t != nil {
			if st, ok := t.Underlying().(*types.Struct); ok {
				return st
			}
		}
	}
	// Search the package's named struct types for the field.
	scope := f.Pkg().Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok {
			continue
		}
		if st, ok := tn.Type().Underlying().(*types.Struct); ok {
			for i := range st.NumFields() {
				if st.Field(i) == f {
					return st
				}
			}
		}
	}
	return nil
}
