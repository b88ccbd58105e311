package analyzer

// fuzz_test.go fuzzes the two pure parsers of the analyzer: the
// Authorization-value scheme reader behind bearer-scheme (parseScheme and
// the "Bearer " rewrite its fixes make) and the //apikeylint:ignore
// directive parser. Seed corpora are in testdata/fuzz/<FuzzName>; run one
// with
//
//	go test ./analyzer -run '^$' -fuzz '^FuzzParseScheme$' -fuzztime 60s

import (
	"strings"
	"testing"
)

func FuzzParseScheme(f *testing.F) {
	for _, s := range []string{
		"Bearer abc", "bearer abc", "BEARER abc", "Bearer  abc", "Bearer\tabc",
		"Bearer:abc", "Bearer: abc", "Bearer=abc", "Bearerabc", " Bearer abc",
		"Bearer Bearer abc", "Bearer bearer abc", "Token abc", "Basic dXNlcjpwYXNz",
		"Api-Key: abc", "", "Bearer", "Bearer ", "BearerBearer abc", "ws_\xff\xfe",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		sc := parseScheme(text)
		if sc.problem == schemeNone {
			if sc.end != 0 {
				t.Fatalf("no scheme but end=%d", sc.end)
			}
			return
		}
		if sc.last < 0 || sc.last > sc.end || sc.end > len(text) {
			t.Fatalf("bad offsets last=%d end=%d for %d bytes", sc.last, sc.end, len(text))
		}
		if !strings.Contains(text, sc.word) || !strings.Contains(text, sc.sep) {
			t.Fatalf("word %q or separator %q is not in the text", sc.word, sc.sep)
		}
		if sc.problem == schemeOK {
			if !strings.HasPrefix(text, "Bearer ") || sc.end != len("Bearer ") {
				t.Fatalf("a well-formed scheme that does not start with \"Bearer \" (end=%d)", sc.end)
			}
			return
		}
		// Every fix rewrites text[:end] to "Bearer ". The result must be
		// well-formed, unless the credential itself starts with the word
		// ("BearerBearer x": no separator after the first Bearer, so the
		// second is taken for the credential).
		rest := text[sc.end:]
		if len(rest) >= 6 && strings.EqualFold(rest[:6], "bearer") {
			return
		}
		if fixed := parseScheme("Bearer " + rest); fixed.problem != schemeOK {
			t.Fatalf("the fix leaves problem %d (was %d)", fixed.problem, sc.problem)
		}
	})
}

func FuzzParseDirective(f *testing.F) {
	for _, s := range []string{
		"//apikeylint:ignore test fixture", "//apikeylint:ignore", "//apikeylint:ignore   ",
		"//apikeylint:ignored", "//apikeylint:ignore\treason", "//apikeylint:ignore // TODO",
		"//apikeylint:ignore reason // trailing", "// apikeylint:ignore reason", "/*apikeylint:ignore x*/",
		"//nolint:apikeylint", "//apikeylint:ignore \xff",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, c string) {
		reason, ok := ParseDirective(c)
		if !ok {
			if reason != "" {
				t.Fatalf("not a directive but reason %q", reason)
			}
			return
		}
		if !strings.HasPrefix(c, ignoreDirective) {
			t.Fatal("a directive that does not start with " + ignoreDirective)
		}
		if reason != strings.TrimSpace(reason) || strings.Contains(reason, "//") || !strings.Contains(c, reason) {
			t.Fatalf("reason %q is not the trimmed text before any trailing comment", reason)
		}
		// Writing the reason back gives the same directive.
		if again, ok := ParseDirective(ignoreDirective + " " + reason); !ok || again != reason {
			t.Fatalf("round trip: got %q, %v; want %q", again, ok, reason)
		}
	})
}
