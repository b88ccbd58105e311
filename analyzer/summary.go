package analyzer

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/apikeylint/apikeylint/analyzer/keys"
)

// Cross-package flows without facts.
//
// The usual service reads its key in one package (internal/config) and
// uses it in another (internal/llm). Analysis facts would carry that, but a
// fact makes every driver type-check every dependency from source: two to
// three times the cost of the run. Instead, when a flow meets a function,
// field or package variable of another package of the user's own code (its
// source is on disk outside GOROOT and the module cache), it reads that
// package's source once per run and summarizes it syntactically: which of
// its functions return, variables hold and struct fields are assigned a
// value read from a flag, os.Args, a file, a config file or getter, or a
// key-named environment variable. The summary has the same shape as the
// -facts mode's keySourceFact. Dependencies outside the user's code cannot
// carry the user's key from one of the user's packages to another, so
// nothing is lost by not reading them.

// pkgSummary is what one package of the user's code gives its importers.
type pkgSummary struct {
	funcs  map[string]*keySourceFact // "Func", "Type.Method"
	vars   map[string]*keySourceFact // package variables
	fields map[string]*keySourceFact // struct fields, by name
}

// summaryOf returns the summarized origin of obj, a function, field or
// package variable of another package, or nil.
func (r *run) summaryOf(obj types.Object) *keySourceFact {
	if r.s.samePackageOnly || obj.Pkg() == nil || obj.Pkg() == r.pass.Pkg || !obj.Pos().IsValid() {
		return nil
	}
	file := r.pass.Fset.Position(obj.Pos()).Filename
	if file == "" || !ownCode(file) {
		return nil
	}
	s := r.summary(filepath.Dir(file), obj.Pkg().Name())
	if s == nil {
		return nil
	}
	switch obj := obj.(type) {
	case *types.Func:
		name := obj.Name()
		if sig, ok := obj.Type().(*types.Signature); ok && sig.Recv() != nil {
			name = typeName(sig.Recv().Type()) + "." + name
		}
		return s.funcs[name]
	case *types.Var:
		if obj.IsField() {
			return s.fields[obj.Name()]
		}
		return s.vars[obj.Name()]
	}
	return nil
}

// importsOwnCode reports whether this package imports a package of the
// user's code, whose summary may carry a key in.
func (r *run) importsOwnCode() bool {
	if r.s.samePackageOnly {
		return false
	}
	if r.ownImports == nil {
		own := false
		for _, imp := range r.pass.Pkg.Imports() {
			dir, ok := r.s.summaries.ownDir(imp, r.pass.Fset)
			if !ok {
				continue
			}
			s := r.summary(dir, imp.Name())
			if own = s != nil && len(s.funcs)+len(s.vars)+len(s.fields) > 0; own {
				break
			}
		}
		r.ownImports = &own
	}
	return *r.ownImports
}

// summary returns the summary of package name in dir: from this run, from
// the analyzer's cache while the directory's files are unchanged, or read
// anew. nil when the package holds nothing to summarize.
func (r *run) summary(dir, name string) *pkgSummary {
	if r.summaries == nil {
		r.summaries = map[string]*pkgSummary{}
	}
	if s, ok := r.summaries[dir]; ok {
		return s
	}
	s := r.s.summaries.get(dir, name)
	r.summaries[dir] = s
	return s
}

// summaryCache keeps package summaries across the passes of one analyzer:
// a process that analyzes many packages reads each directory of the
// user's code once while its files are unchanged (names, sizes and
// modification times).
type summaryCache struct {
	mu   sync.Mutex
	m    map[string]stamped[*pkgSummary]
	uses map[string]stamped[*useScan]
	srcs map[string]stamped[*dirSource]
	own  map[string]string // import path -> its directory when it is the user's code, else ""
	// moduleStores caches userstore.go's scanModuleStore by module root.
	moduleStores sync.Map
	// sdks caches keys.IsSDK by import path: the use scans ask it of every
	// callee, field and literal type of another package.
	sdks sync.Map
}

// isSDK reports whether path is a listed SDK's, once per path and analyzer.
func (c *summaryCache) isSDK(path string) bool {
	if v, ok := c.sdks.Load(path); ok {
		return v.(bool)
	}
	v := keys.IsSDK(path)
	c.sdks.Store(path, v)
	return v
}

// stamped is a cached value with the dirStamp it was made for.
type stamped[T any] struct {
	stamp string
	v     T
}

// byDir returns m's value for package name in dir while the directory's
// files are unchanged, else builds it anew; mu guards m.
func byDir[T any](mu *sync.Mutex, m map[string]stamped[T], dir, name string, fresh func() T) T {
	stamp := dirStamp(dir)
	key := dir + "\x00" + name
	mu.Lock()
	e, ok := m[key]
	mu.Unlock()
	if ok && e.stamp == stamp {
		return e.v
	}
	v := fresh()
	mu.Lock()
	m[key] = stamped[T]{stamp, v}
	mu.Unlock()
	return v
}

// init makes the cache's maps.
func (c *summaryCache) init() {
	c.mu.Lock()
	if c.m == nil {
		c.m = map[string]stamped[*pkgSummary]{}
		c.uses = map[string]stamped[*useScan]{}
		c.srcs = map[string]stamped[*dirSource]{}
	}
	c.mu.Unlock()
}

// source returns the source of package name in dir, read once while the
// directory's files are unchanged.
func (c *summaryCache) source(dir, name string) *dirSource {
	return byDir(&c.mu, c.srcs, dir, name, func() *dirSource { return readDir(dir, name) })
}

func (c *summaryCache) get(dir, name string) *pkgSummary {
	c.init()
	return byDir(&c.mu, c.m, dir, name, func() *pkgSummary { return summarize(c.source(dir, name)) })
}

// usesOf returns where the values of package name in dir go (uses.go),
// read anew when its files changed.
func (c *summaryCache) usesOf(dir, name string, expose exposureSyntax) *useScan {
	c.init()
	return byDir(&c.mu, c.uses, dir, name, func() *useScan {
		fset, files := c.source(dir, name).parsed()
		if len(files) == 0 {
			return nil
		}
		u := newUseScan(fset, name, files, newSyntaxResolver(files), c.isSDK)
		u.expose = expose
		u.run()
		return u
	})
}

// ownDir returns the source directory of an imported package when it is
// the user's own code, once per import path and analyzer.
func (c *summaryCache) ownDir(imp *types.Package, fset *token.FileSet) (string, bool) {
	c.mu.Lock()
	dir, ok := c.own[imp.Path()]
	c.mu.Unlock()
	if ok {
		return dir, dir != ""
	}
	for _, n := range imp.Scope().Names() {
		if obj := imp.Scope().Lookup(n); obj.Pos().IsValid() {
			if file := fset.Position(obj.Pos()).Filename; ownCode(file) {
				dir = filepath.Dir(file)
			}
			break
		}
	}
	c.mu.Lock()
	if c.own == nil {
		c.own = map[string]string{}
	}
	c.own[imp.Path()] = dir
	c.mu.Unlock()
	return dir, dir != ""
}

// dirStamp describes the Go files of dir: names, sizes, modification times.
func dirStamp(dir string) string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return ""
	}
	var b strings.Builder
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".go") {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		fmt.Fprintf(&b, "%s:%d:%d;", e.Name(), info.Size(), info.ModTime().UnixNano())
	}
	return b.String()
}

// ownCode reports whether file is the user's source: an absolute path that
// exists, outside GOROOT, the module cache and vendor directories.
func ownCode(file string) bool {
	if !filepath.IsAbs(file) || strings.HasSuffix(file, "_test.go") {
		return false
	}
	slash := filepath.ToSlash(file)
	if strings.Contains(slash, "/pkg/mod/") || strings.Contains(slash, "/vendor/") {
		return false
	}
	if root := build.Default.GOROOT; root != "" && strings.HasPrefix(slash, filepath.ToSlash(root)+"/") {
		return false
	}
	_, err := os.Stat(file)
	return err == nil
}

// summarize works out the summary of a directory's package from its
// parsed files; nil when nothing in it can be read.
func summarize(d *dirSource) *pkgSummary {
	if !d.reads {
		return nil // no file reads a flag, a file, a config or the environment
	}
	fset, files := d.parsed()
	name := d.name
	if len(files) == 0 {
		return nil // no file reads a flag, a file, a config or the environment
	}
	z := &summarizer{
		fset:   fset,
		files:  files,
		s:      &pkgSummary{funcs: map[string]*keySourceFact{}, vars: map[string]*keySourceFact{}, fields: map[string]*keySourceFact{}},
		locals: map[*ast.Object]*keySourceFact{}, //nolint:staticcheck // SA1019: a syntax-only summary has no types; the parser's scopes are enough here
	}
	z.pkg = name
	for range 6 {
		z.changed = false
		for _, f := range z.files {
			z.file(f)
		}
		if !z.changed {
			break
		}
	}
	return z.s
}

// dirSource is the non-test Go source of one package directory, read
// once and parsed on first need: the source summary and the use summary
// of a directory share one parse.
type dirSource struct {
	name  string
	srcs  []fileSource
	reads bool // some file can read a flag, a file, a config or the environment (mayRead)
	once  sync.Once
	fset  *token.FileSet
	files []*ast.File
}

type fileSource struct {
	path string
	data []byte
}

// readDir reads the non-test Go files of package name in dir.
func readDir(dir, name string) *dirSource {
	d := &dirSource{name: name}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return d
	}
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") {
			continue
		}
		path := filepath.Join(dir, n)
		data, err := os.ReadFile(path)
		if err != nil {
			continue
		}
		d.srcs = append(d.srcs, fileSource{path, data})
		d.reads = d.reads || mayRead(data)
	}
	return d
}

// parsed returns the directory's files of package name, parsed once.
func (d *dirSource) parsed() (*token.FileSet, []*ast.File) {
	d.once.Do(func() {
		d.fset = token.NewFileSet()
		for _, sf := range d.srcs {
			f, err := parser.ParseFile(d.fset, sf.path, sf.data, 0)
			if err != nil || f.Name.Name != d.name {
				continue
			}
			d.files = append(d.files, f)
		}
	})
	return d.fset, d.files
}

// readTokens are the texts one of which every file that reads a flag,
// os.Args, a file, a config or the environment contains.
var readTokens = [][]byte{
	[]byte("flag"), []byte("Args"), []byte("ReadFile"), []byte("Open"), []byte("Getenv"),
	[]byte("LookupEnv"), []byte("viper"), []byte("Unmarshal"), []byte("Decode"), []byte("go:embed"),
	[]byte("kingpin"), []byte("cli"), []byte("cobra"),
}

// mayRead reports whether a file's source can read a value at all, before
// it is parsed.
func mayRead(data []byte) bool {
	for _, t := range readTokens {
		if bytes.Contains(data, t) {
			return true
		}
	}
	return false
}

// summarizer is the syntactic flow over one package's files.
type summarizer struct {
	fset    *token.FileSet
	pkg     string
	files   []*ast.File
	s       *pkgSummary
	locals  map[*ast.Object]*keySourceFact //nolint:staticcheck // SA1019: as above, the parser's scopes
	imports map[string]string              // of the current file: local name -> path
	fn      string                         // the function being read, for records
	changed bool
}

func (z *summarizer) file(f *ast.File) {
	z.imports = fileImports(f)
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.GenDecl:
			z.fn = z.pkg
			z.stmts(d)
		case *ast.FuncDecl:
			if d.Body == nil {
				continue
			}
			key := d.Name.Name
			if d.Recv != nil && len(d.Recv.List) == 1 {
				key = recvTypeNameExpr(d.Recv.List[0].Type) + "." + key
			}
			z.fn = z.pkg + "." + key
			z.stmts(d.Body)
			if d.Type.Results != nil {
				// Bare returns of named results.
				for _, fld := range d.Type.Results.List {
					for _, id := range fld.Names {
						if rec := z.locals[id.Obj]; rec != nil {
							z.setFunc(key, rec)
						}
					}
				}
			}
			ast.Inspect(d.Body, func(n ast.Node) bool {
				if _, ok := n.(*ast.FuncLit); ok {
					return false
				}
				if ret, ok := n.(*ast.ReturnStmt); ok {
					for _, res := range ret.Results {
						if rec := z.expr(res); rec != nil {
							z.setFunc(key, rec)
							break
						}
					}
				}
				return true
			})
		}
	}
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// recvTypeNameExpr names a receiver's type: "Config" for *Config or Config[T].
func recvTypeNameExpr(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.StarExpr:
		return recvTypeNameExpr(e.X)
	case *ast.IndexExpr:
		return recvTypeNameExpr(e.X)
	case *ast.IndexListExpr:
		return recvTypeNameExpr(e.X)
	case *ast.Ident:
		return e.Name
	}
	return ""
}

func (z *summarizer) setFunc(key string, rec *keySourceFact) {
	if z.s.funcs[key] == nil {
		z.s.funcs[key] = rec
		z.changed = true
	}
}

// stmts reads the assignments, declarations, ranges, composite literals
// and calls under n.
func (z *summarizer) stmts(n ast.Node) {
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt, *ast.ValueSpec:
			for l, r := range assignments(n) {
				z.assign(l, z.expr(r))
			}
		case *ast.RangeStmt:
			if n.Value != nil {
				z.assign(n.Value, z.expr(n.X))
			}
		case *ast.CompositeLit:
			for _, el := range n.Elts {
				if kv, ok := el.(*ast.KeyValueExpr); ok {
					if id, ok := kv.Key.(*ast.Ident); ok {
						z.setField(id.Name, z.expr(kv.Value))
					}
				}
			}
		case *ast.CallExpr:
			z.effects(n)
		}
		return true
	})
}

// assign records that target l holds rec.
func (z *summarizer) assign(l ast.Expr, rec *keySourceFact) {
	if rec == nil {
		return
	}
	switch l := ast.Unparen(l).(type) {
	case *ast.Ident:
		if l.Name == "_" {
			return
		}
		if keys.NameKindOf(l.Name) != keys.NotKey && readOutsideEnv(rec.Kind) {
			rec.Reported = true // key-source reports it in its own package
		}
		if l.Obj != nil && !z.topLevel(l.Obj) {
			if z.locals[l.Obj] == nil {
				z.locals[l.Obj] = rec
				z.changed = true
			}
			return
		}
		if z.s.vars[l.Name] == nil {
			z.s.vars[l.Name] = rec
			z.changed = true
		}
	case *ast.SelectorExpr:
		if keys.NameKindOf(l.Sel.Name) != keys.NotKey && readOutsideEnv(rec.Kind) {
			rec.Reported = true
		}
		z.setField(l.Sel.Name, rec)
	case *ast.IndexExpr:
		z.assign(l.X, rec)
	case *ast.StarExpr:
		z.assign(l.X, rec)
	case *ast.UnaryExpr:
		z.assign(l.X, rec)
	}
}

func (z *summarizer) setField(name string, rec *keySourceFact) {
	if rec != nil && z.s.fields[name] == nil {
		z.s.fields[name] = rec
		z.changed = true
	}
}

// topLevel reports whether obj is declared at package level.
func (z *summarizer) topLevel(obj *ast.Object) bool { //nolint:staticcheck // SA1019: as above
	return topLevel(z.files, obj)
}

// record returns a new summary record for a read at n.
func (z *summarizer) record(n ast.Node, kind, name string) *keySourceFact {
	p := z.fset.Position(n.Pos())
	return &keySourceFact{Kind: kind, Name: name, Pos: fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line), Func: z.fn}
}

// pkgFunc returns the import path and name of a call's package-level
// callee (flag.String → "flag", "String").
func (z *summarizer) pkgFunc(fun ast.Expr) (path, name string) {
	return fileNames{imports: z.imports}.pkgFunc(fun)
}

// lit returns a string literal's value.
func lit(e ast.Expr) string {
	if b, ok := ast.Unparen(e).(*ast.BasicLit); ok && b.Kind == token.STRING {
		s, _ := strconv.Unquote(b.Value)
		return s
	}
	return ""
}

// bakedPathSyntax is bakedPath on syntax: a literal path, or filepath.Join
// of literals, outside the secret mounts.
func (z *summarizer) bakedPathSyntax(e ast.Expr) bool {
	var parts []string
	var walk func(e ast.Expr) bool
	walk = func(e ast.Expr) bool {
		if s := lit(e); s != "" {
			parts = append(parts, s)
			return true
		}
		c, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok {
			return false
		}
		if p, n := z.pkgFunc(c.Fun); n != "Join" || (p != "path/filepath" && p != "path") {
			return false
		}
		for _, a := range c.Args {
			if !walk(a) {
				return false
			}
		}
		return true
	}
	if !walk(e) {
		return false
	}
	p := strings.Join(parts, "/")
	return !strings.HasPrefix(p, "/run/secrets/") && !strings.HasPrefix(p, "/var/run/secrets/")
}

// expr returns the record of the value e holds.
func (z *summarizer) expr(e ast.Expr) *keySourceFact {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if e.Obj != nil && !z.topLevel(e.Obj) {
			return z.locals[e.Obj]
		}
		return z.s.vars[e.Name]
	case *ast.StarExpr:
		return z.expr(e.X)
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return z.expr(e.X)
		}
	case *ast.SelectorExpr:
		if p, n := z.pkgFunc(e); p != "" {
			if p == "os" && n == "Args" {
				return z.record(e, srcArgs, "")
			}
			return nil
		}
		if rec := z.s.fields[e.Sel.Name]; rec != nil {
			return rec
		}
		return z.expr(e.X)
	case *ast.IndexExpr:
		if p, n := z.pkgFunc(e.X); p == "os" && n == "Args" {
			return z.record(e, srcArgs, "")
		}
		return z.expr(e.X)
	case *ast.SliceExpr:
		return z.expr(e.X)
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			if rec := z.expr(e.X); rec != nil {
				return rec
			}
			return z.expr(e.Y)
		}
	case *ast.CallExpr:
		return z.call(e)
	}
	return nil
}

// call returns the record of a call's result.
func (z *summarizer) call(c *ast.CallExpr) *keySourceFact {
	arg := func(i int) *keySourceFact {
		if i < 0 {
			i = len(c.Args) + i
		}
		if i < 0 || i >= len(c.Args) {
			return nil
		}
		return z.expr(c.Args[i])
	}
	switch fun := ast.Unparen(c.Fun).(type) {
	case *ast.Ident:
		switch fun.Name {
		case "string", "[]byte":
			return arg(0)
		}
		return z.s.funcs[fun.Name]
	case *ast.ArrayType:
		return arg(0) // []byte(s)
	case *ast.SelectorExpr:
		path, name := z.pkgFunc(fun)
		if path == "" {
			// A method: text read out of a source value, or a method of
			// this package's types (by name).
			switch fun.Sel.Name {
			case "Text", "Bytes", "String", "ReadString", "ReadLine", "ReadBytes":
				if rec := z.expr(fun.X); rec != nil {
					return rec
				}
			}
			for k, rec := range z.s.funcs {
				if strings.HasSuffix(k, "."+fun.Sel.Name) {
					return rec
				}
			}
			return nil
		}
		id := path + ":" + name
		switch id {
		case "os:Getenv", "os:LookupEnv", "syscall:Getenv":
			if len(c.Args) != 1 {
				return nil
			}
			if n := lit(c.Args[0]); n != "" && keys.NameKindOf(n) != keys.NotKey {
				return z.record(c, srcEnv, n)
			}
			return nil
		}
		if sp, ok := sourceSpecOf(id); ok {
			if sp.target >= 0 || (sp.kind == srcFile && (len(c.Args) == 0 || !z.bakedPathSyntax(c.Args[0]))) {
				return nil
			}
			n := ""
			if sp.nameArg >= 0 && sp.nameArg < len(c.Args) {
				n = lit(c.Args[sp.nameArg])
			}
			if keys.NameKindOf(n) != keys.NotKey {
				rec := z.record(c, sp.kind, n)
				rec.Reported = true // named for a key: reported where it is read
				return rec
			}
			return z.record(c, sp.kind, n)
		}
		switch path {
		case "strings", "bytes":
			if strings.HasPrefix(name, "Trim") || strings.HasPrefix(name, "Split") || strings.HasPrefix(name, "Cut") {
				return arg(0)
			}
			switch name {
			case "Fields", "Join", "Clone", "Replace", "ReplaceAll", "ToLower", "ToUpper", "NewReader", "NewBuffer", "NewBufferString":
				return arg(0)
			}
		case "fmt":
			if strings.HasPrefix(name, "Sprint") {
				for i := range c.Args {
					if rec := arg(i); rec != nil {
						return rec
					}
				}
			}
		case "io", "io/ioutil":
			if name == "ReadAll" {
				return arg(0)
			}
		case "bufio":
			if strings.HasPrefix(name, "New") {
				return arg(0)
			}
		case "encoding/base64", "encoding/hex":
			if strings.HasPrefix(name, "Decode") {
				return arg(-1)
			}
		}
		if name == "NewDecoder" && isDecoderPkg(path) {
			return arg(0)
		}
	}
	return nil
}

// effects reads what a call writes: flag.StringVar(&v, …), a decode of file
// data into a target.
func (z *summarizer) effects(c *ast.CallExpr) {
	path, name := z.pkgFunc(c.Fun)
	if path != "" {
		id := path + ":" + name
		if sp, ok := sourceSpecOf(id); ok && sp.target >= 0 && sp.target < len(c.Args) {
			n := ""
			if sp.nameArg >= 0 && sp.nameArg < len(c.Args) {
				n = lit(c.Args[sp.nameArg])
			}
			rec := z.record(c, sp.kind, n)
			if keys.NameKindOf(n) != keys.NotKey {
				rec.Reported = true
			}
			if z.expr(c.Args[sp.target]) == nil {
				z.assign(c.Args[sp.target], rec)
			}
			return
		}
		if isDecoderPkg(path) && (name == "Unmarshal" || name == "Decode") && len(c.Args) == 2 {
			if rec := z.expr(c.Args[0]); rec != nil && z.expr(c.Args[1]) == nil {
				if rec.Kind == srcFile {
					rec = z.record(c, srcConfig, "")
				}
				z.assign(c.Args[1], rec)
			}
		}
		return
	}
	// dec.Decode(&v) on a decoder over file data.
	if sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Decode" && len(c.Args) == 1 {
		if rec := z.expr(sel.X); rec != nil && z.expr(c.Args[0]) == nil {
			if rec.Kind == srcFile {
				rec = z.record(c, srcConfig, "")
			}
			z.assign(c.Args[0], rec)
		}
	}
}
