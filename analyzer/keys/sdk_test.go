package keys

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// importPathRE is a well-formed import path: a host with a dot, then
// lowercase-or-not path elements without spaces, dots only inside elements.
var importPathRE = regexp.MustCompile(`^[a-z0-9.-]+\.[a-z]+(?:/[A-Za-z0-9_.-]+)+(?:/\.{3})?$`)

// takeNameRE is "Func", "Type.Method", "Type.Field" or "Var".
var takeNameRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?$`)

func TestSDKTable(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range SDKs() {
		if s.Provider != "" {
			if _, ok := APIByID(s.Provider); !ok {
				t.Errorf("SDK %v: provider %q is not in the registry", s.Paths, s.Provider)
			}
		}
		if len(s.Paths) == 0 {
			t.Errorf("SDK for %q has no paths", s.Provider)
		}
		for _, p := range s.Paths {
			if !importPathRE.MatchString(p) || strings.HasSuffix(p, "/") || strings.Contains(p, "//") {
				t.Errorf("SDK path %q is not a well-formed import path", p)
			}
			if stripMajor(p) != p {
				t.Errorf("SDK path %q carries a major version: list it without one", p)
			}
			if seen[p] {
				t.Errorf("SDK path %q is listed twice", p)
			}
			seen[p] = true
		}
		if len(s.Takes) == 0 {
			t.Errorf("SDK %v takes no key", s.Paths)
		}
		names := map[string]bool{}
		for _, tk := range s.Takes {
			if tk.Name == "" || !takeNameRE.MatchString(tk.Name) {
				t.Errorf("SDK %v: take name %q is not Func, Type.Method, Type.Field or Var", s.Paths, tk.Name)
			}
			if names[tk.Name] {
				t.Errorf("SDK %v: take %q listed twice", s.Paths, tk.Name)
			}
			names[tk.Name] = true
			if tk.Arg < 0 {
				t.Errorf("SDK %v: take %q has a negative Arg", s.Paths, tk.Name)
			}
			for _, sc := range append([]string{tk.Scheme}, tk.Alternatives...) {
				if sc != "" && !strings.HasSuffix(sc, " ") {
					t.Errorf("SDK %v: take %q: scheme %q must end in a space", s.Paths, tk.Name, sc)
				}
			}
			if a := tk.Sends; a.Header != "" && a.Header != CanonicalHeader(a.Header) {
				t.Errorf("SDK %v: take %q sends header %q, not canonical", s.Paths, tk.Name, a.Header)
			}
		}
		for _, f := range s.KeyFields {
			if !takeNameRE.MatchString(f) || !strings.Contains(f, ".") {
				t.Errorf("SDK %v: key field %q is not Type.Field", s.Paths, f)
			}
		}
		if !strings.HasPrefix(s.Doc, "https://") {
			t.Errorf("SDK %v: Doc %q is not a link", s.Paths, s.Doc)
		}
	}
}

func TestSDKLookups(t *testing.T) {
	for _, c := range []struct {
		pkg, name string
		provider  string
		arg       int
		scheme    string
		sends     Auth
	}{
		{"github.com/bwmarrin/discordgo", "New", "discord", 0, "Bot ", Auth{Header: "Authorization"}},
		{"github.com/openai/openai-go/option", "WithAPIKey", "", 0, "", bearer},
		{"github.com/openai/openai-go/v3/option", "WithAPIKey", "", 0, "", bearer},
		{"github.com/openai/openai-go/v2/option", "WithAdminAPIKey", "", 0, "", bearer},
		{"github.com/openai/openai-go/v3/azure", "WithAPIKey", "", 0, "", Auth{Header: "Api-Key"}},
		{"github.com/anthropics/anthropic-sdk-go/option", "WithAPIKey", "anthropic", 0, "", Auth{Header: "X-Api-Key"}},
		{"github.com/anthropics/anthropic-sdk-go/v2/option", "WithAuthToken", "anthropic", 0, "", bearer},
		{"github.com/google/go-github/v74/github", "Client.WithAuthToken", "github", 0, "", bearer},
		{"github.com/google/go-github/v74/github", "NewTokenClient", "github", 1, "", bearer},
		{"github.com/stripe/stripe-go/v82", "Key", "stripe", 0, "", bearer},
		{"github.com/stripe/stripe-go/v82/client", "New", "stripe", 0, "", bearer},
		{"github.com/go-telegram-bot-api/telegram-bot-api/v5", "NewBotAPI", "telegram", 0, "", Auth{Path: true}},
		{"gopkg.in/telebot.v3", "Settings.Token", "telegram", 0, "", Auth{Path: true}},
		{"github.com/twilio/twilio-go", "ClientParams.Password", "twilio", 0, "", Auth{Header: "Authorization", Scheme: "Basic"}},
		{"github.com/twilio/twilio-go/client", "NewCredentials", "twilio", 1, "", Auth{Header: "Authorization", Scheme: "Basic"}},
		{"google.golang.org/api/option", "WithAPIKey", "", 0, "", Auth{Query: "key"}},
		{"google.golang.org/genai", "ClientConfig.APIKey", "gemini", 0, "", Auth{Header: "X-Goog-Api-Key"}},
		{"github.com/deepgram/deepgram-go-sdk/pkg/client/interfaces/v1", "ClientOptions.APIKey", "deepgram", 0, "", Auth{Header: "Authorization", Scheme: "Token"}},
		{"github.com/deepgram/deepgram-go-sdk/v3/pkg/client/interfaces", "ClientOptions.APIKey", "deepgram", 0, "", Auth{Header: "Authorization", Scheme: "Token"}},
		{"github.com/cohere-ai/cohere-go/v2/option", "WithToken", "cohere", 0, "", bearer},
		{"github.com/slack-go/slack", "PostWebhookContext", "slack", 1, "", Auth{}},
	} {
		s, tk, ok := SDKTakeOf(c.pkg, c.name)
		if !ok {
			t.Errorf("SDKTakeOf(%q, %q): not found", c.pkg, c.name)
			continue
		}
		if s.Provider != c.provider || tk.Arg != c.arg || tk.Scheme != c.scheme || tk.Sends != c.sends {
			t.Errorf("SDKTakeOf(%q, %q) = provider %q, arg %d, scheme %q, sends %+v; want %q, %d, %q, %+v",
				c.pkg, c.name, s.Provider, tk.Arg, tk.Scheme, tk.Sends, c.provider, c.arg, c.scheme, c.sends)
		}
	}
	for _, c := range []struct{ pkg, name string }{
		{"github.com/openai/openai-go/v3", "WithAPIKey"},         // the root package has no such option
		{"github.com/openai/openai-go/v3/option", "WithBaseURL"}, // not a key
		{"github.com/openai/openai-go/v1/option", "WithAPIKey"},  // v1 is never in an import path
		{"github.com/bwmarrin/discordgo/v2x", "New"},             // not a major version
		{"example.com/github.com/bwmarrin/discordgo", "New"},     // another module
		{"github.com/deepgram/deepgram-go-sdk/pkg/client/interfaces/v1beta", "ClientOptions.APIKey"},
	} {
		if _, _, ok := SDKTakeOf(c.pkg, c.name); ok {
			t.Errorf("SDKTakeOf(%q, %q): found, want none", c.pkg, c.name)
		}
	}
	for _, c := range []struct {
		pkg, field string
		want       bool
	}{
		{"github.com/bwmarrin/discordgo", "Session.Token", true},
		{"github.com/go-telegram-bot-api/telegram-bot-api/v5", "BotAPI.Token", true},
		{"github.com/mymmrac/telego", "Bot.token", true},
		{"golang.org/x/oauth2", "Token.AccessToken", true},
		{"github.com/bwmarrin/discordgo", "Session.State", false},
		{"github.com/openai/openai-go/v3/option", "RequestConfig.APIKey", false},
	} {
		if _, ok := SDKKeyField(c.pkg, c.field); ok != c.want {
			t.Errorf("SDKKeyField(%q, %q) = %v, want %v", c.pkg, c.field, ok, c.want)
		}
	}
	if !IsSDK("github.com/slack-go/slack") || IsSDK("github.com/slack-go/slackx") || IsSDK("net/http") {
		t.Error("IsSDK is wrong")
	}
}

func TestStripMajor(t *testing.T) {
	for in, want := range map[string]string{
		"github.com/openai/openai-go/v3/option":  "github.com/openai/openai-go/option",
		"github.com/stripe/stripe-go/v82":        "github.com/stripe/stripe-go",
		"github.com/google/go-github/v74/github": "github.com/google/go-github/github",
		"github.com/x/y/v1":                      "github.com/x/y/v1",
		"github.com/x/y/v02":                     "github.com/x/y/v02",
		"gopkg.in/telebot.v3":                    "gopkg.in/telebot.v3",
		"v2/x":                                   "v2/x",
	} {
		if got := stripMajor(in); got != want {
			t.Errorf("stripMajor(%q) = %q, want %q", in, got, want)
		}
	}
}

// SDKs are the copies: changing one changes no other caller's.
func TestSDKsFresh(t *testing.T) {
	a := SDKs()
	a[0].Paths[0] = "changed"
	a[0].Takes[0].Name = "changed"
	if b := SDKs(); b[0].Paths[0] == "changed" || b[0].Takes[0].Name == "changed" {
		t.Error("SDKs shares its slices")
	}
}

const (
	sdkDocPath  = "../../docs/sdks.md"
	sdkDocBegin = "<!-- sdks:begin (generated from analyzer/keys by `go generate ./analyzer/keys`; do not edit) -->\n"
	sdkDocEnd   = "<!-- sdks:end -->\n"
)

// sdkDocHead is docs/sdks.md's text before the generated table.
const sdkDocHead = `# SDK surfaces

Where Go SDKs take a provider's key, and how they send it. apikeylint
treats a value that reaches one of these as a key whatever its name (a key
is known by where it goes), checks the scheme a caller adds (discordgo's
` + "`New`" + ` wants ` + "`\"Bot \" + token`" + ` for a bot), and treats the listed fields as
holding a key, so that printing a value that holds one is an exposure.

A path matches its major versions too (` + "`github.com/openai/openai-go/option`" + `
covers ` + "`github.com/openai/openai-go/v3/option`" + `). "takes" lists functions
(argument index after ` + "`#`" + ` when it is not the first), methods
(` + "`Type.Method`" + `), struct fields (` + "`Type.Field`" + `) and package variables;
"caller adds" is the text the SDK wants before the key; "sends" is how the
SDK puts what it is given on the wire. The data is ` + "`sdkTable`" + ` in
analyzer/keys/sdk.go; each row links the source it comes from.

`

// sdkDoc renders docs/sdks.md from the table.
func sdkDoc() string {
	code := func(s string) string { return "`" + s + "`" }
	var b strings.Builder
	b.WriteString(sdkDocHead)
	b.WriteString(sdkDocBegin)
	b.WriteString("| provider | import paths | takes (caller adds → sends) | fields that hold the key | source |\n")
	b.WriteString("| --- | --- | --- | --- | --- |\n")
	for _, s := range SDKs() {
		provider := "any (base URL or issuer decides)"
		if a, ok := APIByID(s.Provider); ok {
			provider = a.Name
		}
		var paths, takes, fields []string
		for _, p := range s.Paths {
			paths = append(paths, code(p))
		}
		for _, tk := range s.Takes {
			t := code(tk.Name)
			if tk.Arg > 0 {
				t += fmt.Sprintf(" #%d", tk.Arg)
			}
			var how []string
			if tk.Scheme != "" {
				h := code(fmt.Sprintf("%q", tk.Scheme))
				for _, a := range tk.Alternatives {
					h += " or " + code(fmt.Sprintf("%q", a))
				}
				how = append(how, h)
			}
			switch {
			case tk.URL:
				how = append(how, "the whole URL is the secret")
			case tk.Sends.Path:
				how = append(how, "the URL path")
			case tk.Sends != Auth{}:
				how = append(how, code(tk.Sends.String()))
			}
			if len(how) > 0 {
				t += " (" + strings.Join(how, " → ") + ")"
			}
			takes = append(takes, t)
		}
		for _, f := range s.KeyFields {
			fields = append(fields, code(f))
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | [source](%s) |\n", provider, strings.Join(paths, "<br>"),
			strings.ReplaceAll(strings.Join(takes, ", "), "|", `\|`), strings.Join(fields, ", "), s.Doc)
	}
	b.WriteString("\n## URLs that carry a credential\n\n")
	b.WriteString("hardcoded-key reports these URLs in string literals; the URL is the credential, so the fix is to read it from the environment.\n\n")
	b.WriteString("| provider | URL | credential | read it from | docs |\n")
	b.WriteString("| --- | --- | --- | --- | --- |\n")
	for _, sh := range URLShapes() {
		a, _ := APIByID(sh.API)
		from := code(sh.EnvVar) + " (the whole URL)"
		if !sh.WholeURL {
			from = code(sh.EnvVar) + " (the " + sh.Secret + "; the URL is built at run time)"
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | [docs](%s) |\n", a.Name, sh.Name, sh.Secret, from, sh.Doc)
	}
	fmt.Fprintf(&b, "| any | %s | password in `scheme://user:password@host` (not a placeholder, template or example host; on a local host only a generated-looking one) | %s, %s, %s, … by scheme, else `<HOST>_URL` | [docs](%s) |\n",
		"URL with userinfo", code("DATABASE_URL"), code("REDIS_URL"), code("AMQP_URL"), userinfoShape.Doc)
	b.WriteString(sdkDocEnd)
	return b.String()
}

// TestDocsSDKs fails when docs/sdks.md is not the page the table
// generates; -update rewrites it (go generate ./analyzer/keys).
func TestDocsSDKs(t *testing.T) {
	want := sdkDoc()
	got, err := os.ReadFile(sdkDocPath)
	if err == nil && bytes.Equal(got, []byte(want)) {
		return
	}
	if !*update {
		if err != nil {
			t.Fatal(err)
		}
		t.Fatal("docs/sdks.md is stale: run `go generate ./analyzer/keys` (go test ./analyzer/keys -run TestDocsSDKs -update)")
	}
	if err := os.MkdirAll(filepath.Dir(sdkDocPath), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(sdkDocPath, []byte(want), 0o644); err != nil {
		t.Fatal(err)
	}
}
