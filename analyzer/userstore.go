package analyzer

import (
	"bytes"
	"go/ast"
	"go/token"
	"go/types"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/apikeylint/apikeylint/analyzer/keys"
)

// Per-user credential stores in more shapes: the tool's own login writes
// the key under the user's home or config directory, and the tool reads it
// back. The home directory may be named
//
//   - by a function of this package that computes it (defaultConfigPath()
//     calling os.UserHomeDir), or of another package whose name says so
//     (paths.ConfigDir(), xdg.ConfigHome);
//   - by a variable built from it (cfgPath := filepath.Join(home, ".chat.yaml"));
//   - in another package of the module: a `serve` command reads viper's
//     keys while the root command points viper at the home directory.

// userDirCall reports whether call returns the user's home or config
// directory, or a path under it: a call of a function of this package that
// names it, or of another package's function whose name says so.
func (r *run) userDirCall(call *ast.CallExpr) bool {
	fn, _ := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	if fn.Pkg() == r.pass.Pkg {
		return r.homeFuncs()[fn.Origin()]
	}
	ws := append(keys.Words(fn.Pkg().Name()), keys.Words(fn.Name())...)
	has := func(w string) bool {
		for _, x := range ws {
			if x == w {
				return true
			}
		}
		return false
	}
	switch {
	case has("home") && !has("page"),
		has("xdg"), has("homedir"), has("appdir"), has("appdirs"), has("configdir"), has("userdir"),
		(has("config") || has("data") || has("state") || has("credentials")) && (has("dir") || has("home")):
		return true
	}
	return false
}

// homeFuncs returns, once per run, the functions of this package whose
// body names the user's home or config directory, directly or through
// another such function.
func (r *run) homeFuncs() map[*types.Func]bool {
	p := r.precision()
	if p.homeFns != nil {
		return p.homeFns
	}
	p.homeFns = map[*types.Func]bool{}
	type decl struct {
		fn   *types.Func
		body *ast.BlockStmt
	}
	var decls []decl
	for _, f := range r.pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				if fn, ok := r.pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
					decls = append(decls, decl{fn, fd.Body})
				}
			}
		}
	}
	for changed := true; changed; {
		changed = false
		for _, d := range decls {
			if p.homeFns[d.fn] {
				continue
			}
			home := false
			ast.Inspect(d.body, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.BasicLit:
					home = home || homeLiteral(n)
				case *ast.CallExpr:
					if fn, _ := typeutil.Callee(r.pass.TypesInfo, n).(*types.Func); fn != nil && fn.Pkg() != nil {
						home = home || userDirFunc(fn) || fn.Pkg() == r.pass.Pkg && p.homeFns[fn.Origin()]
					}
				}
				return !home
			})
			if home {
				p.homeFns[d.fn] = true
				changed = true
			}
		}
	}
	return p.homeFns
}

// userDirFunc reports whether fn is a standard or well-known library
// function that returns the user's home or config directory.
func userDirFunc(fn *types.Func) bool {
	switch p := fn.Pkg().Path(); {
	case p == "os" && (fn.Name() == "UserHomeDir" || fn.Name() == "UserConfigDir"),
		p == "github.com/mitchellh/go-homedir", p == "github.com/adrg/xdg", p == "os/user":
		return true
	}
	return false
}

// homeLiteral reports whether a string literal names the home directory.
func homeLiteral(n *ast.BasicLit) bool {
	if n.Kind != token.STRING {
		return false
	}
	v, err := strconv.Unquote(n.Value)
	return err == nil && (strings.HasPrefix(v, "~/") || strings.Contains(v, "$HOME") || strings.Contains(v, "${HOME}") || strings.Contains(v, "XDG_CONFIG_HOME"))
}

// homeDerived reports whether v is built from the user's home or config
// directory: assigned from an expression that names it (a user-directory
// call, a home literal, or another such variable).
func (r *run) homeDerived(v *types.Var) bool {
	p := r.precision()
	if p.homeVars == nil {
		p.homeVars = map[*types.Var]bool{}
		for changed := true; changed; {
			changed = false
			for cur := range r.insp.Root().Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)) {
				for l, rhs := range assignments(cur.Node()) {
					lv, ok := r.objOf(l).(*types.Var)
					if !ok || p.homeVars[lv] || !r.namesHome(rhs, p.homeVars) {
						continue
					}
					p.homeVars[lv] = true
					changed = true
				}
			}
		}
	}
	return p.homeVars[v]
}

// namesHome reports whether e names the user's home or config directory.
func (r *run) namesHome(e ast.Expr, vars map[*types.Var]bool) bool {
	home := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BasicLit:
			home = home || homeLiteral(n)
		case *ast.CallExpr:
			if fn, _ := typeutil.Callee(r.pass.TypesInfo, n).(*types.Func); fn != nil && fn.Pkg() != nil {
				home = home || userDirFunc(fn) || r.userDirCall(n)
			}
		case *ast.Ident:
			if v, ok := r.pass.TypesInfo.Uses[n].(*types.Var); ok && vars[v] {
				home = true
			}
		}
		return !home
	})
	return home
}

// viperConfigured reports whether this package points viper at a config
// file or directory itself.
func (r *run) viperConfigured() bool {
	for cur := range r.insp.Root().Preorder((*ast.CallExpr)(nil)) {
		fn, _ := typeutil.Callee(r.pass.TypesInfo, cur.Node().(*ast.CallExpr)).(*types.Func)
		if fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == viperPath {
			switch fn.Name() {
			case "AddConfigPath", "SetConfigFile", "SetConfigName", "ReadInConfig", "ReadConfig", "MergeInConfig":
				return true
			}
		}
	}
	return false
}

// moduleUserStore reports whether this package reads viper's global
// config without configuring it, and another file of its module points
// viper at the user's home or config directory (and none at the working
// directory): a `serve` command reading the config its root command set
// up.
func (r *run) moduleUserStore() bool {
	if r.viperConfigured() || len(r.pass.Files) == 0 {
		return false
	}
	dir := filepath.Dir(r.pass.Fset.File(r.pass.Files[0].Pos()).Name())
	root := moduleRoot(dir)
	if root == "" {
		return false
	}
	v, _ := r.s.summaries.moduleStores.LoadOrStore(root, sync.OnceValue(func() bool { return scanModuleStore(root) }))
	return v.(func() bool)()
}

// moduleRoot returns the directory of the go.mod above dir, or, in a
// GOPATH tree, the top directory under src.
func moduleRoot(dir string) string {
	for d, i := dir, 0; i < 12; d, i = filepath.Dir(d), i+1 {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
		if filepath.Base(filepath.Dir(d)) == "src" {
			return d
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	return ""
}

// scanModuleStore reads the module's Go files (not tests, vendor or
// testdata) for a viper config set up under the home directory.
func scanModuleStore(root string) bool {
	home, cwd := false, false
	n := 0
	_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			name := d.Name()
			if path != root && (name == "vendor" || name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return filepath.SkipDir
			}
			if path != root {
				if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil {
					return filepath.SkipDir // another module
				}
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		n++
		if n > 20000 {
			return filepath.SkipAll
		}
		data, err := os.ReadFile(path) //nolint:gosec // G122: reads the user's own source files for a config set-up; a symlink swapped in meanwhile gains nothing

		if err != nil || !bytes.Contains(data, []byte("AddConfigPath(")) && !bytes.Contains(data, []byte("SetConfigFile(")) {
			return nil
		}
		if bytes.Contains(data, []byte(`AddConfigPath(".")`)) {
			cwd = true
		}
		for _, m := range []string{"UserHomeDir", "UserConfigDir", "homedir.", "xdg.", "$HOME", `"~/`} {
			if bytes.Contains(data, []byte(m)) {
				home = true
			}
		}
		return nil
	})
	return home && !cwd
}
