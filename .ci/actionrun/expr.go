package main

import (
	"fmt"
	"strings"
)

// The subset of GitHub Actions expressions that action.yml uses: context
// paths (inputs.x, github.x.y, steps.id.outputs.x, runner.temp, env.x),
// 'string' literals, == and != (case-insensitive, as GitHub compares
// strings), !, && and ||, parentheses, and the status functions success(),
// failure(), always() and cancelled(). Anything else is an error.

// value is an expression's value: a string, a boolean, or null (a path
// that does not resolve).
type value struct {
	kind byte // 's', 'b' or 'n'
	s    string
	b    bool
}

func (v value) truthy() bool {
	switch v.kind {
	case 'b':
		return v.b
	case 's':
		return v.s != ""
	}
	return false
}

func (v value) String() string {
	switch v.kind {
	case 'b':
		if v.b {
			return "true"
		}
		return "false"
	case 's':
		return v.s
	}
	return ""
}

// evalContext resolves context paths and status functions.
type evalContext struct {
	lookup func(path string) (string, bool)
	failed bool // a previous step failed
}

type exprParser struct {
	toks []string
	i    int
	ctx  *evalContext
	// usesStatus records whether the expression calls a status function
	// (an if: without one means success() && …).
	usesStatus bool
}

func tokenize(s string) ([]string, error) {
	var toks []string
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ':
			i++
		case c == '\'':
			j := i + 1
			for {
				k := strings.IndexByte(s[j:], '\'')
				if k < 0 {
					return nil, fmt.Errorf("unterminated string in %q", s)
				}
				j += k + 1
				if j < len(s) && s[j] == '\'' {
					j++
					continue
				}
				break
			}
			toks = append(toks, s[i:j])
			i = j
		case strings.HasPrefix(s[i:], "==") || strings.HasPrefix(s[i:], "!=") || strings.HasPrefix(s[i:], "&&") || strings.HasPrefix(s[i:], "||"):
			toks = append(toks, s[i:i+2])
			i += 2
		case c == '!' || c == '(' || c == ')':
			toks = append(toks, s[i:i+1])
			i++
		case c == '_' || c == '.' || c == '-' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9':
			j := i
			for j < len(s) && (s[j] == '_' || s[j] == '.' || s[j] == '-' || s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z' || s[j] >= '0' && s[j] <= '9') {
				j++
			}
			toks = append(toks, s[i:j])
			i = j
		default:
			return nil, fmt.Errorf("unsupported character %q in expression %q", c, s)
		}
	}
	return toks, nil
}

// evalExpr evaluates one expression (without ${{ }}).
func evalExpr(s string, ctx *evalContext) (value, bool, error) {
	toks, err := tokenize(s)
	if err != nil {
		return value{}, false, err
	}
	p := &exprParser{toks: toks, ctx: ctx}
	v, err := p.or()
	if err == nil && p.i < len(p.toks) {
		err = fmt.Errorf("unexpected %q in expression %q", p.toks[p.i], s)
	}
	return v, p.usesStatus, err
}

func (p *exprParser) peek() string {
	if p.i < len(p.toks) {
		return p.toks[p.i]
	}
	return ""
}

func (p *exprParser) or() (value, error) {
	v, err := p.and()
	for err == nil && p.peek() == "||" {
		p.i++
		var r value
		if r, err = p.and(); v.truthy() {
			continue
		}
		v = r
	}
	return v, err
}

func (p *exprParser) and() (value, error) {
	v, err := p.cmp()
	for err == nil && p.peek() == "&&" {
		p.i++
		var r value
		if r, err = p.cmp(); !v.truthy() {
			continue
		}
		v = r
	}
	return v, err
}

func (p *exprParser) cmp() (value, error) {
	v, err := p.unary()
	if err != nil {
		return v, err
	}
	if op := p.peek(); op == "==" || op == "!=" {
		p.i++
		r, err := p.unary()
		if err != nil {
			return v, err
		}
		eq := strings.EqualFold(v.String(), r.String())
		if v.kind == 'n' || r.kind == 'n' {
			eq = v.kind == r.kind || v.String() == r.String()
		}
		return value{kind: 'b', b: eq == (op == "==")}, nil
	}
	return v, nil
}

func (p *exprParser) unary() (value, error) {
	switch t := p.peek(); {
	case t == "!":
		p.i++
		v, err := p.unary()
		return value{kind: 'b', b: !v.truthy()}, err
	case t == "(":
		p.i++
		v, err := p.or()
		if err == nil && p.peek() != ")" {
			err = fmt.Errorf("missing )")
		}
		p.i++
		return v, err
	case strings.HasPrefix(t, "'"):
		p.i++
		return value{kind: 's', s: strings.ReplaceAll(t[1:len(t)-1], "''", "'")}, nil
	case t == "true" || t == "false":
		p.i++
		return value{kind: 'b', b: t == "true"}, nil
	case t == "":
		return value{}, fmt.Errorf("expression ends too early")
	}
	t := p.peek()
	p.i++
	if p.peek() == "(" {
		p.i++
		if p.peek() != ")" {
			return value{}, fmt.Errorf("function %s: arguments are not supported", t)
		}
		p.i++
		p.usesStatus = true
		switch t {
		case "success":
			return value{kind: 'b', b: !p.ctx.failed}, nil
		case "failure":
			return value{kind: 'b', b: p.ctx.failed}, nil
		case "always":
			return value{kind: 'b', b: true}, nil
		case "cancelled":
			return value{kind: 'b', b: false}, nil
		}
		return value{}, fmt.Errorf("unsupported function %s()", t)
	}
	root, _, _ := strings.Cut(t, ".")
	switch root {
	case "inputs", "github", "steps", "runner", "env":
	default:
		return value{}, fmt.Errorf("unsupported context %q", t)
	}
	if s, ok := p.ctx.lookup(t); ok {
		return value{kind: 's', s: s}, nil
	}
	return value{kind: 'n'}, nil
}

// interpolate replaces each ${{ expr }} in s with its value.
func interpolate(s string, ctx *evalContext) (string, error) {
	var b strings.Builder
	for {
		i := strings.Index(s, "${{")
		if i < 0 {
			b.WriteString(s)
			return b.String(), nil
		}
		j := strings.Index(s[i:], "}}")
		if j < 0 {
			return "", fmt.Errorf("unterminated ${{ in %q", s)
		}
		v, _, err := evalExpr(strings.TrimSpace(s[i+3:i+j]), ctx)
		if err != nil {
			return "", err
		}
		b.WriteString(s[:i])
		b.WriteString(v.String())
		s = s[i+j+2:]
	}
}

// condition evaluates a step's if: (with or without ${{ }}); without a
// status function it means success() && (if).
func condition(s string, ctx *evalContext) (bool, error) {
	if s == "" {
		return !ctx.failed, nil
	}
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "${{") && strings.HasSuffix(s, "}}") {
		s = strings.TrimSpace(s[3 : len(s)-2])
	}
	v, usesStatus, err := evalExpr(s, ctx)
	if err != nil {
		return false, err
	}
	if !usesStatus && ctx.failed {
		return false, nil
	}
	return v.truthy(), nil
}
