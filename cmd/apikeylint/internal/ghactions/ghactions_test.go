package ghactions

import (
	"strings"
	"testing"
)

// TestAnnotations checks the workflow commands line by line, with messages
// and properties holding every character the runner's rules escape.
func TestAnnotations(t *testing.T) {
	got := strings.Join([]string{
		Annotation{Level: Error, File: "main.go", Line: 12, Col: 20, Title: "apikeylint: hardcoded-key",
			Message: `hardcoded-key: WaveSpeed API key "ba4e…" (64 chars) in source`}.String(),
		Annotation{Level: Warning, File: "dir,with:odd%chars/a b.go", Line: 3, Col: 1, EndLine: 4, EndColumn: 9,
			Title: "title, with: 100% odd\nchars", Message: "100% sure, a key\nsecond line\r\nthird"}.String(),
		Annotation{File: "x.go", Message: "no line"}.String(),
		Annotation{Level: Notice, Message: "::not a command %0A"}.String(),
	}, "\n")
	want := strings.Join([]string{
		`::error file=main.go,line=12,col=20,title=apikeylint%3A hardcoded-key::hardcoded-key: WaveSpeed API key "ba4e…" (64 chars) in source`,
		`::warning file=dir%2Cwith%3Aodd%25chars/a b.go,line=3,col=1,endLine=4,endColumn=9,title=title%2C with%3A 100%25 odd%0Achars::100%25 sure, a key%0Asecond line%0D%0Athird`,
		`::error file=x.go::no line`,
		`::notice::::not a command %250A`,
	}, "\n")
	gotLines, wantLines := strings.Split(got, "\n"), strings.Split(want, "\n")
	if len(gotLines) != len(wantLines) {
		t.Fatalf("%d lines, want %d:\n%s", len(gotLines), len(wantLines), got)
	}
	for i := range wantLines {
		if gotLines[i] != wantLines[i] {
			t.Errorf("line %d:\n got %s\nwant %s", i+1, gotLines[i], wantLines[i])
		}
	}
}

func TestEscape(t *testing.T) {
	for _, tc := range []struct{ in, data, prop string }{
		{"plain", "plain", "plain"},
		{"50%", "50%25", "50%25"},
		{"%0A", "%250A", "%250A"},
		{"a\nb\rc", "a%0Ab%0Dc", "a%0Ab%0Dc"},
		{"a:b,c", "a:b,c", "a%3Ab%2Cc"},
	} {
		if got := EscapeData(tc.in); got != tc.data {
			t.Errorf("EscapeData(%q) = %q, want %q", tc.in, got, tc.data)
		}
		if got := EscapeProperty(tc.in); got != tc.prop {
			t.Errorf("EscapeProperty(%q) = %q, want %q", tc.in, got, tc.prop)
		}
	}
}
