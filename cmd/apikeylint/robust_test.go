package main

// robust_test.go runs the CLI on code built to break linters: cgo,
// generics, a 1 MB literal, a 100k-line file, invalid UTF-8, a package of
// _test.go files only, ill-typed and unparsable code. Each must give its
// findings or a clear error, never a panic. The big files are generated
// here rather than committed.

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// Fake keys in WaveSpeed's format (64 hex characters).
const (
	robustKeyCgo   = "3f9a1c7e5b2d8f4a6c0e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f2a4c6e8b0d1f3a"
	robustKeyBig   = "7b2e9d4a1f6c3e8b5a0d7f2c9e4b1a6d3f8c5e0b7a2d9f4c1e6b3a8d5f0c7e2b"
	robustKeyLines = "e4c8a2f6b0d3e7a1c5f9b2d6e0a4c8f1b5d9e3a7c0f4b8d2e6a9c3f7b1d5e8a2"
	robustKeyUTF8  = "a1d5f9c3e7b0a4d8f2c6e9b3a7d1f5c8e2b6a0d4f7c1e5b9a3d6f0c4e8b2a5d9"
	robustKeyIll   = "c6e0b4a8d2f5c9e3b7a1d4f8c2e6b0a3d7f1c5e9b2a6d0f4c7e1b5a9d3f6c0e4"
)

func TestRobustness(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the apikeylint binary; skipped with -short")
	}
	bin := vetBuildTool(t, "go")
	dir := t.TempDir()

	var big strings.Builder // a 1 MB literal of base64-like text
	big.WriteString("package bigliteral\n\nvar blob = \"")
	for big.Len() < 1<<20 {
		big.WriteString("QmlnIGxpdGVyYWwgZGF0YSBmb3IgYXBpa2V5bGludCByb2J1c3RuZXNz")
	}
	big.WriteString("\"\n\nvar wavespeedAPIKey = \"" + robustKeyBig + "\"\n")

	var lines strings.Builder // 100,000 lines, the key on the last one
	lines.WriteString("package bigfile\n\n")
	for i := 3; i < 100_000; i++ {
		fmt.Fprintf(&lines, "var v%d = %d\n", i, i)
	}
	lines.WriteString("var wavespeedAPIKey = \"" + robustKeyLines + "\"\n")

	files := map[string]string{
		"go.mod": "module robust\n\ngo 1.26\n",
		"cgo/cgo.go": "package cgo\n\n/*\nstatic int add(int a, int b) { return a + b; }\n*/\nimport \"C\"\n\n" +
			"var wavespeedAPIKey = \"" + robustKeyCgo + "\"\n\n" +
			"func Add(a, b int) int { return int(C.add(C.int(a), C.int(b))) }\n",
		"generics/g.go": "package generics\n\nimport (\n\t\"net/http\"\n\t\"os\"\n)\n\n" +
			"type Key interface{ ~string }\n\n" +
			"func Send[K Key](req *http.Request, apiKey K) {\n\treq.Header.Set(\"Authorization\", \"Bearer:\"+string(apiKey))\n}\n\n" +
			"func Map[T, U any](xs []T, f func(T) U) []U {\n\tvar out []U\n\tfor _, x := range xs {\n\t\tout = append(out, f(x))\n\t}\n\treturn out\n}\n\n" +
			"func Use(req *http.Request) { Send(req, os.Getenv(\"WAVESPEED_API_KEY\")) }\n",
		"bigliteral/big.go": big.String(),
		"bigfile/big.go":    lines.String(),
		"utf8/u.go": "package utf8\n\nvar (\n\tname = \"caf\\xe9\"\n\twavespeedToken = \"\\xff\\xfe" + robustKeyUTF8[:40] + "\"\n" +
			"\twavespeedAPIKey = \"" + robustKeyUTF8 + "\"\n)\n",
		"rawutf8/r.go":       "package rawutf8\n\n// caf\xe9\nvar x = 1\n",
		"testonly/x_test.go": "package testonly\n\nimport (\n\t\"net/http\"\n\t\"os\"\n\t\"testing\"\n)\n\nfunc TestX(t *testing.T) {\n\treq, _ := http.NewRequest(\"GET\", \"https://api.wavespeed.ai/api/v3/x\", nil)\n\treq.Header.Set(\"Authorization\", os.Getenv(\"WAVESPEED_API_KEY\"))\n}\n",
		"illtyped/i.go":      "package illtyped\n\nvar wavespeedAPIKey int = \"" + robustKeyIll + "\"\n",
		"syntax/s.go":        "package syntax\n\nfunc f( {\n",
	}
	for name, text := range files {
		if err := writeFile(filepath.Join(dir, name), text); err != nil {
			t.Fatal(err)
		}
	}

	for _, tc := range []struct {
		pkg      string
		wantCode int
		want     []string // substrings of the output
	}{
		{"./cgo", 3, []string{"cgo.go:8:23: hardcoded-key: WaveSpeed API key \"3f9a…\" (64 chars)"}},
		{"./generics", 3, []string{"g.go:11:", "bearer-scheme: Authorization value writes the scheme as \"Bearer:\""}},
		{"./bigliteral", 3, []string{"big.go:5:23: hardcoded-key: WaveSpeed API key \"7b2e…\""}},
		{"./bigfile", 3, []string{"big.go:100000:23: hardcoded-key: WaveSpeed API key \"e4c8…\""}},
		{"./utf8", 3, []string{"u.go:6:20: hardcoded-key: WaveSpeed API key \"a1d5…\""}},
		{"./testonly", 3, []string{"x_test.go:11:", "bearer-scheme: ", "no \"Bearer \" prefix"}},
		{"./rawutf8", 1, []string{"illegal UTF-8 encoding"}},
		{"./illtyped", 1, []string{"cannot use", "c6e0…(64 chars)"}},
		{"./syntax", 1, []string{"expected"}},
	} {
		t.Run(strings.TrimPrefix(tc.pkg, "./"), func(t *testing.T) {
			out, code := vetRun(t, dir, bin, tc.pkg)
			if code != tc.wantCode {
				t.Errorf("apikeylint %s: exit %d, want %d\n%.2000s", tc.pkg, code, tc.wantCode, out)
			}
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("apikeylint %s: output lacks %q:\n%.2000s", tc.pkg, w, out)
				}
			}
			if strings.Contains(out, "panic") || strings.Contains(out, "goroutine ") {
				t.Errorf("apikeylint %s panicked:\n%.4000s", tc.pkg, out)
			}
			for _, k := range []string{robustKeyCgo, robustKeyBig, robustKeyLines, robustKeyUTF8, robustKeyUTF8[:40], robustKeyIll} {
				if strings.Contains(out, k) {
					t.Errorf("apikeylint %s prints a whole key (%.4s…)", tc.pkg, k)
				}
			}
		})
	}
}
