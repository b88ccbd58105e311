package keys

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite docs/providers.md's provider table from the registry")

const (
	readmePath    = "../../docs/providers.md" // the provider table's page
	tableBegin    = "<!-- providers:begin (generated from analyzer/keys by `go generate ./analyzer/keys`; do not edit) -->\n"
	tableEnd      = "<!-- providers:end -->\n"
	tableBeginTag = "<!-- providers:begin"
)

// providerTable renders the registry as docs/providers.md's Markdown table.
func providerTable() string {
	formats := map[string]Provider{}
	for _, p := range Providers() {
		formats[p.ID] = p
	}
	cell := func(s string) string { return strings.ReplaceAll(s, "|", `\|`) }
	code := func(s string) string { return "`" + s + "`" }
	var b strings.Builder
	b.WriteString("| provider | environment variables | key format | how the key is sent | hosts | verification (`--verify`) | docs |\n")
	b.WriteString("| --- | --- | --- | --- | --- | --- | --- |\n")
	for _, a := range APIs() {
		var env []string
		for _, e := range a.EnvVars {
			env = append(env, code(e))
		}
		var fm []string
		for _, id := range a.Formats {
			fm = append(fm, formats[id].Format)
		}
		if len(fm) == 0 {
			fm = append(fm, "no documented format (a key only in a key context)")
		}
		for _, re := range a.Publishable {
			fm = append(fm, "not secret: "+code(re))
		}
		var auth []string
		for i, au := range a.Auth {
			s := code(au.String())
			if i == 1 {
				s = "also " + s
			}
			auth = append(auth, s)
		}
		var hosts []string
		for _, h := range a.Hosts {
			hosts = append(hosts, code(h))
		}
		verify := "none known"
		if v := a.Verify; v != nil {
			host := v.Host
			if host == "" {
				host = a.Hosts[0]
			}
			verify = fmt.Sprintf("%s (%s live; %s dead)", code(v.Method+" "+host+v.Path), statuses(v.Live), statuses(v.Dead))
		}
		var docs []string
		for _, fact := range []string{"auth", "format", "env", "publishable", "verify"} {
			if u := a.Docs[fact]; u != "" {
				docs = append(docs, "["+fact+"]("+u+")")
			}
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s | %s |\n", a.Name, strings.Join(env, ", "), cell(strings.Join(fm, "; ")),
			strings.Join(auth, ", "), strings.Join(hosts, ", "), cell(verify), strings.Join(docs, " "))
	}
	return b.String()
}

func statuses(codes []int) string {
	s := make([]string, len(codes))
	for i, c := range codes {
		s[i] = strconv.Itoa(c)
	}
	return strings.Join(s, ", ")
}

// TestREADMEProviders fails when the provider table (in docs/providers.md,
// linked from README.md) is not the one the registry generates; -update
// rewrites it (go generate ./analyzer/keys).
func TestREADMEProviders(t *testing.T) {
	readme, err := os.ReadFile(readmePath)
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(readme, []byte(tableBeginTag))
	j := bytes.Index(readme, []byte(tableEnd))
	if i < 0 || j < i {
		t.Fatalf("docs/providers.md has no %s … %s markers", strings.TrimSpace(tableBeginTag), strings.TrimSpace(tableEnd))
	}
	want := tableBegin + providerTable() + tableEnd
	got := string(readme[i : j+len(tableEnd)])
	if got == want {
		return
	}
	if !*update {
		t.Fatal("docs/providers.md's provider table is stale: run `go generate ./analyzer/keys` (go test ./analyzer/keys -run TestREADMEProviders -update)")
	}
	out := append(append(append([]byte(nil), readme[:i]...), want...), readme[j+len(tableEnd):]...)
	if err := os.WriteFile(readmePath, out, 0o644); err != nil {
		t.Fatal(err)
	}
}
