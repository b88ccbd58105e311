package keys

import (
	"regexp"
	"strings"
	"testing"
)

// TestProviderSamples runs every provider's own true- and false-positive
// samples through Classify, in a context that names the provider.
func TestProviderSamples(t *testing.T) {
	for _, p := range Providers() {
		if _, err := regexp.Compile(p.Pattern); err != nil {
			t.Errorf("%s: bad pattern: %v", p.ID, err)
		}
		if p.ID == "" || p.Name == "" || p.EnvVar == "" || p.Description == "" || len(p.Keywords) == 0 || p.Entropy <= 0 {
			t.Errorf("%s: incomplete provider data", p.ID)
		}
		if len(p.TruePositives) == 0 || len(p.FalsePositives) == 0 {
			t.Errorf("%s: needs true- and false-positive samples", p.ID)
		}
		ctx := Context{Names: []string{p.EnvVar}}
		for _, s := range p.TruePositives {
			m, ok := Classify(s, ctx)
			if !ok {
				t.Errorf("%s: true positive %s not classified as a key", p.ID, Redact(s))
				continue
			}
			if m.Provider.Name != p.Name {
				t.Errorf("%s: true positive %s classified as %s", p.ID, Redact(s), m.Provider.ID)
			}
			kw := false
			for _, k := range p.Keywords {
				kw = kw || strings.Contains(strings.ToLower(s)+" "+strings.ToLower(p.EnvVar), k)
			}
			if !kw {
				t.Errorf("%s: no keyword matches true positive %s", p.ID, Redact(s))
			}
		}
		for _, s := range p.FalsePositives {
			if m, ok := Classify(s, Context{Names: []string{"checksum"}}); ok && m.Provider.ID == p.ID {
				t.Errorf("%s: false positive %s classified as a key", p.ID, Redact(s))
			}
		}
	}
}

func TestClassifyContext(t *testing.T) {
	const hex64 = "ba4e7c1f9d2a8b3e6f0c5d7a9e1b4c8f2d6a0e3b7c9f1d5a8e2b6c0f4d7a9e3b"
	tests := []struct {
		s     string
		names []string
		want  string // provider id, "" for not a key
	}{
		{hex64, []string{"WAVESPEED_API_KEY"}, "wavespeed-api-key"},
		{hex64, []string{"apiKey"}, "wavespeed-api-key"},
		{hex64, []string{"wavespeedClient"}, "wavespeed-api-key"},
		{hex64, nil, ""},
		{hex64, []string{"sha256"}, ""},
		{hex64, []string{"wavespeedModelDigest"}, ""},
		{hex64, []string{"key"}, ""}, // a map key, not an API key
		{"Bearer " + hex64, nil, "wavespeed-api-key"},
		{"Zt4qP9mW2xL7vB3nK8sR5dF1gH6jC0aE", []string{"clientSecret"}, "generic"},
		{"Zt4qP9mW2xL7vB3nK8sR5dF1gH6jC0aE", []string{"requestID"}, ""},
		{"123e4567-e89b-12d3-a456-426614174000", []string{"apiKey"}, ""},
		// 40 hex: a git id, unless a name says key, token or secret.
		{"3f786850e387550fdab836ed7e6dc881de23001b", []string{"apiKey"}, "generic"},
		{"3f786850e387550fdab836ed7e6dc881de23001b", []string{"token"}, "generic"},
		{"3f786850e387550fdab836ed7e6dc881de23001b", []string{"X-API-Key"}, "generic"},
		{"3f786850e387550fdab836ed7e6dc881de23001b", nil, ""},
		{"Bearer 3f786850e387550fdab836ed7e6dc881de23001b", nil, ""},
		{"3f786850e387550fdab836ed7e6dc881de23001b", []string{"apiKeyCommit"}, ""},
		{"3f786850e387550fdab836ed7e6dc881de23001b", []string{"apiKey", "commitSHA"}, ""},
		{"3f786850e387550fdab836ed7e6dc881de23001b", []string{"gitRev"}, ""},
		{"3f786850e387550fdab836ed7e6dc881de23001b", []string{"etag"}, ""},
		{"3f786850e387550fdab836ed7e6dc881de23001b", []string{"id"}, ""},
		{"3f786850e387550fdab836ed7e6dc881de23001b", []string{"tokenID"}, ""},
		{"3f786850e387550fdab836ed7e6dc881de23001b", []string{"checksum"}, ""},
		{"3f786850e387550fdab836ed7e6dc881de23001b", []string{"key"}, ""},
		{"0123456789abcdef0123456789abcdef01234567", []string{"apiKey"}, ""},
		{"WAVESPEED_API_KEY", []string{"apiKey"}, ""},
		{"YOUR_API_KEY", []string{"apiKey"}, ""},
		{"your-api-key", []string{"apiKey"}, ""},
		{"test-key", []string{"apiKey"}, ""},
		{"https://api.wavespeed.ai/api/v3/x", []string{"apiKey"}, ""},
		{"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk", []string{"logo"}, ""},
		{"sk-proj-Qx8Lm3Rv7Tb2Nk9Pz4Wc1Yd6Fg0Hj5Sa8Qe3Ru7Ti2Ow9Pl4Mk1Nj6Bh0Vg5Cf8Xd3Ze", nil, "openai-api-key"},
		{"abcdefghijklmnopqrstuvwxyz0123456789", []string{"apiKey"}, ""},
		{"synthetic-websocket-token-1", []string{"apiKey"}, ""},
		{"live-subject-token-4567890", []string{"apiKey"}, ""},
		{"Zt4q-P9mW2xL7-vB3nK8sR5-dF1gH6jC0aE", []string{"apiKey"}, "generic"},
	}
	for _, tt := range tests {
		m, ok := Classify(tt.s, Context{Names: tt.names})
		got := ""
		if ok {
			got = m.Provider.ID
		}
		if got != tt.want {
			t.Errorf("Classify(%s, %q) = %q, want %q", Redact(tt.s), tt.names, got, tt.want)
		}
	}
}

// TestClassifyScoped: with the file around the value known, a bare 64-hex
// string is WaveSpeed's only beside a WaveSpeed name, or beside a key name
// in a file that talks to WaveSpeed; elsewhere a key name makes it a
// generic secret.
func TestClassifyScoped(t *testing.T) {
	const hex64 = "ba4e7c1f9d2a8b3e6f0c5d7a9e1b4c8f2d6a0e3b7c9f1d5a8e2b6c0f4d7a9e3b"
	ws := []string{"wavespeed"}
	tests := []struct {
		s      string
		names  []string
		nearby []string
		want   string
	}{
		{hex64, []string{"apiKey"}, nil, "generic"},
		{hex64, []string{"apiKey"}, ws, "wavespeed-api-key"},
		{hex64, []string{"WAVESPEED_API_KEY"}, nil, "wavespeed-api-key"},
		{hex64, []string{"signature"}, ws, ""},
		{hex64, nil, ws, ""},
		{hex64, []string{"sha256"}, ws, ""},
		{"Bearer " + hex64, nil, nil, "generic"},
		{"Bearer " + hex64, nil, ws, "wavespeed-api-key"},
	}
	for _, tt := range tests {
		m, ok := Classify(tt.s, Context{Names: tt.names, Scoped: true, Nearby: tt.nearby})
		got := ""
		if ok {
			got = m.Provider.ID
		}
		if got != tt.want {
			t.Errorf("Classify(%s, %q) = %q, want %q", Redact(tt.s), tt.names, got, tt.want)
		}
	}
}

func TestNameKind(t *testing.T) {
	tests := map[string]NameKind{
		"apiKey": Key, "APIKey": Key, "WAVESPEED_API_KEY": Key, "wavespeedKey": Key,
		"x-api-key": Key, "clientSecret": Key, "secret": Key, "REPLICATE_API_TOKEN": Key,
		"token": Token, "accessToken": Token, "GITHUB_TOKEN": Key,
		"key": NotKey, "keyID": NotKey, "apiKeyHeader": NotKey, "secretName": NotKey,
		"maxTokens": NotKey, "tokenizer": NotKey, "nextPageToken": NotKey, "apiKeyEnv": NotKey,
		"sha256": NotKey, "SharedSecret": NotKey, "PrivateKey": NotKey, "mapKey": NotKey, "": NotKey, "keyHash": NotKey,
		"clientKey": NotKey, "client-key": NotKey, "TLSClientKey": NotKey, "tlsKey": NotKey, "apiClientKey": Key,
	}
	for name, want := range tests {
		if got := NameKindOf(name); got != want {
			t.Errorf("NameKindOf(%q) = %d, want %d", name, got, want)
		}
	}
}

func TestRedact(t *testing.T) {
	const k = "ba4e7c1f9d2a8b3e6f0c5d7a9e1b4c8f2d6a0e3b7c9f1d5a8e2b6c0f4d7a9e3b"
	if got, want := Redact(k), `"ba4e…" (64 chars)`; got != want {
		t.Errorf("Redact = %s, want %s", got, want)
	}
	if got := Redact("short"); strings.Contains(got, "sh") {
		t.Errorf("Redact(short) shows part of a short secret: %s", got)
	}
}

// TestCandidate checks that Candidate, the step before a literal's context
// is gathered, passes every sample key in every context Classify takes it
// in, and rejects what no context makes a key.
func TestCandidate(t *testing.T) {
	ctxs := []Context{{}, {Header: true}, {Names: []string{"apiKey"}}, {Names: []string{"wavespeedKey"}},
		{Names: []string{"token"}, Scoped: true, Nearby: []string{"wavespeed"}}}
	n := 0
	for _, p := range Providers() {
		for _, s := range append(p.TruePositives, p.FalsePositives...) {
			for _, c := range ctxs {
				if _, ok := Classify(s, c); ok {
					n++
					if !Candidate(s) {
						t.Errorf("%s: Candidate rejects a sample Classify takes with %+v", p.ID, c)
					}
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no sample classified: the test checks nothing")
	}
	for _, s := range []string{"application/json; charset=utf-8", "0123456789abcdef0123", "https://api.example.com/v1/things", "your-api-key-goes-here"} {
		if Candidate(s) {
			t.Errorf("Candidate(%.12q…) = true, want false", s)
		}
	}
}

func FuzzClassify(f *testing.F) {
	for _, p := range Providers() {
		for _, s := range append(p.TruePositives, p.FalsePositives...) {
			f.Add(s, p.EnvVar)
		}
	}
	f.Add("Bearer \xff\xfe", "apiKey")
	f.Fuzz(func(t *testing.T, s, name string) {
		m, ok := Classify(s, Context{Names: []string{name}})
		if !ok {
			return
		}
		if !MaybeKey(s) {
			t.Fatalf("Classify found a key that MaybeKey rejects")
		}
		if !Candidate(s) {
			t.Fatalf("Classify found a key that Candidate rejects")
		}
		if m.Start < 0 || m.End > len(s) || m.Start > m.End || s[m.Start:m.End] != m.Key {
			t.Fatalf("bad span %d:%d for a %d-byte input", m.Start, m.End, len(s))
		}
		if r := Redact(m.Key); len(m.Key) > 8 && strings.Contains(r, m.Key) {
			t.Fatalf("Redact shows the whole key")
		}
	})
}

func TestRedactText(t *testing.T) {
	ws := "9c1e7a3f5b2d4e6f8a0b1c3d5e7f9a2b4c6d8e0f1a3b5c7d9e2f4a6b8c0d1e3f"
	for _, tc := range []struct{ in, want string }{
		{`./a.go:3:27: cannot use "` + ws + `" (untyped string constant) as int value`,
			`./a.go:3:27: cannot use "9c1e…(64 chars)" (untyped string constant) as int value`},
		{`{"new_text": "Bearer ` + ws + `"}`, `{"new_text": "Bearer 9c1e…(64 chars)"}`},
		{"key " + ws + ".", "key 9c1e…(64 chars)."},
		{`bad range "` + ws + `..HEAD"`, `bad range "9c1e…(64 chars)..HEAD"`},
		// 40 hex under a key name is a key, so the filter hides any 40-hex run.
		{`-	apiKey := "3f786850e387550fdab836ed7e6dc881de23001b"`, `-	apiKey := "3f78…(40 chars)"`},
		// Not keys: paths, identifiers, env names, UUIDs, git ids, words.
		{"/tmp/TestGoVetVettool1234/001/main.go:7:23: hardcoded-key: ok", ""},
		{`os.Getenv("WAVESPEED_API_KEY") github.com/apikeylint/apikeylint/analyzer`, ""},
		{"123e4567-e89b-12d3-a456-426614174000 0123456789abcdef0123456789abcdef01234567", ""},
		{"synthetic-websocket-token-1 TestKeySourceCrossPackageFlag", ""},
	} {
		want := tc.want
		if want == "" {
			want = tc.in
		}
		if got := RedactText(tc.in); got != want {
			t.Errorf("RedactText(%q)\n got %q\nwant %q", tc.in, got, want)
		}
	}
}

// FuzzRedactText: the output filter never leaves a key it recognizes, and
// running it twice changes nothing more.
func FuzzRedactText(f *testing.F) {
	f.Add(`cannot use "9c1e7a3f5b2d4e6f8a0b1c3d5e7f9a2b4c6d8e0f1a3b5c7d9e2f4a6b8c0d1e3f" (untyped string constant)`)
	f.Add("/tmp/x/main.go:7:23: hardcoded-key: ok")
	f.Add("sk-proj-Zq7Xk2Lm9Pw4Rt6Yv8Nb3Hc5Jd1Fg0Ks2Qa7Wx9Ez4Ru6Ty8Ui3Op5Lk1Mn..HEAD")
	f.Fuzz(func(t *testing.T, text string) {
		out := RedactText(text)
		if again := RedactText(out); again != out {
			t.Fatalf("not idempotent: %q -> %q -> %q", text, out, again)
		}
		if m, ok := Classify(text, Context{Names: []string{"api_key"}}); ok && !strings.ContainsAny(text, " .\"") {
			if strings.Contains(out, m.Key) {
				t.Fatalf("RedactText(%q) keeps the key", text)
			}
		}
	})
}
