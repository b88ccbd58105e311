// Package keys is apikeylint's shared key model: which string literals are
// API keys (provider formats, and high-entropy strings in a key context),
// which names say "this holds a key", and how a secret is shown without
// being printed whole.
//
// It has no dependency on go/analysis so that the commit scanner can
// generate its gitleaks rules from the same provider data.
package keys

import (
	"math"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// providers is the compiled form of Providers(); it is written once at
// package initialisation and only read afterwards.
var providers = compileProviders()

// Match describes a key found in a string literal's value.
type Match struct {
	// Provider is the matched provider; for a generic high-entropy secret in
	// a key context its ID is "generic" and Name is empty.
	Provider Provider
	// Start and End delimit the key inside the classified string (a
	// "Bearer " prefix or similar comes before Start).
	Start, End int
	// Key is the key text itself.
	Key string
}

// Generic returns true for a high-entropy secret that matched no provider
// format and is a key only because of its context.
func (m Match) Generic() bool { return m.Provider.ID == "generic" }

// ChecksumOK reports whether the key passes its provider's documented
// checksum (GitHub's CRC32); true when the format has none. A key that
// fails was never issued by the provider: a made-up example.
func (m Match) ChecksumOK() bool {
	return m.Provider.Checksum == nil || m.Provider.Checksum(m.Key)
}

// Label names the key for messages: "WaveSpeed API key", "API key".
func (m Match) Label() string {
	if m.Provider.Name == "" {
		return "API key"
	}
	switch {
	case strings.HasSuffix(m.Provider.ID, "api-token"):
		return m.Provider.Name + " API token"
	case strings.HasSuffix(m.Provider.ID, "token"):
		return m.Provider.Name + " token"
	case strings.HasSuffix(m.Provider.ID, "key-id"):
		return m.Provider.Name + " access key id"
	case strings.HasSuffix(m.Provider.ID, "key-sid"):
		return m.Provider.Name + " API key SID"
	}
	return m.Provider.Name + " API key"
}

// Context is what surrounds a literal: the names beside it (the variable,
// field, map key, parameter or function it is assigned or passed to, the
// environment variable or header it is written to). Names may be Go
// identifiers, SCREAMING_SNAKE env names, kebab-case header names or JSON
// keys.
type Context struct {
	Names []string
	// Header is true when the literal is an Authorization-style header value.
	Header bool
	// Scoped says the caller looked at the file around the value and put
	// in Nearby the ContextWords it mentions (in an import path, a name or
	// a string: "wavespeed"). A bare format that needs context (64 hex)
	// then belongs to its provider only when a name beside it names the
	// provider, or a key name stands beside it in a file that talks to the
	// provider; a key name alone makes it a generic secret. Unscoped, a key
	// name alone is enough.
	Scoped bool
	Nearby []string
}

// near reports whether Nearby holds one of words.
func (c Context) near(words []string) bool {
	for _, n := range c.Nearby {
		for _, w := range words {
			if n == w {
				return true
			}
		}
	}
	return false
}

// hasKeyContext reports whether some name in ctx says "key" and none says
// "checksum".
func (c Context) keyish() bool {
	if c.checksum() {
		return false
	}
	if c.Header {
		return true
	}
	for _, n := range c.Names {
		if NameKindOf(n) != NotKey {
			return true
		}
	}
	return false
}

// named reports whether a name beside the value (not only an Authorization
// header) says key, token or secret: such a name beats the git-id shape.
func (c Context) named() bool {
	for _, n := range c.Names {
		if NameKindOf(n) != NotKey {
			return true
		}
	}
	return false
}

func (c Context) checksum() bool {
	for _, n := range c.Names {
		if IsChecksumName(n) {
			return true
		}
	}
	return false
}

func (c Context) mentions(words []string) bool {
	for _, n := range c.Names {
		l := strings.ToLower(n)
		for _, w := range words {
			if strings.Contains(l, w) {
				return true
			}
		}
	}
	return false
}

// schemes are Authorization schemes that may precede a key inside one
// literal ("Bearer sk-...").
var schemes = []string{"bearer ", "token ", "key ", "bearer:", "bearer"}

// MaybeKey is Classify's cheap first step: it reports whether s could hold
// a key at all (16 to 512 bytes, and no space after an optional scheme), so
// callers can skip gathering context for ordinary strings.
func MaybeKey(s string) bool {
	if len(s) < 16 || len(s) > 512 {
		return false
	}
	i := strings.IndexByte(s, ' ')
	if i < 0 {
		return true
	}
	// "Bearer <key>": one space after a short scheme word.
	return i <= 7 && !strings.ContainsAny(s[i+1:], " \t\n")
}

// Classify reports whether the string value s (a literal's constant value)
// is or contains an API key, given its context. A leading Authorization
// scheme ("Bearer ") is allowed before the key.
func Classify(s string, ctx Context) (Match, bool) { return classify(s, ctx, false) }

// Candidate reports whether Classify could find a key in s in some
// context: a provider format, or a generic secret beside a key name. It
// is the step before the context, which costs more to gather than s to
// classify.
func Candidate(s string) bool {
	if !MaybeKey(s) {
		return false
	}
	_, ok := classify(s, Context{Header: true}, true)
	return ok
}

// classify is Classify; anyContext makes every context requirement met
// (Candidate).
func classify(s string, ctx Context, anyContext bool) (Match, bool) {
	if len(s) < 16 || len(s) > 512 || !utf8.ValidString(s) {
		return Match{}, false
	}
	start := 0
	lower := strings.ToLower(s[:min(len(s), 8)])
	if strings.HasPrefix(lower, "basic ") {
		// Basic credentials are a user and password, not an API key.
		return Match{}, false
	}
	for _, sc := range schemes {
		if strings.HasPrefix(lower, sc) {
			start = len(sc)
			for start < len(s) && s[start] == ' ' {
				start++
			}
			ctx.Header = true
			break
		}
	}
	key := s[start:]
	if strings.ContainsFunc(key, unicode.IsSpace) || IsPlaceholder(key) || Publishable(key) {
		return Match{}, false
	}
	for _, p := range providers {
		sub := p.re.FindStringSubmatch(key)
		if sub == nil {
			continue
		}
		secret := secretPart(sub, p.SecretGroup)
		if Entropy(secret) < p.Entropy || lowVariety(secret) {
			return Match{}, false
		}
		if p.NeedsContext && !anyContext {
			named := ctx.mentions(p.ContextWords)
			keyed := ctx.keyish() && !p.NamedOnly && (!ctx.Scoped || ctx.near(p.ContextWords))
			if ctx.checksum() || !(named || keyed) {
				continue
			}
			// A 64-hex string is WaveSpeed's format; a key-named context
			// that does not name another provider is taken as WaveSpeed.
		}
		return Match{Provider: p.Provider, Start: start, End: len(s), Key: key}, true
	}
	if anyContext && looksGenericSecret(key, true) || ctx.keyish() && looksGenericSecret(key, ctx.named()) {
		return Match{Provider: Provider{ID: "generic"}, Start: start, End: len(s), Key: key}, true
	}
	return Match{}, false
}

func secretPart(sub []string, group int) string {
	if group > 0 && group < len(sub) && sub[group] != "" {
		return sub[group]
	}
	// Patterns with alternatives put the secret in whichever group matched.
	for _, g := range sub[1:] {
		if g != "" {
			return g
		}
	}
	return sub[0]
}

var (
	uuidRE    = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)
	tokenRE   = regexp.MustCompile(`^[A-Za-z0-9_\-+/=.~]+$`)
	hexRE     = regexp.MustCompile(`^[0-9a-fA-F]+$`)
	envNameRE = regexp.MustCompile(`^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$`)
)

// looksGenericSecret reports whether s, found in a key context, looks like a
// random secret: 20 to 256 token characters, letters and digits mixed, high
// entropy, and none of the things that are never keys (URLs, paths, UUIDs,
// env var names, base64 image data, dotted names). named says a name beside
// it says key, token or secret (not only a header).
func looksGenericSecret(s string, named bool) bool {
	if len(s) < 20 || len(s) > 256 || !tokenRE.MatchString(s) {
		return false
	}
	if uuidRE.MatchString(s) || envNameRE.MatchString(s) || strings.Contains(s, "//") ||
		strings.Count(s, "/") > 1 || strings.Count(s, ".") > 1 && !strings.HasPrefix(s, "eyJ") {
		return false
	}
	// 40 hex chars look like a git object id (or a SHA-1): a key only when
	// a name says key, token or secret (a checksum name already vetoed it);
	// 32/64-hex keys are common, so keep them. Longer hex strings are
	// digests, curve points and test vectors.
	if hexRE.MatchString(s) && (len(s) == 40 && !named || len(s) > 64) {
		return false
	}
	if wordy(s) {
		return false
	}
	var letters, digits int
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case unicode.IsLetter(r):
			letters++
		}
	}
	if letters == 0 || digits == 0 {
		return false
	}
	floor := 3.5
	if hexRE.MatchString(s) {
		floor = 3.0
	}
	return Entropy(s) >= floor && !lowVariety(s)
}

// wordy reports whether s is made of words ("synthetic-websocket-token-1",
// "test_subject_token"): two or more lowercase alphabetic segments of four or
// more letters, which random keys do not have.
func wordy(s string) bool {
	n := 0
	for _, seg := range strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '_' || r == '.' }) {
		if len(seg) >= 4 && strings.Trim(seg, "abcdefghijklmnopqrstuvwxyz") == "" {
			n++
		}
	}
	return n >= 2
}

// lowVariety catches sequential or repeated fillers ("1234567890abcdef...")
// that pass an entropy floor but are obviously made up.
func lowVariety(s string) bool {
	if len(s) < 8 {
		return true
	}
	runs := 0
	for i := 1; i < len(s); i++ {
		if s[i] == s[i-1]+1 || s[i] == s[i-1] {
			runs++
		}
	}
	return runs*2 > len(s)
}

// placeholderWords are substrings that mark a literal as an example.
var placeholderWords = []string{
	"your", "example", "xxxx", "placeholder", "changeme", "change_me", "change-me",
	"dummy", "fake", "test-key", "test_key", "testkey", "redacted", "insert", "replace",
	"here", "sample", "secret-key", "api-key", "api_key", "apikey", "<", ">", "...", "…",
	"${", "{{", "%s", "%v", "****", "0000000000", "synthetic", "mock",
}

// IsPlaceholder reports whether s is an obvious stand-in for a key
// (`YOUR_API_KEY`, `your-api-key`, `test-key`, `xxx…`, `<key>`, `changeme`,
// `wsk_...`, template markers).
func IsPlaceholder(s string) bool {
	l := strings.ToLower(s)
	for _, w := range placeholderWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// Entropy returns the Shannon entropy of s in bits per byte.
func Entropy(s string) float64 {
	if s == "" {
		return 0
	}
	var counts [256]int
	for i := 0; i < len(s); i++ {
		counts[s[i]]++
	}
	var h float64
	n := float64(len(s))
	for _, c := range counts {
		if c == 0 {
			continue
		}
		p := float64(c) / n
		h -= p * math.Log2(p)
	}
	return h
}

// Redact shows a secret as its first four characters and its length:
// `"ba4e…" (64 chars)`. It and RedactText's inline form are the only forms
// in which apikeylint prints a key.
func Redact(s string) string {
	prefix, n := redactParts(s)
	return `"` + prefix + `…" (` + itoa(n) + ` chars)`
}

// redactParts returns what Redact shows of s: its first four characters
// (none when s has eight or fewer) and its length in characters.
func redactParts(s string) (prefix string, n int) {
	n = utf8.RuneCountInString(s)
	prefix = s
	if n > 4 {
		i := 0
		for k := range s {
			if i == 4 {
				prefix = s[:k]
				break
			}
			i++
		}
	}
	if n <= 8 {
		// Too short to show any of it safely.
		prefix = ""
	}
	return prefix, n
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// RedactText returns text with every key-like token in it (a provider's key
// format, or a random-looking secret of 20 or more characters) shortened to
// its first four characters and its length: `9c1e…(64 chars)`. It is the
// last line of defense for output apikeylint does not word itself, such as
// a type checker's error that quotes a literal; the inline form keeps JSON
// and quoted strings well formed.
func RedactText(text string) string {
	isTok := func(c byte) bool {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
			c == '_' || c == '-' || c == '+' || c == '/' || c == '=' || c == '~'
	}
	var b strings.Builder
	last := 0
	for i := 0; i < len(text); {
		if !isTok(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && isTok(text[j]) {
			j++
		}
		tok := text[i:j] // dots split tokens: "<key>..HEAD", "<key>."
		if len(tok) >= 16 {
			if m, ok := Classify(tok, Context{Names: []string{"api_key"}}); ok {
				b.WriteString(text[last : i+m.Start])
				b.WriteString(redactInline(m.Key))
				last = i + m.End
			}
		}
		i = j
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// redactInline is Redact without quotes: `9c1e…(64 chars)`.
func redactInline(s string) string {
	prefix, n := redactParts(s)
	return prefix + "…(" + itoa(n) + " chars)"
}
