package main

import (
	"fmt"
	"strconv"
	"strings"
)

// The YAML subset action.yml is written in: block mappings, block
// sequences of mappings ("- key: value"), literal block scalars ("|"),
// plain, single- and double-quoted scalars, and comments. Anything else
// (flow collections, anchors, folded scalars, tabs) is an error, so the
// action cannot grow a construct this runner would misread.

// node is a parsed value: string, *mapping or []any.
type mapping struct {
	keys   []string
	values map[string]any
}

func (m *mapping) get(k string) any { return m.values[k] }

func (m *mapping) str(k string) string {
	s, _ := m.values[k].(string)
	return s
}

func (m *mapping) sub(k string) *mapping {
	s, _ := m.values[k].(*mapping)
	return s
}

type line struct {
	no     int // 1-based
	indent int
	text   string // without the indentation
}

type parser struct {
	lines []line
	raw   []string
	i     int
}

func parseYAML(src string) (*mapping, error) {
	p := &parser{raw: strings.Split(src, "\n")}
	for i, l := range p.raw {
		if strings.Contains(l, "\t") && strings.TrimLeft(l, " ") != "" && strings.HasPrefix(strings.TrimLeft(l, " "), "\t") {
			return nil, fmt.Errorf("line %d: tab indentation", i+1)
		}
		t := strings.TrimLeft(l, " ")
		p.lines = append(p.lines, line{no: i + 1, indent: len(l) - len(t), text: strings.TrimRight(t, " ")})
	}
	p.skipBlank()
	m, err := p.mapping(0)
	if err != nil {
		return nil, err
	}
	if p.skipBlank(); p.i < len(p.lines) {
		return nil, fmt.Errorf("line %d: unexpected %q", p.lines[p.i].no, p.lines[p.i].text)
	}
	return m, nil
}

func (p *parser) skipBlank() {
	for p.i < len(p.lines) && (p.lines[p.i].text == "" || strings.HasPrefix(p.lines[p.i].text, "#")) {
		p.i++
	}
}

// mapping parses "key: …" lines at exactly indent.
func (p *parser) mapping(indent int) (*mapping, error) {
	m := &mapping{values: map[string]any{}}
	for p.skipBlank(); p.i < len(p.lines) && p.lines[p.i].indent == indent && !strings.HasPrefix(p.lines[p.i].text, "- "); p.skipBlank() {
		l := p.lines[p.i]
		if err := p.entry(m, l.text, indent, l.no); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// entry parses one "key: value" whose text starts at column indent, and
// what belongs to it on the following lines.
func (p *parser) entry(m *mapping, text string, indent, no int) error {
	key, rest, ok := strings.Cut(text, ":")
	if !ok || key == "" || strings.ContainsAny(key, "\"'{}[]&*!|>") {
		return fmt.Errorf("line %d: want key: value, got %q", no, text)
	}
	if _, dup := m.values[key]; dup {
		return fmt.Errorf("line %d: duplicate key %q", no, key)
	}
	if rest != "" && rest[0] != ' ' {
		return fmt.Errorf("line %d: want a space after %q:", no, key)
	}
	rest = strings.TrimSpace(rest)
	p.i++
	var v any
	var err error
	switch {
	case rest == "|":
		v = p.block(indent)
	case rest == "" || strings.HasPrefix(rest, "#"):
		p.skipBlank()
		if p.i >= len(p.lines) || p.lines[p.i].indent < indent ||
			(p.lines[p.i].indent == indent && !strings.HasPrefix(p.lines[p.i].text, "- ")) {
			v = ""
			break
		}
		child := p.lines[p.i].indent
		if strings.HasPrefix(p.lines[p.i].text, "- ") {
			v, err = p.sequence(child)
		} else if child > indent {
			v, err = p.mapping(child)
		} else {
			err = fmt.Errorf("line %d: bad indentation", p.lines[p.i].no)
		}
	default:
		v, err = scalar(rest, no)
	}
	if err != nil {
		return err
	}
	m.keys = append(m.keys, key)
	m.values[key] = v
	return nil
}

// sequence parses "- key: value" items at indent, each a mapping.
func (p *parser) sequence(indent int) ([]any, error) {
	var items []any
	for p.skipBlank(); p.i < len(p.lines) && p.lines[p.i].indent == indent && strings.HasPrefix(p.lines[p.i].text, "- "); p.skipBlank() {
		l := p.lines[p.i]
		m := &mapping{values: map[string]any{}}
		if err := p.entry(m, strings.TrimPrefix(l.text, "- "), indent+2, l.no); err != nil {
			return nil, err
		}
		for p.skipBlank(); p.i < len(p.lines) && p.lines[p.i].indent == indent+2; p.skipBlank() {
			if err := p.entry(m, p.lines[p.i].text, indent+2, p.lines[p.i].no); err != nil {
				return nil, err
			}
		}
		items = append(items, m)
	}
	return items, nil
}

// block reads a literal block scalar ("|", clip chomping) whose lines are
// indented more than the key's indent.
func (p *parser) block(indent int) string {
	var out []string
	blockIndent := -1
	for ; p.i < len(p.lines); p.i++ {
		l := p.lines[p.i]
		if l.text == "" {
			out = append(out, "")
			continue
		}
		if l.indent <= indent {
			break
		}
		if blockIndent < 0 {
			blockIndent = l.indent
		}
		raw := p.raw[l.no-1]
		if len(raw) >= blockIndent {
			raw = raw[blockIndent:]
		}
		out = append(out, raw)
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return strings.Join(out, "\n") + "\n"
}

func scalar(s string, no int) (string, error) {
	switch s[0] {
	case '\'':
		if len(s) < 2 || !strings.HasSuffix(s, "'") {
			return "", fmt.Errorf("line %d: unterminated quoted string", no)
		}
		return strings.ReplaceAll(s[1:len(s)-1], "''", "'"), nil
	case '"':
		v, err := strconv.Unquote(s)
		if err != nil {
			return "", fmt.Errorf("line %d: double-quoted string: %w", no, err)
		}
		return v, nil
	case '[', '{', '&', '*', '!', '>', '|', '@', '`':
		return "", fmt.Errorf("line %d: unsupported YAML %q", no, s)
	}
	if i := strings.Index(s, " #"); i >= 0 {
		s = strings.TrimSpace(s[:i])
	}
	return s, nil
}
