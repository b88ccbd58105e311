package keys

import (
	"hash/crc32"
	"net/textproto"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// wantAPIs are the providers issue 13 asks for, in registry order.
var wantAPIs = []string{
	"wavespeed", "openai", "anthropic", "gemini", "mistral", "groq", "deepseek", "openrouter", "together",
	"fireworks", "xai", "cohere", "replicate", "huggingface", "stability", "fal", "elevenlabs", "deepgram",
	"pexels", "linear", "notion", "github", "gitlab", "slack", "discord", "telegram", "stripe", "sendgrid", "twilio",
}

func TestRegistryData(t *testing.T) {
	apis := APIs()
	var ids []string
	for _, a := range apis {
		ids = append(ids, a.ID)
	}
	if !slices.Equal(ids, wantAPIs) {
		t.Fatalf("registry ids\n got %q\nwant %q", ids, wantAPIs)
	}
	formats := map[string]Provider{}
	for _, p := range Providers() {
		formats[p.ID] = p
	}
	seenEnv := map[string]string{}
	for _, a := range apis {
		if a.Name == "" || len(a.Hosts) == 0 || len(a.Auth) == 0 || len(a.EnvVars) == 0 {
			t.Errorf("%s: name, env vars, hosts and auth are required", a.ID)
		}
		if a.Docs["auth"] == "" {
			t.Errorf("%s: no doc URL for its auth scheme", a.ID)
		}
		for fact, u := range a.Docs {
			if !strings.HasPrefix(u, "https://") {
				t.Errorf("%s: doc for %s is not an https URL: %q", a.ID, fact, u)
			}
		}
		for _, e := range a.EnvVars {
			if other, dup := seenEnv[strings.ToUpper(e)]; dup {
				t.Errorf("%s: env var %s also belongs to %s", a.ID, e, other)
			}
			seenEnv[strings.ToUpper(e)] = a.ID
		}
		for _, h := range a.Hosts {
			if h != strings.ToLower(h) || strings.ContainsAny(h, "/: ") {
				t.Errorf("%s: host %q is not a bare lowercase host", a.ID, h)
			}
		}
		for _, au := range append(slices.Clone(a.Auth), verifyAuth(a)...) {
			n := 0
			if au.Header != "" {
				n++
				if textproto.CanonicalMIMEHeaderKey(au.Header) != au.Header || CanonicalHeader(au.Header) != au.Header {
					t.Errorf("%s: header %q is not canonical", a.ID, au.Header)
				}
			}
			if au.Query != "" {
				n++
			}
			if au.Path {
				n++
			}
			if n != 1 || au.Scheme != "" && au.Header == "" {
				t.Errorf("%s: auth %+v must name exactly one of header, query, path", a.ID, au)
			}
		}
		for _, id := range a.Formats {
			p, ok := formats[id]
			if !ok {
				t.Errorf("%s: format %s is not in Providers()", a.ID, id)
				continue
			}
			if p.API != a.ID {
				t.Errorf("%s: format %s links to API %q", a.ID, id, p.API)
			}
			if p.Format == "" {
				t.Errorf("%s: format %s has no description for people", a.ID, id)
			}
			if !slices.Contains(a.EnvVars, p.EnvVar) {
				t.Errorf("%s: format %s's env var %s is not among the API's", a.ID, id, p.EnvVar)
			}
		}
		if len(a.Formats) > 0 && a.Docs["format"] == "" {
			t.Errorf("%s: formats without a doc URL", a.ID)
		}
		for _, re := range a.Publishable {
			if !strings.HasPrefix(re, "^") || !strings.HasSuffix(re, "$") {
				t.Errorf("%s: publishable %q is not anchored", a.ID, re)
			}
			if _, err := regexp.Compile(re); err != nil {
				t.Errorf("%s: publishable %q: %v", a.ID, re, err)
			}
		}
		if v := a.Verify; v != nil {
			if v.Method != "GET" && v.Method != "POST" || !strings.HasPrefix(v.Path, "/") || len(v.Live) == 0 || len(v.Dead) == 0 || v.Doc == "" {
				t.Errorf("%s: incomplete verification request %+v", a.ID, *v)
			}
			if v.Host != "" {
				if got, ok := APIByHost(v.Host); !ok || got.ID != a.ID {
					t.Errorf("%s: verification host %s is not the provider's own", a.ID, v.Host)
				}
			}
			if a.Docs["verify"] == "" {
				t.Errorf("%s: verification without a doc URL", a.ID)
			}
			if v.Auth.Path != strings.Contains(v.Path, "{key}") {
				t.Errorf("%s: a path auth needs {key} in the path, and only then", a.ID)
			}
			for _, d := range v.Dead {
				if slices.Contains(v.Live, d) {
					t.Errorf("%s: status %d is both live and dead", a.ID, d)
				}
			}
		}
	}
	for _, p := range Providers() {
		if p.API == "" {
			continue
		}
		a, ok := APIByID(p.API)
		if !ok || !slices.Contains(a.Formats, p.ID) {
			t.Errorf("format %s names API %q, which does not list it", p.ID, p.API)
		}
	}
}

func verifyAuth(a API) []Auth {
	if a.Verify == nil {
		return nil
	}
	return []Auth{a.Verify.Auth}
}

func TestCanonicalHeader(t *testing.T) {
	for _, h := range []string{"authorization", "X-API-KEY", "x-goog-api-key", "PRIVATE-TOKEN", "xi-api-key", " Notion-Version ", "", "-a--b-", "x_api_key"} {
		if got, want := CanonicalHeader(h), textproto.CanonicalMIMEHeaderKey(strings.TrimSpace(h)); got != want {
			t.Errorf("CanonicalHeader(%q) = %q, want %q", h, got, want)
		}
	}
}

func TestAPIsAreCopies(t *testing.T) {
	a := APIs()
	a[0].EnvVars[0] = "CHANGED"
	a[0].Docs["auth"] = "changed"
	a[0].Verify.Live[0] = 999
	b, _ := APIByID("wavespeed")
	if b.EnvVars[0] != "WAVESPEED_API_KEY" || b.Docs["auth"] == "changed" || b.Verify.Live[0] != 200 {
		t.Fatal("changing APIs()'s result changed the registry")
	}
}

func TestAPILookups(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"WAVESPEED_API_KEY", "wavespeed"},
		{"wavespeed_api_key", "wavespeed"},
		{"GH_TOKEN", "github"},
		{"CO_API_KEY", "cohere"},
		{"GEMINI_API_KEY", "gemini"},
		{"HUGGING_FACE_HUB_TOKEN", "huggingface"},
		{"API_KEY", ""},
		{"WAVESPEED_API_KEY_FILE", ""},
		{"", ""},
	} {
		got := ""
		if a, ok := APIByEnv(tc.in); ok {
			got = a.ID
		}
		if got != tc.want {
			t.Errorf("APIByEnv(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, tc := range []struct{ in, want string }{
		{"api.wavespeed.ai", "wavespeed"},
		{"API.WaveSpeed.AI.", "wavespeed"},
		{"https://api.wavespeed.ai/api/v3/wavespeed-ai/flux-dev", "wavespeed"},
		{"api.openai.com:443", "openai"},
		{"queue.fal.run", "fal"},
		{"rest.fal.ai", "fal"},
		{"router.huggingface.co", "huggingface"},
		{"verify.twilio.com", "twilio"},
		{"generativelanguage.googleapis.com", "gemini"},
		{"evilopenai.com", ""},
		{"api.openai.com.evil.example", ""},
		{"example.com", ""},
		{"", ""},
		{"http://[::1", ""},
		{"https://user@api.github.com:8443/user?x=1", "github"},
		{"api.github.com:", "github"},
		{"api.github.com:abc", ""},
	} {
		got := ""
		if a, ok := APIByHost(tc.in); ok {
			got = a.ID
		}
		if got != tc.want {
			t.Errorf("APIByHost(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if _, ok := APIByID("nope"); ok {
		t.Error("APIByID(nope) found something")
	}
	for _, p := range Providers() {
		for _, s := range p.TruePositives {
			m, ok := Classify(s, Context{Names: []string{p.EnvVar}})
			if !ok {
				continue // TestProviderSamples reports it
			}
			a, ok := APIOf(m)
			if p.API == "" {
				if ok {
					t.Errorf("%s: APIOf found %s for a format outside the registry", p.ID, a.ID)
				}
				continue
			}
			if !ok || a.ID != p.API {
				t.Errorf("%s: APIOf = %q, want %q", p.ID, a.ID, p.API)
			}
			if e, ok := APIByEnv(p.EnvVar); !ok || e.ID != p.API {
				t.Errorf("%s: APIByEnv(%s) = %q, want %q", p.ID, p.EnvVar, e.ID, p.API)
			}
		}
	}
	if _, ok := APIOf(Match{Provider: Provider{ID: "generic"}}); ok {
		t.Error("APIOf(generic) found an API")
	}
}

func TestAccepts(t *testing.T) {
	for _, tc := range []struct {
		api, header, scheme string
		want                bool
	}{
		{"wavespeed", "Authorization", "Bearer", true},
		{"wavespeed", "authorization", "Bearer", true},
		{"wavespeed", "X-API-Key", "", false},
		{"wavespeed", "Authorization", "", false},
		{"wavespeed", "Authorization", "Token", false},
		{"anthropic", "x-api-key", "", true},
		{"anthropic", "Authorization", "Bearer", false},
		{"openai", "X-API-Key", "", false},
		{"gemini", "x-goog-api-key", "", true},
		{"elevenlabs", "xi-api-key", "", true},
		{"elevenlabs", "Authorization", "Bearer", false},
		{"pexels", "Authorization", "", true},
		{"pexels", "Authorization", "Bearer", false},
		{"linear", "Authorization", "", true},
		{"discord", "Authorization", "Bot", true},
		{"discord", "Authorization", "Bearer", false},
		{"deepgram", "Authorization", "Token", true},
		{"deepgram", "Authorization", "Bearer", false},
		{"fal", "Authorization", "Key", true},
		{"fal", "Authorization", "Bearer", false},
		{"github", "Authorization", "token", true},
		{"github", "Authorization", "Bearer", true},
		{"gitlab", "PRIVATE-TOKEN", "", true},
		{"gitlab", "Authorization", "Bearer", true},
		{"replicate", "Authorization", "Token", true},
		{"stability", "Authorization", "", true},
		{"stripe", "Authorization", "Basic", true},
		{"stripe", "Authorization", "Bearer", true},
		{"telegram", "Authorization", "Bearer", false},
		{"telegram", "", "", false},
	} {
		a, ok := APIByID(tc.api)
		if !ok {
			t.Fatalf("no API %s", tc.api)
		}
		if got := a.Accepts(tc.header, tc.scheme); got != tc.want {
			t.Errorf("%s.Accepts(%q, %q) = %v, want %v", tc.api, tc.header, tc.scheme, got, tc.want)
		}
	}
}

func TestPublishable(t *testing.T) {
	pk := "pk_live_vXhydibnCFiZu0U0zei7PeQF6xJKUM8Rt68KngzR"
	sid := "AC0f11ec3fbdd29da9c543c99a2a2a1e85"
	for _, s := range []string{pk, "pk_test_vXhydibnCFiZu0U0zei7PeQF6x", sid} {
		if !Publishable(s) {
			t.Errorf("Publishable(%s) = false", Redact(s))
		}
		for _, names := range [][]string{{"stripeKey"}, {"STRIPE_SECRET_KEY"}, {"apiKey"}, {"TWILIO_AUTH_TOKEN"}} {
			if m, ok := Classify(s, Context{Names: names}); ok {
				t.Errorf("Classify(%s, %q) = %s: a public key is no secret", Redact(s), names, m.Provider.ID)
			}
		}
	}
	for _, s := range []string{"sk_live_51Hq7Lm2Rv9Tb4Nk8Pz3Wc6Yd1Fg5Hj0Sa", "pk_live_", "xpk_live_vXhydibnCFiZu0U0zei7PeQF6x"} {
		if Publishable(s) {
			t.Errorf("Publishable(%s) = true", Redact(s))
		}
	}
}

func TestGitHubChecksum(t *testing.T) {
	// The published example of the scheme: CRC32 of the 30 random
	// characters, 6 base62 digits.
	if got := encodeBase62(crc32.ChecksumIEEE([]byte("fIkRGaBu5PeKsznMzXQOg3kETH1Sgx"))); got != "2oIfSC" {
		t.Errorf("checksum = %s, want 2oIfSC", got)
	}
	if got := encodeBase62(0); got != "000000" {
		t.Errorf("encodeBase62(0) = %s", got)
	}
	if got := encodeBase62(61); got != "00000z" {
		t.Errorf("encodeBase62(61) = %s", got)
	}
	valid := []string{"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", "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", "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"}
	for _, tok := range valid {
		if !GitHubChecksumOK(tok) {
			t.Errorf("GitHubChecksumOK(%s) = false", Redact(tok))
		}
		m, ok := Classify(tok, Context{})
		if !ok || m.Provider.ID != "github-token" || !m.ChecksumOK() {
			t.Errorf("Classify(%s): %v %s checksum %v", Redact(tok), ok, m.Provider.ID, m.ChecksumOK())
		}
	}
	for _, tok := range []string{
		"ghp_Xq7Lm2Rv9Tb4Nk8Pz3Wc6Yd1Fg5Hj0Sa7Qe2",      // made up: a key shape, no checksum
		"ghp_Wg3GYlbXjz5H9ErPAzFDelx4JAVN8F0NpLOd",      // last character changed
		"ghp_Xg3GYlbXjz5H9ErPAzFDelx4JAVN8F0NpLOc",      // random part changed
		"gha_Wg3GYlbXjz5H9ErPAzFDelx4JAVN8F0NpLOc",      // no such kind
		"ghp_Wg3GYlbXjz5H9ErPAzFDelx4JAVN8F0NpLO",       // short
		"ghp_Wg3GYlbXjz5H9ErPAzFDelx4JAVN8F0Np-Oc",      // not base62
		"sk-proj-Qx8Lm3Rv7Tb2Nk9Pz4Wc1Yd6Fg0Hj5Sa8Qe3R", // not GitHub's
	} {
		if GitHubChecksumOK(tok) {
			t.Errorf("GitHubChecksumOK(%s) = true", Redact(tok))
		}
	}
	m, ok := Classify("ghp_Xq7Lm2Rv9Tb4Nk8Pz3Wc6Yd1Fg5Hj0Sa7Qe2", Context{})
	if !ok || m.ChecksumOK() {
		t.Errorf("a made-up ghp_ literal is still a key in source, with a failing checksum: %v %v", ok, m.ChecksumOK())
	}
	if !GitHubChecksumOK("github_pat_11ABCDEFG0abcdefghijklmn_opqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijk") {
		t.Error("fine-grained tokens have no documented checksum")
	}
	if m, _ := Classify("sk_live_51Hq7Lm2Rv9Tb4Nk8Pz3Wc6Yd1Fg5Hj0Sa", Context{}); !m.ChecksumOK() {
		t.Error("a format without a checksum passes")
	}
}

func TestNamedOnlyContext(t *testing.T) {
	const ds = "sk-8810a0041155f56632e1c96307c43d31"
	for _, tc := range []struct {
		names []string
		want  string
	}{
		{[]string{"DEEPSEEK_API_KEY"}, "deepseek-api-key"},
		{[]string{"deepSeekKey"}, "deepseek-api-key"},
		{[]string{"apiKey"}, ""},
		{nil, ""},
		{[]string{"deepseekModelSHA256"}, ""},
	} {
		got := ""
		if m, ok := Classify(ds, Context{Names: tc.names}); ok {
			got = m.Provider.ID
		}
		if got != tc.want {
			t.Errorf("Classify(%s, %q) = %q, want %q", Redact(ds), tc.names, got, tc.want)
		}
	}
}

// TestFormatSamplesByID: every true positive is classified as its own
// format, not just its provider, beside its env var and as a bare literal
// when the format needs no context.
func TestFormatSamplesByID(t *testing.T) {
	for _, p := range Providers() {
		for _, s := range p.TruePositives {
			m, ok := Classify(s, Context{Names: []string{p.EnvVar}})
			if !ok || m.Provider.ID != p.ID {
				t.Errorf("%s: %s classified as %q", p.ID, Redact(s), m.Provider.ID)
			}
			m, ok = Classify("Bearer "+s, Context{})
			if p.NeedsContext {
				continue
			}
			if !ok || m.Provider.ID != p.ID || m.Key != s {
				t.Errorf("%s: Bearer %s classified as %q", p.ID, Redact(s), m.Provider.ID)
			}
		}
		for _, s := range p.FalsePositives {
			if p.NeedsContext {
				break // their look-alikes are keys beside the env var (a 64-hex SHA-256)
			}
			if m, ok := Classify(s, Context{Names: []string{p.EnvVar}}); ok && m.Provider.ID == p.ID {
				t.Errorf("%s: false positive %s classified as a key beside %s", p.ID, Redact(s), p.EnvVar)
			}
		}
	}
}
