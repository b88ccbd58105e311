package keys

import (
	"regexp"
	"strings"
)

// Auth is one way a provider accepts its key.
type Auth struct {
	// Header is the canonical header name ("Authorization", "X-Api-Key",
	// "Xi-Api-Key"); "" when the key is sent in the query or the path.
	Header string
	// Scheme is the word before the key in the header value ("Bearer",
	// "Token", "Bot", "Key", "Basic"); "" means the raw key is the value.
	Scheme string
	// Query is the query parameter name ("key", "private_token") when the
	// key goes in the URL query.
	Query string
	// Path says the key is part of the URL path (Telegram's /bot<token>/).
	Path bool
	// Under limits this way to the endpoints whose URL path starts with it
	// (Stability's raw key on its /v1/ endpoints); "" for every endpoint.
	Under string
}

// String shows the auth for people: "Authorization: Bearer <key>",
// "X-Api-Key: <key>", "?key=<key>", "URL path /bot<key>/".
func (a Auth) String() string {
	switch {
	case a.Header != "" && a.Scheme != "":
		return a.Header + ": " + a.Scheme + " <key>"
	case a.Header != "":
		return a.Header + ": <key>"
	case a.Query != "":
		return "?" + a.Query + "=<key>"
	case a.Path:
		return "key in the URL path"
	}
	return ""
}

// Verify is a request that tells whether a key works without costing
// anything: a balance, account or model listing read.
type Verify struct {
	// Method and Path of the request. In Path, "{key}" stands for the key
	// (Telegram's "/bot{key}/getMe").
	Method, Path string
	// Host is the host to ask; "" means the API's Hosts[0].
	Host string
	// Auth is how the key is sent.
	Auth Auth
	// Live and Dead are the statuses that mean the key works or does not;
	// any other status leaves the answer unknown.
	Live, Dead []int
	// Doc documents the request.
	Doc string
	// Headers are other headers the request needs (anthropic-version).
	Headers map[string]string
	// Body is a JSON request body (Linear's GraphQL query); "" for none.
	Body string
	// OKField names a JSON boolean of a live response's body that must be
	// true (Slack answers 200 with "ok": false for a revoked token).
	OKField string
}

// API is one provider in the registry: its names, key formats, hosts, how
// it wants the key sent and how to ask whether a key works, each fact with
// the documentation it comes from.
type API struct {
	// ID is a stable lowercase identifier ("wavespeed", "openai").
	ID string
	// Name is the display name ("WaveSpeed", "Hugging Face").
	Name string
	// EnvVars are the environment variables that hold the key, the
	// official one first.
	EnvVars []string
	// Formats are the IDs of the Providers() entries for the provider's
	// key literals; empty when the key has no recognizable format.
	Formats []string
	// Publishable are anchored regexps of the provider's public formats
	// that are not secrets (Stripe's pk_live_…).
	Publishable []string
	// Hosts are the API hosts ("api.wavespeed.ai"); a subdomain of one is
	// the provider's too.
	Hosts []string
	// Auth lists the ways the provider accepts the key: Auth[0] is the
	// documented way, the rest are also accepted.
	Auth []Auth
	// Verify is a free authenticated request; nil when none is known.
	Verify *Verify
	// Docs maps a fact ("auth", "format", "env", "verify", "publishable")
	// to the documentation URL it comes from.
	Docs map[string]string
}

// Accepts reports whether the provider accepts its key sent in header
// with scheme ("" for the raw key). Header names are compared as HTTP
// does, case-insensitively; schemes too (RFC 9110), so whether the
// scheme is spelled the way the provider documents is for the caller to
// check against Auth.
func (a API) Accepts(header, scheme string) bool {
	h := CanonicalHeader(header)
	if h == "" {
		return false
	}
	scheme = strings.TrimSpace(scheme)
	for _, au := range a.Auth {
		if au.Header == h && strings.EqualFold(au.Scheme, scheme) {
			return true
		}
	}
	return false
}

// ForPath returns the provider as seen by a request to the URL path p:
// without the ways limited to other endpoints. An empty p (the endpoint is
// not known) keeps every way.
func (a API) ForPath(p string) API {
	if p == "" {
		return a
	}
	out := a.clone()
	out.Auth = out.Auth[:0]
	for _, au := range a.Auth {
		if au.Under == "" || strings.HasPrefix(p, au.Under) {
			out.Auth = append(out.Auth, au)
		}
	}
	return out
}

// EnvVar is the provider's official environment variable ("" if none).
func (a API) EnvVar() string {
	if len(a.EnvVars) == 0 {
		return ""
	}
	return a.EnvVars[0]
}

// docs/providers.md's provider table is generated from the registry:
//
//go:generate go test -run ^TestREADMEProviders$ -update .

// APIs returns the provider registry, WaveSpeed first. The slice and
// everything in it are freshly allocated.
func APIs() []API {
	out := make([]API, len(registry.apis))
	for i, a := range registry.apis {
		out[i] = a.clone()
	}
	return out
}

// APIByID returns the registry entry with the given ID.
func APIByID(id string) (API, bool) {
	for _, a := range registry.apis {
		if a.ID == id {
			return a.clone(), true
		}
	}
	return API{}, false
}

// APIByEnv returns the provider whose key the environment variable holds:
// an exact, case-insensitive match of one of its EnvVars
// ("WAVESPEED_API_KEY", "gh_token").
func APIByEnv(name string) (API, bool) {
	name = strings.TrimSpace(name)
	for _, a := range registry.apis {
		for _, e := range a.EnvVars {
			if strings.EqualFold(e, name) {
				return a.clone(), true
			}
		}
	}
	return API{}, false
}

// APIByName returns the provider a constant names, as a switch on the
// provider type spells it: its ID or its name, case-insensitively and
// without spaces ("anthropic", "OpenAI", "stability-ai"). A "-compatible"
// suffix names an API that speaks the provider's protocol.
func APIByName(s string) (API, bool) {
	n := strings.ToLower(strings.TrimSpace(s))
	n = strings.TrimSuffix(strings.TrimSuffix(n, "-compatible"), "_compatible")
	if n == "" {
		return API{}, false
	}
	strip := strings.NewReplacer(" ", "", "-", "", "_", "", ".", "")
	for _, a := range registry.apis {
		if n == a.ID || strip.Replace(n) == strip.Replace(strings.ToLower(a.Name)) {
			return a.clone(), true
		}
	}
	return API{}, false
}

// APIByHost returns the provider that serves host: one of its Hosts or a
// subdomain of one. host may carry a port, or be a whole URL
// ("https://api.wavespeed.ai/api/v3").
func APIByHost(host string) (API, bool) {
	h := normalHost(host)
	if h == "" {
		return API{}, false
	}
	for _, a := range registry.apis {
		for _, ah := range a.Hosts {
			if h == ah || strings.HasSuffix(h, "."+ah) {
				return a.clone(), true
			}
		}
	}
	return API{}, false
}

// normalHost returns the lowercase host of s, a host, host:port or URL,
// without a trailing dot ("" when there is none). It parses by hand: the
// key model has no use for the net packages.
func normalHost(s string) string {
	s = strings.TrimSpace(s)
	if _, rest, ok := strings.Cut(s, "://"); ok {
		s = rest
	}
	if i := strings.IndexAny(s, "/?#"); i >= 0 {
		s = s[:i]
	}
	if i := strings.LastIndexByte(s, '@'); i >= 0 {
		s = s[i+1:]
	}
	if i := strings.LastIndexByte(s, ':'); i >= 0 && strings.Trim(s[i+1:], "0123456789") == "" {
		s = s[:i]
	}
	if s == "" || strings.ContainsAny(s, "[]: \t") {
		return ""
	}
	return strings.TrimSuffix(strings.ToLower(s), ".")
}

// CanonicalHeader returns the canonical form of an HTTP header name, as Go's
// net/http writes it: "x-api-key" → "X-Api-Key", "PRIVATE-TOKEN" →
// "Private-Token".
func CanonicalHeader(name string) string {
	b := []byte(strings.TrimSpace(name))
	upper := true
	for i, c := range b {
		switch {
		case upper && 'a' <= c && c <= 'z':
			b[i] = c - 'a' + 'A'
		case !upper && 'A' <= c && c <= 'Z':
			b[i] = c - 'A' + 'a'
		}
		upper = c == '-'
	}
	return string(b)
}

// APIOf returns the provider of a classified literal; false for generic
// secrets and formats outside the registry (AWS).
func APIOf(m Match) (API, bool) {
	if m.Provider.API == "" {
		return API{}, false
	}
	return APIByID(m.Provider.API)
}

// Publishable reports whether s is a key in a provider's public format,
// made to be shipped to clients and not a secret (Stripe's pk_live_…).
// Classify never reports one.
func Publishable(s string) bool {
	for _, re := range registry.publishable {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

func (a API) clone() API {
	c := a
	c.EnvVars = append([]string(nil), a.EnvVars...)
	c.Formats = append([]string(nil), a.Formats...)
	c.Publishable = append([]string(nil), a.Publishable...)
	c.Hosts = append([]string(nil), a.Hosts...)
	c.Auth = append([]Auth(nil), a.Auth...)
	if a.Verify != nil {
		v := *a.Verify
		v.Live = append([]int(nil), v.Live...)
		v.Dead = append([]int(nil), v.Dead...)
		if v.Headers != nil {
			h := make(map[string]string, len(v.Headers))
			for k, x := range v.Headers {
				h[k] = x
			}
			v.Headers = h
		}
		c.Verify = &v
	}
	c.Docs = make(map[string]string, len(a.Docs))
	for k, x := range a.Docs {
		c.Docs[k] = x
	}
	return c
}

// registry is the compiled registry; it is written once at package
// initialisation and only read afterwards.
var registry = compileRegistry()

type compiledRegistry struct {
	apis        []API
	publishable []*regexp.Regexp
}

func compileRegistry() compiledRegistry {
	r := compiledRegistry{apis: apiTable()}
	for _, a := range r.apis {
		for _, p := range a.Publishable {
			r.publishable = append(r.publishable, regexp.MustCompile(p))
		}
	}
	return r
}

// Common auth forms.
var (
	bearer = Auth{Header: "Authorization", Scheme: "Bearer"}
)

// th is the URL of a TruffleHog detector, the third-party source of key
// formats and verification requests that vendors do not document.
func th(name string) string {
	return "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/" + name + ".go"
}

// gitleaksRules is gitleaks' default rules file, the third-party source of
// key formats that vendors do not document.
const gitleaksRules = "https://github.com/gitleaks/gitleaks/blob/master/config/gitleaks.toml"

var (
	live200      = []int{200}
	dead401      = []int{401}
	dead401or403 = []int{401, 403}
)

// apiTable is the registry's data: WaveSpeed first, then the AI APIs, then
// the others.
func apiTable() []API {
	return []API{
		{
			ID: "wavespeed", Name: "WaveSpeed",
			EnvVars: []string{"WAVESPEED_API_KEY", "WAVESPEED_KEY", "WAVESPEED_TOKEN", "WAVESPEED_API_TOKEN", "WAVE_SPEED_API_KEY"},
			Formats: []string{"wavespeed-api-key", "wavespeed-wsk-key"},
			Hosts:   []string{"api.wavespeed.ai"},
			Auth:    []Auth{bearer},
			// /api/v3/balance reads the account balance: no credits spent,
			// open to every key whatever its creator's role, and what the
			// official CLI's `wavespeed login` asks.
			Verify: &Verify{Method: "GET", Path: "/api/v3/balance", Auth: bearer, Live: live200, Dead: dead401or403,
				Doc: "https://wavespeed.ai/docs/docs-common-api/balance"},
			Docs: map[string]string{
				"auth":   "https://wavespeed.ai/docs/api-authentication",
				"env":    "https://github.com/WaveSpeedAI/wavespeed-go/blob/main/config.go",
				"format": "https://github.com/WaveSpeedAI/wavespeed-cli/blob/main/src/commands/auth.ts",
				"verify": "https://wavespeed.ai/docs/docs-common-api/balance",
			},
		},
		{
			ID: "openai", Name: "OpenAI",
			EnvVars: []string{"OPENAI_API_KEY", "OPENAI_ADMIN_KEY", "OPENAI_KEY"},
			Formats: []string{"openai-api-key"},
			Hosts:   []string{"api.openai.com"},
			Auth:    []Auth{bearer},
			Verify: &Verify{Method: "GET", Path: "/v1/models", Auth: bearer, Live: live200, Dead: dead401,
				Doc: "https://platform.openai.com/docs/api-reference/models/list"},
			Docs: map[string]string{
				"auth":   "https://platform.openai.com/docs/api-reference/authentication",
				"env":    "https://github.com/openai/openai-go/blob/main/client.go",
				"format": gitleaksRules,
				"verify": "https://platform.openai.com/docs/api-reference/models/list",
			},
		},
		{
			ID: "anthropic", Name: "Anthropic",
			EnvVars: []string{"ANTHROPIC_API_KEY", "CLAUDE_API_KEY"},
			Formats: []string{"anthropic-api-key"},
			Hosts:   []string{"api.anthropic.com"},
			Auth:    []Auth{{Header: "X-Api-Key"}},
			Verify: &Verify{Method: "GET", Path: "/v1/models", Auth: Auth{Header: "X-Api-Key"}, Live: live200, Dead: dead401or403,
				Headers: map[string]string{"anthropic-version": "2023-06-01"},
				Doc:     "https://docs.anthropic.com/en/api/models-list"},
			Docs: map[string]string{
				"auth":   "https://docs.anthropic.com/en/api/getting-started",
				"env":    "https://github.com/anthropics/anthropic-sdk-go/blob/main/client.go",
				"format": gitleaksRules,
				"verify": "https://docs.anthropic.com/en/api/models-list",
			},
		},
		{
			ID: "gemini", Name: "Google Gemini",
			EnvVars: []string{"GEMINI_API_KEY", "GOOGLE_API_KEY"},
			Formats: []string{"google-api-key"},
			Hosts:   []string{"generativelanguage.googleapis.com"},
			// The OpenAI-compatible endpoint (/v1beta/openai/) takes the
			// same key as "Authorization: Bearer"
			// (https://ai.google.dev/gemini-api/docs/openai).
			Auth: []Auth{{Header: "X-Goog-Api-Key"}, {Query: "key"}, {Header: "Authorization", Scheme: "Bearer"}},
			// An invalid key gets 400 API_KEY_INVALID; a real Google key
			// without access to the Generative Language API gets 403, which
			// says nothing about its other APIs: unknown.
			Verify: &Verify{Method: "GET", Path: "/v1beta/models", Auth: Auth{Header: "X-Goog-Api-Key"}, Live: live200, Dead: []int{400, 401},
				Doc: "https://ai.google.dev/api/models#method:-models.list"},
			Docs: map[string]string{
				"auth":   "https://ai.google.dev/gemini-api/docs/api-key",
				"env":    "https://ai.google.dev/gemini-api/docs/api-key",
				"format": gitleaksRules,
				"verify": th("googlegemini/googlegemini"),
			},
		},
		{
			ID: "mistral", Name: "Mistral",
			EnvVars: []string{"MISTRAL_API_KEY"},
			Hosts:   []string{"api.mistral.ai"},
			Auth:    []Auth{bearer},
			Verify: &Verify{Method: "GET", Path: "/v1/models", Auth: bearer, Live: live200, Dead: dead401,
				Doc: "https://docs.mistral.ai/api/#tag/models"},
			Docs: map[string]string{
				"auth":   "https://github.com/mistralai/client-python/blob/main/src/mistralai/client/utils/security.py",
				"env":    "https://github.com/mistralai/client-python/blob/main/src/mistralai/client/utils/security.py",
				"verify": "https://docs.mistral.ai/api/#tag/models",
			},
		},
		{
			ID: "groq", Name: "Groq",
			EnvVars: []string{"GROQ_API_KEY"},
			Formats: []string{"groq-api-key"},
			Hosts:   []string{"api.groq.com"},
			Auth:    []Auth{bearer},
			Verify: &Verify{Method: "GET", Path: "/openai/v1/models", Auth: bearer, Live: live200, Dead: dead401,
				Doc: "https://console.groq.com/docs/api-reference#models-list"},
			Docs: map[string]string{
				"auth":   "https://console.groq.com/docs/api-reference",
				"env":    "https://github.com/groq/groq-python/blob/main/src/groq/_client.py",
				"format": th("groq/groq"),
				"verify": "https://console.groq.com/docs/api-reference#models-list",
			},
		},
		{
			ID: "deepseek", Name: "DeepSeek",
			EnvVars: []string{"DEEPSEEK_API_KEY"},
			Formats: []string{"deepseek-api-key"},
			Hosts:   []string{"api.deepseek.com"},
			Auth:    []Auth{bearer},
			Verify: &Verify{Method: "GET", Path: "/user/balance", Auth: bearer, Live: live200, Dead: dead401,
				Doc: "https://api-docs.deepseek.com/api/get-user-balance"},
			Docs: map[string]string{
				"auth":   "https://api-docs.deepseek.com/",
				"env":    "https://api-docs.deepseek.com/",
				"format": th("deepseek/deepseek"),
				"verify": "https://api-docs.deepseek.com/api/get-user-balance",
			},
		},
		{
			ID: "openrouter", Name: "OpenRouter",
			EnvVars: []string{"OPENROUTER_API_KEY"},
			Formats: []string{"openrouter-api-key"},
			Hosts:   []string{"openrouter.ai"},
			Auth:    []Auth{bearer},
			Verify: &Verify{Method: "GET", Path: "/api/v1/key", Auth: bearer, Live: live200, Dead: dead401,
				Doc: "https://openrouter.ai/docs/api/api-reference/api-keys/get-current-key"},
			Docs: map[string]string{
				"auth":   "https://openrouter.ai/docs/api/api-reference/api-keys/get-current-key",
				"env":    "https://github.com/OpenRouterTeam/go-sdk/blob/main/doc.go",
				"format": th("openrouter/openrouter"),
				"verify": "https://openrouter.ai/docs/api/api-reference/api-keys/get-current-key",
			},
		},
		{
			ID: "together", Name: "Together AI",
			EnvVars: []string{"TOGETHER_API_KEY"},
			Hosts:   []string{"api.together.xyz"},
			Auth:    []Auth{bearer},
			Verify: &Verify{Method: "GET", Path: "/v1/models", Auth: bearer, Live: live200, Dead: dead401,
				Doc: "https://github.com/togethercomputer/together-python/blob/main/src/together/resources/models.py"},
			Docs: map[string]string{
				"auth":   "https://github.com/togethercomputer/together-python/blob/main/src/together/utils/api_helpers.py",
				"env":    "https://github.com/togethercomputer/together-python/blob/main/src/together/client.py",
				"verify": "https://github.com/togethercomputer/together-python/blob/main/src/together/resources/models.py",
			},
		},
		{
			ID: "fireworks", Name: "Fireworks AI",
			EnvVars: []string{"FIREWORKS_API_KEY"},
			Hosts:   []string{"api.fireworks.ai"},
			Auth:    []Auth{bearer},
			Verify: &Verify{Method: "GET", Path: "/inference/v1/models", Auth: bearer, Live: live200, Dead: dead401,
				Doc: "https://docs.fireworks.ai/api-reference/introduction"},
			Docs: map[string]string{
				"auth":   "https://docs.fireworks.ai/api-reference/introduction",
				"env":    "https://docs.fireworks.ai/api-reference/introduction",
				"verify": "https://docs.fireworks.ai/api-reference/introduction",
			},
		},
		{
			ID: "xai", Name: "xAI",
			EnvVars: []string{"XAI_API_KEY"},
			Formats: []string{"xai-api-key"},
			Hosts:   []string{"api.x.ai", "management-api.x.ai"},
			Auth:    []Auth{bearer},
			Verify: &Verify{Method: "GET", Path: "/v1/api-key", Auth: bearer, Live: live200, Dead: []int{400, 401, 403},
				Doc: "https://docs.x.ai/docs/api-reference#api-key"},
			Docs: map[string]string{
				"auth":   "https://docs.x.ai/developers/rest-api-reference/management/auth",
				"env":    "https://github.com/xai-org/xai-sdk-python/blob/main/src/xai_sdk/client.py",
				"format": th("xai/xai"),
				"verify": th("xai/xai"),
			},
		},
		{
			ID: "cohere", Name: "Cohere",
			EnvVars: []string{"CO_API_KEY", "COHERE_API_KEY"},
			Hosts:   []string{"api.cohere.com", "api.cohere.ai"},
			Auth:    []Auth{bearer},
			Verify: &Verify{Method: "POST", Path: "/v1/check-api-key", Auth: bearer, Live: live200, Dead: dead401,
				Doc: "https://docs.cohere.com/reference/checkapikey"},
			Docs: map[string]string{
				"auth":   "https://github.com/cohere-ai/cohere-python/blob/main/src/cohere/core/client_wrapper.py",
				"env":    "https://github.com/cohere-ai/cohere-python/blob/main/src/cohere/client.py",
				"verify": "https://docs.cohere.com/reference/checkapikey",
			},
		},
		{
			ID: "replicate", Name: "Replicate",
			EnvVars: []string{"REPLICATE_API_TOKEN", "REPLICATE_API_KEY"},
			Formats: []string{"replicate-api-token"},
			Hosts:   []string{"api.replicate.com"},
			Auth:    []Auth{bearer, {Header: "Authorization", Scheme: "Token"}},
			Verify: &Verify{Method: "GET", Path: "/v1/account", Auth: bearer, Live: live200, Dead: dead401,
				Doc: "https://replicate.com/docs/reference/http#account.get"},
			Docs: map[string]string{
				"auth":   "https://replicate.com/docs/reference/http#authentication",
				"env":    "https://github.com/replicate/replicate-go/blob/main/client.go",
				"format": th("replicate/replicate"),
				"verify": "https://replicate.com/docs/reference/http#account.get",
			},
		},
		{
			ID: "huggingface", Name: "Hugging Face",
			EnvVars: []string{"HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "HUGGINGFACEHUB_API_TOKEN", "HF_API_TOKEN"},
			Formats: []string{"huggingface-token"},
			Hosts:   []string{"huggingface.co", "hf.co"},
			Auth:    []Auth{bearer},
			Verify: &Verify{Method: "GET", Path: "/api/whoami-v2", Auth: bearer, Live: live200, Dead: dead401,
				Doc: th("huggingface/huggingface")},
			Docs: map[string]string{
				"auth":   "https://huggingface.co/docs/hub/security-tokens",
				"env":    "https://huggingface.co/docs/huggingface_hub/package_reference/environment_variables#hftoken",
				"format": gitleaksRules,
				"verify": th("huggingface/huggingface"),
			},
		},
		{
			ID: "stability", Name: "Stability AI",
			EnvVars: []string{"STABILITY_API_KEY", "STABILITY_KEY"},
			Hosts:   []string{"api.stability.ai"},
			// The v2 docs send Bearer; the v1 OpenAPI spec declares the raw
			// key as the Authorization value, for its /v1/ endpoints only.
			Auth: []Auth{bearer, {Header: "Authorization", Under: "/v1/"}},
			Verify: &Verify{Method: "GET", Path: "/v1/user/account", Auth: bearer, Live: live200, Dead: dead401,
				Doc: "https://platform.stability.ai/docs/api-reference#tag/User/operation/userAccount"},
			Docs: map[string]string{
				"auth":   "https://platform.stability.ai/docs/getting-started/authentication",
				"env":    "https://github.com/Stability-AI/rest-api-support/blob/main/examples/curl/code/v1/get_account.sh",
				"verify": "https://platform.stability.ai/docs/api-reference#tag/User/operation/userAccount",
			},
		},
		{
			ID: "fal", Name: "fal",
			EnvVars: []string{"FAL_KEY", "FAL_API_KEY"},
			Hosts:   []string{"fal.run", "fal.ai"},
			Auth:    []Auth{{Header: "Authorization", Scheme: "Key"}},
			// Model listing on the Platform API takes an API-scope key and
			// runs nothing.
			Verify: &Verify{Method: "GET", Path: "/v1/models?limit=1", Host: "api.fal.ai", Auth: Auth{Header: "Authorization", Scheme: "Key"},
				Live: live200, Dead: dead401or403, Doc: "https://docs.fal.ai/platform-apis/authentication"},
			Docs: map[string]string{
				"auth":   "https://docs.fal.ai/platform-apis/authentication",
				"env":    "https://docs.fal.ai/documentation/model-apis/authentication",
				"format": "https://docs.fal.ai/platform-apis/v1/keys/create",
				"verify": "https://docs.fal.ai/platform-apis/authentication",
			},
		},
		{
			ID: "elevenlabs", Name: "ElevenLabs",
			EnvVars: []string{"ELEVENLABS_API_KEY", "ELEVEN_API_KEY", "XI_API_KEY"},
			Formats: []string{"elevenlabs-api-key"},
			Hosts:   []string{"api.elevenlabs.io"},
			Auth:    []Auth{{Header: "Xi-Api-Key"}},
			Verify: &Verify{Method: "GET", Path: "/v1/user", Auth: Auth{Header: "Xi-Api-Key"}, Live: live200, Dead: dead401,
				Doc: "https://elevenlabs.io/docs/api-reference/user/get"},
			Docs: map[string]string{
				"auth":   "https://elevenlabs.io/docs/api-reference/authentication",
				"env":    "https://github.com/elevenlabs/elevenlabs-python/blob/main/src/elevenlabs/client.py",
				"format": th("elevenlabs/v2/elevenlabs"),
				"verify": th("elevenlabs/v2/elevenlabs"),
			},
		},
		{
			ID: "deepgram", Name: "Deepgram",
			EnvVars: []string{"DEEPGRAM_API_KEY"},
			Hosts:   []string{"api.deepgram.com"},
			// API keys use Token; Bearer is for short-lived access tokens.
			Auth: []Auth{{Header: "Authorization", Scheme: "Token"}},
			Verify: &Verify{Method: "GET", Path: "/v1/projects", Auth: Auth{Header: "Authorization", Scheme: "Token"}, Live: live200, Dead: dead401or403,
				Doc: "https://developers.deepgram.com/reference/management-api/projects/list"},
			Docs: map[string]string{
				"auth":   "https://developers.deepgram.com/reference/authentication",
				"env":    "https://github.com/deepgram/deepgram-go-sdk/blob/main/pkg/client/interfaces/v1/options.go",
				"verify": th("deepgram/deepgram"),
			},
		},
		{
			ID: "pexels", Name: "Pexels",
			EnvVars: []string{"PEXELS_API_KEY"},
			Hosts:   []string{"api.pexels.com"},
			Auth:    []Auth{{Header: "Authorization"}},
			Verify: &Verify{Method: "GET", Path: "/v1/curated?per_page=1", Auth: Auth{Header: "Authorization"}, Live: live200, Dead: dead401or403,
				Doc: "https://www.pexels.com/api/documentation/#photos-curated"},
			Docs: map[string]string{
				"auth":   "https://www.pexels.com/api/documentation/#authorization",
				"verify": "https://www.pexels.com/api/documentation/#photos-curated",
			},
		},
		{
			ID: "linear", Name: "Linear",
			EnvVars: []string{"LINEAR_API_KEY"},
			Formats: []string{"linear-api-key"},
			Hosts:   []string{"api.linear.app"},
			// Personal API keys go raw; Bearer is for OAuth access tokens.
			Auth: []Auth{{Header: "Authorization"}},
			Verify: &Verify{Method: "POST", Path: "/graphql", Auth: Auth{Header: "Authorization"}, Live: live200, Dead: dead401or403,
				Body: `{"query":"{ viewer { id } }"}`, Doc: "https://linear.app/developers/graphql#authentication"},
			Docs: map[string]string{
				"auth":   "https://github.com/linear/linear/blob/master/packages/sdk/src/client.ts",
				"format": gitleaksRules,
				"verify": "https://linear.app/developers/graphql#authentication",
			},
		},
		{
			ID: "notion", Name: "Notion",
			EnvVars: []string{"NOTION_TOKEN", "NOTION_API_KEY", "NOTION_SECRET"},
			Formats: []string{"notion-token", "notion-legacy-token"},
			Hosts:   []string{"api.notion.com"},
			Auth:    []Auth{bearer},
			Verify: &Verify{Method: "GET", Path: "/v1/users/me", Auth: bearer, Live: live200, Dead: dead401,
				Headers: map[string]string{"Notion-Version": "2022-06-28"},
				Doc:     "https://developers.notion.com/reference/get-self"},
			Docs: map[string]string{
				"auth":   "https://developers.notion.com/reference/authentication",
				"env":    "https://github.com/makenotion/notion-sdk-js/blob/main/README.md",
				"format": gitleaksRules,
				"verify": "https://developers.notion.com/reference/get-self",
			},
		},
		{
			ID: "github", Name: "GitHub",
			EnvVars: []string{"GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PAT", "GH_ENTERPRISE_TOKEN", "GITHUB_ENTERPRISE_TOKEN"},
			Formats: []string{"github-token"},
			Hosts:   []string{"api.github.com"},
			Auth:    []Auth{bearer, {Header: "Authorization", Scheme: "Token"}},
			Verify: &Verify{Method: "GET", Path: "/user", Auth: bearer, Live: live200, Dead: dead401,
				Doc: "https://docs.github.com/en/rest/users/users#get-the-authenticated-user"},
			Docs: map[string]string{
				"auth":   "https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api",
				"env":    "https://cli.github.com/manual/gh_help_environment",
				"format": "https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/",
				"verify": "https://docs.github.com/en/rest/users/users#get-the-authenticated-user",
			},
		},
		{
			ID: "gitlab", Name: "GitLab",
			EnvVars: []string{"GITLAB_TOKEN", "GITLAB_PRIVATE_TOKEN", "GITLAB_ACCESS_TOKEN"},
			Formats: []string{"gitlab-pat"},
			Hosts:   []string{"gitlab.com"},
			Auth:    []Auth{{Header: "Private-Token"}, bearer, {Query: "private_token"}},
			// 403 is a real token without the read_user scope: unknown.
			Verify: &Verify{Method: "GET", Path: "/api/v4/user", Auth: Auth{Header: "Private-Token"}, Live: live200, Dead: dead401,
				Doc: "https://docs.gitlab.com/api/users/#get-the-current-user"},
			Docs: map[string]string{
				"auth":   "https://docs.gitlab.com/api/rest/authentication/",
				"format": gitleaksRules,
				"verify": "https://docs.gitlab.com/api/rest/authentication/",
			},
		},
		{
			ID: "slack", Name: "Slack",
			EnvVars: []string{"SLACK_TOKEN", "SLACK_BOT_TOKEN", "SLACK_USER_TOKEN", "SLACK_API_TOKEN"},
			Formats: []string{"slack-token"},
			Hosts:   []string{"slack.com"},
			Auth:    []Auth{bearer},
			// auth.test needs no scope; a dead token gets 200 with "ok": false.
			Verify: &Verify{Method: "POST", Path: "/api/auth.test", Auth: bearer, Live: live200, Dead: dead401or403, OKField: "ok",
				Doc: "https://docs.slack.dev/reference/methods/auth.test"},
			Docs: map[string]string{
				"auth":   "https://docs.slack.dev/reference/methods/auth.test",
				"format": gitleaksRules,
				"verify": "https://docs.slack.dev/reference/methods/auth.test",
			},
		},
		{
			ID: "discord", Name: "Discord",
			EnvVars: []string{"DISCORD_BOT_TOKEN", "DISCORD_TOKEN"},
			Formats: []string{"discord-bot-token"},
			Hosts:   []string{"discord.com", "discordapp.com"},
			Auth:    []Auth{{Header: "Authorization", Scheme: "Bot"}},
			Verify: &Verify{Method: "GET", Path: "/api/v10/users/@me", Auth: Auth{Header: "Authorization", Scheme: "Bot"}, Live: live200, Dead: dead401,
				Doc: "https://discord.com/developers/docs/resources/user#get-current-user"},
			Docs: map[string]string{
				"auth":   "https://discord.com/developers/docs/reference#authentication",
				"format": th("discordbottoken/discordbottoken"),
				"verify": "https://discord.com/developers/docs/resources/user#get-current-user",
			},
		},
		{
			ID: "telegram", Name: "Telegram",
			EnvVars: []string{"TELEGRAM_BOT_TOKEN", "TELEGRAM_TOKEN", "TG_BOT_TOKEN"},
			Formats: []string{"telegram-bot-token"},
			Hosts:   []string{"api.telegram.org"},
			Auth:    []Auth{{Path: true}},
			Verify: &Verify{Method: "GET", Path: "/bot{key}/getMe", Auth: Auth{Path: true}, Live: live200, Dead: dead401,
				Doc: "https://core.telegram.org/bots/api#getme"},
			Docs: map[string]string{
				"auth":   "https://core.telegram.org/bots/api#making-requests",
				"format": th("telegrambottoken/telegrambottoken"),
				"verify": "https://core.telegram.org/bots/api#getme",
			},
		},
		{
			ID: "stripe", Name: "Stripe",
			EnvVars:     []string{"STRIPE_SECRET_KEY", "STRIPE_API_KEY", "STRIPE_KEY"},
			Formats:     []string{"stripe-secret-key"},
			Publishable: []string{`^pk_(?:live|test)_[A-Za-z0-9]{10,}$`},
			Hosts:       []string{"api.stripe.com"},
			// Basic with the key as the user name; Bearer is also accepted.
			Auth: []Auth{{Header: "Authorization", Scheme: "Basic"}, bearer},
			Verify: &Verify{Method: "GET", Path: "/v1/balance", Auth: bearer, Live: live200, Dead: dead401,
				Doc: "https://docs.stripe.com/api/balance/balance_retrieve"},
			Docs: map[string]string{
				"auth":        "https://docs.stripe.com/api/authentication",
				"format":      "https://docs.stripe.com/keys",
				"publishable": "https://docs.stripe.com/keys",
				"verify":      "https://docs.stripe.com/api/balance/balance_retrieve",
			},
		},
		{
			ID: "sendgrid", Name: "SendGrid",
			EnvVars: []string{"SENDGRID_API_KEY"},
			Formats: []string{"sendgrid-api-key"},
			Hosts:   []string{"api.sendgrid.com"},
			Auth:    []Auth{bearer},
			// 403 is a real key with too few permissions: unknown.
			Verify: &Verify{Method: "GET", Path: "/v3/scopes", Auth: bearer, Live: live200, Dead: dead401,
				Doc: "https://www.twilio.com/docs/sendgrid/api-reference/api-key-permissions/retrieve-a-list-of-scopes-for-which-this-user-has-access"},
			Docs: map[string]string{
				"auth":   "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/authentication",
				"env":    "https://github.com/sendgrid/sendgrid-go/blob/main/README.md",
				"format": th("sendgrid/sendgrid"),
				"verify": th("sendgrid/sendgrid"),
			},
		},
		{
			ID: "twilio", Name: "Twilio",
			EnvVars: []string{"TWILIO_AUTH_TOKEN", "TWILIO_API_SECRET", "TWILIO_API_KEY"},
			Formats: []string{"twilio-api-key-sid"},
			// An Account SID names the account, like a user name.
			Publishable: []string{`^AC[0-9a-f]{32}$`},
			Hosts:       []string{"api.twilio.com", "twilio.com"},
			// Basic with a SID as user and the auth token or API key secret
			// as password: no request verifies a secret alone.
			Auth: []Auth{{Header: "Authorization", Scheme: "Basic"}},
			Docs: map[string]string{
				"auth":        "https://www.twilio.com/docs/usage/requests-to-twilio",
				"env":         "https://github.com/twilio/twilio-go/blob/main/twilio.go",
				"format":      th("twilioapikey/twilioapikey"),
				"publishable": "https://www.twilio.com/docs/iam/api/account",
			},
		},
	}
}
