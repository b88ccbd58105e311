package main

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The structured path: -format=json, -format=sarif, -format=github and
// -baseline. main runs
// the analysis as child processes with the driver's -json (one per pass of
// the js/wasm split), merges their JSON into one set of findings, gives each
// a fingerprint, drops those in the baseline, and prints the rest in the
// asked format. The children's stderr (package errors) passes through; all
// of it, like this process's output, goes through the redacting parent.

// jsonDiag is one diagnostic of the driver's -json output (only decoded:
// the fields' order is free): what it says, the fixes, where, and the
// related locations.
type jsonDiag struct {
	Category       string        `json:"category"`
	Message        string        `json:"message"`
	SuggestedFixes []jsonFix     `json:"suggested_fixes"`
	Posn           string        `json:"posn"`
	End            string        `json:"end"`
	Related        []jsonRelated `json:"related"`
}

type jsonFix struct {
	Message string     `json:"message"`
	Edits   []jsonEdit `json:"edits"`
}

type jsonEdit struct {
	Filename string `json:"filename"`
	Start    int    `json:"start"` // byte offsets, end exclusive
	End      int    `json:"end"`
	New      string `json:"new"`
}

type jsonRelated struct {
	Posn    string `json:"posn"`
	End     string `json:"end"`
	Message string `json:"message"`
}

// position is a parsed "file:line:col".
type position struct {
	file      string
	line, col int // 1-based; col in bytes, 0 when unknown
}

// parsePosn parses token.Position.String() output: "file:line:col",
// "file:line", "file" or "-". The file may itself hold colons.
func parsePosn(s string) position {
	var nums []int
	rest := s
	for range 2 {
		i := strings.LastIndexByte(rest, ':')
		if i < 0 {
			break
		}
		n, err := strconv.Atoi(rest[i+1:])
		if err != nil {
			break
		}
		nums = append([]int{n}, nums...)
		rest = rest[:i]
	}
	p := position{file: rest}
	if len(nums) > 0 {
		p.line = nums[0]
	}
	if len(nums) > 1 {
		p.col = nums[1]
	}
	return p
}

// finding is one unique diagnostic of the run.
type finding struct {
	jsonDiag
	pos, end    position
	rel         string // file relative to the source root, slash-separated
	fingerprint string
	isNew       bool // not in the baseline (always true without one)
}

// key identifies a diagnostic reported in several packages (p and p.test).
func (d jsonDiag) key() string {
	return d.Category + "\x00" + d.Posn + "\x00" + d.End + "\x00" + d.Message
}

// analysisResult is the merged output of the passes.
type analysisResult struct {
	tree     map[string]map[string]json.RawMessage // package → analyzer → result, as printed
	findings []*finding                            // unique, sorted by file and position
	byKey    map[string]*finding
	errors   []string // analysis errors ("pkg: analyzer: error")
}

// runStructured runs the analysis for the structured path and prints its
// result; it returns the exit code.
func runStructured(opts cliOptions, args []string) int {
	var base *baseline
	if opts.baseline != "" && !opts.updateBaseline {
		b, err := readBaseline(opts.baseline)
		if err != nil {
			fmt.Fprintf(os.Stderr, "apikeylint: %v\n", err)
			return 2
		}
		base = b
	}
	self, err := os.Executable()
	if err != nil {
		fmt.Fprintf(os.Stderr, "apikeylint: %v\n", err)
		return 1
	}
	given, patterns := splitArgs(args)
	tail := args[len(given):] // the patterns, after any "--"
	// -v means the baseline summary here; the driver would print its load
	// log for it.
	flags := slices.DeleteFunc(slices.Clone(given), func(f string) bool {
		name, _, _ := strings.Cut(strings.TrimLeft(f, "-"), "=")
		return name == "v"
	})
	flags = append(flags, "-json")
	type pass struct{ args, env []string }
	var passes []pass
	if host, web, ok := splitPackages(flags, patterns); ok {
		if len(host) > 0 {
			passes = append(passes, pass{append(slices.Clone(flags), host...), nil})
		}
		passes = append(passes, pass{append(slices.Clone(flags), web...), webEnv})
	} else {
		passes = append(passes, pass{append(flags, tail...), nil})
	}
	var outs [][]byte
	var codes []int
	for _, p := range passes {
		out, code := runJSONChild(self, p.args, p.env)
		outs = append(outs, out)
		codes = append(codes, code)
	}
	res, err := mergeJSON(outs)
	if err != nil {
		fmt.Fprintf(os.Stderr, "apikeylint: %v\n", err)
		return 1
	}
	root := sourceRoot()
	src := newSources()
	res.fingerprint(root, src)
	for _, e := range res.errors {
		fmt.Fprintln(os.Stderr, e)
	}
	failed := worstCode(codes) != 0 || len(res.errors) > 0

	if opts.updateBaseline {
		if failed {
			fmt.Fprintf(os.Stderr, "apikeylint: baseline %s not written: the analysis failed (see above)\n", opts.baseline)
			return 1
		}
		if err := writeBaseline(opts.baseline, res.findings); err != nil {
			fmt.Fprintf(os.Stderr, "apikeylint: %v\n", err)
			return 1
		}
		fmt.Fprintf(os.Stderr, "apikeylint: recorded %s in baseline %s\n", plural(len(res.findings), "finding"), opts.baseline)
		return 0
	}
	if base != nil {
		stale := base.apply(res.findings)
		if opts.verbose {
			newN := 0
			for _, f := range res.findings {
				if f.isNew {
					newN++
				}
			}
			fmt.Fprintf(os.Stderr, "apikeylint: baseline %s: %d new, %d in the baseline; %d of %d entries no longer match a finding",
				opts.baseline, newN, len(res.findings)-newN, stale, len(base.Findings))
			if stale > 0 {
				fmt.Fprint(os.Stderr, " (prune them with -update-baseline)")
			}
			fmt.Fprintln(os.Stderr)
		}
	}

	var newFindings []*finding
	for _, f := range res.findings {
		if f.isNew {
			newFindings = append(newFindings, f)
		}
	}
	var werr error
	switch opts.outputFormat() {
	case "json":
		werr = writeJSONTree(os.Stdout, res)
	case "sarif":
		werr = writeSARIF(os.Stdout, newFindings, root, src)
	case "github":
		werr = writeGitHub(os.Stdout, newFindings, root, src)
	default:
		writeText(os.Stderr, newFindings, opts.context, src)
	}
	if werr != nil {
		fmt.Fprintf(os.Stderr, "apikeylint: %v\n", werr)
		return 1
	}
	switch {
	case failed:
		return max(1, worstCode(codes))
	case len(newFindings) > 0 && !(opts.driverJSON && opts.format == ""):
		return 3
	}
	return 0
}

// runJSONChild runs apikeylint with args (which hold -json) as a child
// without the split, captures its stdout and passes its stderr through.
func runJSONChild(self string, args, env []string) ([]byte, int) {
	cmd := exec.Command(self, args...)
	cmd.Env = append(append(os.Environ(), splitEnv+"=off"), env...)
	var out bytes.Buffer
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, &out, os.Stderr
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return out.Bytes(), 0
	case errors.As(err, &exit) && exit.ExitCode() >= 0:
		return out.Bytes(), exit.ExitCode()
	default:
		fmt.Fprintf(os.Stderr, "apikeylint: %v\n", err)
		return out.Bytes(), 1
	}
}

// mergeJSON decodes the passes' JSON trees into one result.
func mergeJSON(outs [][]byte) (*analysisResult, error) {
	res := &analysisResult{tree: map[string]map[string]json.RawMessage{}, byKey: map[string]*finding{}}
	for _, out := range outs {
		dec := json.NewDecoder(bytes.NewReader(out))
		for {
			var tree map[string]map[string]json.RawMessage
			if err := dec.Decode(&tree); err == io.EOF {
				break
			} else if err != nil {
				return nil, fmt.Errorf("reading the driver's JSON output: %w", err)
			}
			for pkg, byAnalyzer := range tree {
				if res.tree[pkg] == nil {
					res.tree[pkg] = map[string]json.RawMessage{}
				}
				for name, raw := range byAnalyzer {
					res.tree[pkg][name] = raw
				}
			}
		}
	}
	for _, pkg := range slices.Sorted(mapKeys(res.tree)) {
		for _, name := range slices.Sorted(mapKeys(res.tree[pkg])) {
			raw := bytes.TrimSpace(res.tree[pkg][name])
			if len(raw) > 0 && raw[0] == '{' {
				var e struct{ Error string }
				_ = json.Unmarshal(raw, &e)
				res.errors = append(res.errors, fmt.Sprintf("%s: %s: %s", pkg, name, e.Error))
				continue
			}
			var diags []jsonDiag
			if err := json.Unmarshal(raw, &diags); err != nil {
				return nil, fmt.Errorf("reading the driver's JSON output for %s: %w", pkg, err)
			}
			for _, d := range diags {
				if res.byKey[d.key()] != nil {
					continue
				}
				f := &finding{jsonDiag: d, pos: parsePosn(d.Posn), end: parsePosn(d.End), isNew: true}
				res.byKey[d.key()] = f
				res.findings = append(res.findings, f)
			}
		}
	}
	slices.SortFunc(res.findings, func(a, b *finding) int {
		return cmp.Or(cmp.Compare(a.pos.file, b.pos.file), cmp.Compare(a.pos.line, b.pos.line),
			cmp.Compare(a.pos.col, b.pos.col), cmp.Compare(a.Category, b.Category), cmp.Compare(a.Message, b.Message))
	})
	return res, nil
}

func mapKeys[M ~map[string]V, V any](m M) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// fingerprint sets each finding's relative file and fingerprint: a hash of
// the category, the file relative to root, the finding's source line with
// its white space collapsed, and the finding's index among the findings
// with the same three (in position order). Line numbers take no part, so a
// fingerprint survives lines moving above it; a key moved to another file
// or an edit of its own line makes a new one. The key text is hashed, never
// stored.
func (res *analysisResult) fingerprint(root string, src *sources) {
	seen := map[string]int{}
	for _, f := range res.findings { // sorted by position
		f.rel = relPath(root, f.pos.file)
		line := strings.Join(strings.Fields(src.line(f.pos.file, f.pos.line)), " ")
		group := f.Category + "\x00" + f.rel + "\x00" + line
		n := seen[group]
		seen[group]++
		sum := sha256.Sum256([]byte(group + "\x00" + strconv.Itoa(n)))
		f.fingerprint = formatFingerprint(sum[:16])
	}
}

// formatFingerprint writes b as hex in groups of 8 digits joined by colons:
// the output filter (keys.RedactText) would take one long hex run for a key.
func formatFingerprint(b []byte) string {
	h := hex.EncodeToString(b)
	var parts []string
	for i := 0; i < len(h); i += 8 {
		parts = append(parts, h[i:min(i+8, len(h))])
	}
	return strings.Join(parts, ":")
}

// sourceRoot is the directory that SARIF URIs and baseline entries are
// relative to: the root of the git work tree holding the current directory
// (what code scanning expects), else the current directory.
func sourceRoot() string {
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	out, err := exec.Command("git", "rev-parse", "--show-toplevel").Output()
	if top := strings.TrimSpace(string(out)); err == nil && top != "" {
		return top
	}
	return wd
}

// relPath is file relative to root with forward slashes, or the absolute
// path when file is outside root.
func relPath(root, file string) string {
	if root == "" || !filepath.IsAbs(file) {
		return filepath.ToSlash(file)
	}
	for _, try := range [][2]string{{root, file}, {evalSymlinks(root), evalSymlinks(file)}} {
		if rel, err := filepath.Rel(try[0], try[1]); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return filepath.ToSlash(rel)
		}
	}
	return filepath.ToSlash(file)
}

func evalSymlinks(p string) string {
	if r, err := filepath.EvalSymlinks(p); err == nil {
		return r
	}
	return p
}

// sources reads each source file once, for line text and column
// conversion.
type sources struct {
	files map[string]*sourceFile
}

type sourceFile struct {
	data  []byte
	lines []int // byte offset of each line's start
}

func newSources() *sources { return &sources{files: map[string]*sourceFile{}} }

func (s *sources) get(name string) *sourceFile {
	if f, ok := s.files[name]; ok {
		return f
	}
	var f *sourceFile
	if data, err := os.ReadFile(name); err == nil {
		f = &sourceFile{data: data, lines: []int{0}}
		for i, c := range data {
			if c == '\n' {
				f.lines = append(f.lines, i+1)
			}
		}
	}
	s.files[name] = f
	return f
}

// line returns the text of line n (1-based) of file name, without its
// newline, or "" when it cannot be read.
func (s *sources) line(name string, n int) string {
	f := s.get(name)
	if f == nil || n < 1 || n > len(f.lines) {
		return ""
	}
	end := len(f.data)
	if n < len(f.lines) {
		end = f.lines[n] - 1
	}
	return strings.TrimSuffix(string(f.data[f.lines[n-1]:end]), "\r")
}

// utf16Col converts a 1-based byte column on line n of file name to a
// 1-based column in UTF-16 code units (SARIF's default column kind).
func (s *sources) utf16Col(name string, n, col int) int {
	if col <= 1 {
		return col
	}
	text := s.line(name, n)
	if text == "" || col-1 > len(text) {
		return col
	}
	units := 0
	for b := []byte(text[:col-1]); len(b) > 0; {
		r, size := utf8.DecodeRune(b)
		b = b[size:]
		if r >= 0x10000 {
			units += 2
		} else {
			units++
		}
	}
	return units + 1
}

// offsetPos converts a byte offset in file name to a line and a 1-based
// byte column.
func (s *sources) offsetPos(name string, off int) (line, col int, ok bool) {
	f := s.get(name)
	if f == nil || off < 0 || off > len(f.data) {
		return 0, 0, false
	}
	i, found := slices.BinarySearch(f.lines, off)
	if !found {
		i--
	}
	return i + 1, off - f.lines[i] + 1, true
}

// writeText prints findings as the driver does: "file:line:col: message",
// related information indented, and with -c=N the lines around each.
func writeText(w io.Writer, findings []*finding, context int, src *sources) {
	show := func(posn string, pos, end position, msg string) {
		fmt.Fprintf(w, "%s: %s\n", posn, msg)
		if context < 0 {
			return
		}
		last := max(end.line, pos.line)
		for i := pos.line - context; i <= last+context; i++ {
			if f := src.get(pos.file); f != nil && i >= 1 && i <= len(f.lines) {
				fmt.Fprintf(w, "%d\t%s\n", i, src.line(pos.file, i))
			}
		}
	}
	for _, f := range findings {
		show(f.Posn, f.pos, f.end, f.Message)
		for _, r := range f.Related {
			show(r.Posn, parsePosn(r.Posn), parsePosn(r.End), "\t"+r.Message)
		}
	}
}

// writeJSONTree prints the driver's JSON tree, one object for all passes,
// without the diagnostics that the baseline holds.
func writeJSONTree(w io.Writer, res *analysisResult) error {
	out := map[string]map[string]json.RawMessage{}
	for pkg, byAnalyzer := range res.tree {
		for name, raw := range byAnalyzer {
			if t := bytes.TrimSpace(raw); len(t) > 0 && t[0] == '[' {
				var items []json.RawMessage
				if err := json.Unmarshal(t, &items); err != nil {
					return err
				}
				var kept []json.RawMessage
				for _, item := range items {
					var d jsonDiag
					if err := json.Unmarshal(item, &d); err != nil {
						return err
					}
					if f := res.byKey[d.key()]; f == nil || f.isNew {
						kept = append(kept, item)
					}
				}
				if len(kept) == 0 {
					continue
				}
				if raw, _ = json.Marshal(kept); raw == nil {
					continue
				}
			}
			if out[pkg] == nil {
				out[pkg] = map[string]json.RawMessage{}
			}
			out[pkg][name] = raw
		}
	}
	data, err := json.MarshalIndent(out, "", "\t")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", data)
	return err
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return strconv.Itoa(n) + " " + what + "s"
}
