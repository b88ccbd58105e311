package main

import (
	"os"
	"strings"
	"testing"
)

func TestParseYAML(t *testing.T) {
	m, err := parseYAML(`name: x # a comment
inputs:
  a:
    default: "q\"d"
  b:
    default: 'it''s'
runs:
  using: composite
  steps:
    - name: one
      env:
        K: ${{ inputs.a }}
      run: |
        echo 1

        echo 2
    - uses: some/action@v1
      with:
        f: ./x
`)
	if err != nil {
		t.Fatal(err)
	}
	if m.str("name") != "x" || m.sub("inputs").sub("a").str("default") != `q"d` || m.sub("inputs").sub("b").str("default") != "it's" {
		t.Errorf("scalars: %+v", m.values)
	}
	steps := m.sub("runs").get("steps").([]any)
	one, two := steps[0].(*mapping), steps[1].(*mapping)
	if one.str("run") != "echo 1\n\necho 2\n" || one.sub("env").str("K") != "${{ inputs.a }}" || two.sub("with").str("f") != "./x" {
		t.Errorf("steps: %q %+v %+v", one.str("run"), one.sub("env"), two.sub("with"))
	}
	for _, bad := range []string{"a: [1, 2]\n", "a: &x 1\n", "a: >\n  folded\n", "a: 1\na: 2\n", "a:b\n"} {
		if _, err := parseYAML(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

func TestConditions(t *testing.T) {
	vals := map[string]string{"inputs.format": "SARIF", "inputs.commits": "true", "steps.a.outputs.sarif": "/x"}
	ctx := &evalContext{lookup: func(p string) (string, bool) { v, ok := vals[p]; return v, ok }}
	for expr, want := range map[string]bool{
		"":                         true,
		"inputs.format == 'sarif'": true, // case-insensitive, as GitHub
		"inputs.format != 'sarif'": false,
		"inputs.commits == 'true' && steps.a.outputs.sarif != ''": true,
		"steps.b.outputs.sarif != ''":                             false,
		"${{ !(inputs.commits == 'true') || always() }}":          true,
	} {
		got, err := condition(expr, ctx)
		if err != nil || got != want {
			t.Errorf("%q: %v, %v; want %v", expr, got, err, want)
		}
	}
	ctx.failed = true
	if ok, _ := condition("inputs.commits == 'true'", ctx); ok {
		t.Error("after a failure, an if: without a status function ran")
	}
	if ok, _ := condition("failure()", ctx); !ok {
		t.Error("failure() after a failure is false")
	}
	for _, bad := range []string{"inputs.a[0]", "format('x')", "secrets.TOKEN", "inputs.a =="} {
		if _, err := condition(bad, ctx); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
	if s, err := interpolate("v=${{ inputs.format }}, ${{ steps.a.outputs.sarif }}", ctx); err != nil || s != "v=SARIF, /x" {
		t.Errorf("interpolate: %q, %v", s, err)
	}
}

// TestActionParses: the repository's action.yml is within the subset.
func TestActionParses(t *testing.T) {
	src, err := os.ReadFile("../../action.yml")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := parseYAML(string(src)); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := printWorkflow(&b, "../../action.yml"); err != nil || !strings.Contains(b.String(), "workflow_call") {
		t.Fatalf("printWorkflow: %v", err)
	}
}
