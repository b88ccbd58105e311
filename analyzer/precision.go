package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"github.com/apikeylint/apikeylint/analyzer/keys"
)

// Precision rules shared by the checks: what the file around a value says
// about it. Each answer is computed once per file and run.

// precision holds the per-run caches of this file's rules.
type precision struct {
	nearby    map[*ast.File][]string
	testFeeds map[*ast.File]bool
	oauth     map[*ast.File]oauthClient
	viper     *viperUse
	homeFns   map[*types.Func]bool
	homeVars  map[*types.Var]bool
}

func (r *run) precision() *precision {
	if r.prec == nil {
		r.prec = &precision{
			nearby:    map[*ast.File][]string{},
			testFeeds: map[*ast.File]bool{},
			oauth:     map[*ast.File]oauthClient{},
		}
	}
	return r.prec
}

// contextWords are the words that tie a bare key format (64 hex) to its
// provider: the ContextWords of the registry formats that need context.
var contextWords = func() []string {
	var out []string
	for _, p := range keys.Providers() {
		if p.NeedsContext {
			out = append(out, p.ContextWords...)
		}
	}
	return out
}()

// nearbyWords returns the provider context words the file holding pos
// mentions in an import path, its package name, an identifier or a string
// constant: a file that talks to WaveSpeed says "wavespeed" somewhere in
// its code (an SDK import, api.wavespeed.ai, WAVESPEED_API_KEY), not only
// in a comment.
func (r *run) nearbyWords(pos token.Pos) []string {
	f := r.fileOf(pos)
	if f == nil {
		return nil
	}
	p := r.precision()
	if w, ok := p.nearby[f]; ok {
		return w
	}
	found := map[string]bool{}
	look := func(s string) {
		if len(s) < 5 {
			return
		}
		l := strings.ToLower(s)
		for _, w := range contextWords {
			if strings.Contains(l, w) {
				found[w] = true
			}
		}
	}
	look(r.pass.Pkg.Name())
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			look(n.Name)
		case *ast.BasicLit:
			if n.Kind == token.STRING {
				if v, err := strconv.Unquote(n.Value); err == nil {
					look(v)
				}
			}
		}
		return true
	})
	var out []string
	for _, w := range contextWords {
		if found[w] {
			out = append(out, w)
		}
	}
	p.nearby[f] = out
	return out
}

// keyContext is the key model's context for a value at pos: the names
// beside it, and the provider words of its file (see keys.Context.Scoped).
func (r *run) keyContext(names []string, header bool, pos token.Pos) keys.Context {
	return keys.Context{Names: names, Header: header, Scoped: true, Nearby: r.nearbyWords(pos)}
}

// testVectorFile reports whether pos is in a _test.go file that feeds its
// values to a signer, a validator or a mock server: it starts an httptest
// server, or calls a function whose name says sign, verify, validate or
// HMAC. A bare key format (64 hex) there is a test vector, whatever it is
// named.
func (r *run) testVectorFile(pos token.Pos) bool {
	if !r.isTestFile(pos) {
		return false
	}
	f := r.fileOf(pos)
	if f == nil {
		return false
	}
	p := r.precision()
	if v, ok := p.testFeeds[f]; ok {
		return v
	}
	v := false
	ast.Inspect(f, func(n ast.Node) bool {
		if v {
			return false
		}
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		name := ""
		switch fun := ast.Unparen(call.Fun).(type) {
		case *ast.Ident:
			name = fun.Name
		case *ast.SelectorExpr:
			name = fun.Sel.Name
			if x, ok := fun.X.(*ast.Ident); ok && (x.Name == "httptest" || x.Name == "hmac") {
				v = true
			}
		}
		for _, w := range keys.Words(name) {
			switch w {
			case "sign", "signer", "signature", "verify", "verifier", "validate", "validator", "hmac", "mac":
				v = true
			}
		}
		return true
	})
	p.testFeeds[f] = v
	return v
}

// talksToWaveSpeed reports whether the file holding pos talks to WaveSpeed
// (see nearbyWords).
func (r *run) talksToWaveSpeed(pos token.Pos) bool {
	for _, w := range r.nearbyWords(pos) {
		if keys.IsWaveSpeedName(w) {
			return true
		}
	}
	return false
}
