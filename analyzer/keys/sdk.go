package keys

import "strings"

// SDK is where a Go SDK takes a provider's key: the constructors, options
// and setters a program hands the key to, the text the SDK expects before
// the key, and the fields of the SDK's types that hold it afterwards.
// Values that reach one of these are keys whatever their names (a key is
// known by where it goes), and a scheme the SDK does not want is a 401 on
// every call.
type SDK struct {
	// Provider is the registry ID of the provider whose key the SDK takes;
	// "" for a client of any OpenAI-compatible API, whose base URL decides,
	// and for SDKs whose credential belongs to no one provider (OAuth2,
	// Google's option.WithAPIKey for every Google API).
	Provider string
	// Paths are the SDK's import paths, without a major version: a path
	// ending in "/..." matches every package below it, and an import path
	// with one major version element (/v2, /v3, …) anywhere after the
	// host matches the path without it, so "github.com/openai/openai-go/option"
	// matches "github.com/openai/openai-go/v3/option" and
	// "github.com/google/go-github/github" matches
	// "github.com/google/go-github/v74/github".
	Paths []string
	// Takes lists the functions, methods, options, struct fields and
	// package variables that take the key.
	Takes []SDKTake
	// KeyFields lists "Type.Field" of the SDK's types whose value is the
	// key once the SDK holds it (discordgo's Session.Token): printing such a
	// value prints the key.
	KeyFields []string
	// Doc is the documentation or source the facts come from.
	Doc string
}

// SDKTake is one place an SDK takes the key.
type SDKTake struct {
	// Name is "Func", "Type.Method", "Type.Field" (a struct literal's or an
	// assignment's field) or "Var" (a package variable, stripe.Key).
	Name string
	// Arg is the index of the key among the call's arguments; unused for
	// fields and variables.
	Arg int
	// Scheme is the text the SDK wants before the key: "" when it takes the
	// key verbatim and adds its own scheme, "Bot " for a Discord bot.
	Scheme string
	// Alternatives are other prefixes the SDK also accepts ("Bearer " for
	// an OAuth2 token given to discordgo).
	Alternatives []string
	// Sends is how the SDK sends what it is given, as the registry models
	// it: Authorization: Bearer for openai-go's WithAPIKey, X-Api-Key for
	// anthropic-sdk-go's, ?key= for Google's option.WithAPIKey, the URL
	// path for Telegram; the raw Authorization header for discordgo, which
	// is why its callers add the scheme. Zero when the source does not say.
	Sends Auth
	// URL says the argument is a whole URL that holds the secret (a chat
	// webhook URL), not a key.
	URL bool
}

// docs/sdks.md is generated from the SDK table:
//
//go:generate go test -run ^TestDocsSDKs$ -update .

// SDKs returns the SDK surfaces, freshly allocated.
func SDKs() []SDK {
	out := make([]SDK, 0, len(sdkTable))
	for _, s := range sdkTable {
		c := s
		c.Paths = append([]string(nil), s.Paths...)
		c.Takes = append([]SDKTake(nil), s.Takes...)
		c.KeyFields = append([]string(nil), s.KeyFields...)
		for i := range c.Takes {
			c.Takes[i].Alternatives = append([]string(nil), s.Takes[i].Alternatives...)
		}
		out = append(out, c)
	}
	return out
}

// sdkFor returns the SDK whose Paths match the import path pkg.
func sdkFor(pkg string) (*SDK, bool) {
	if first, _, _ := strings.Cut(pkg, "/"); !strings.Contains(first, ".") {
		return nil, false // the standard library or a local package: no SDK
	}
	stripped := stripMajor(pkg)
	for i := range sdkTable {
		for _, p := range sdkTable[i].Paths {
			if pathMatch(p, pkg) || pathMatch(p, stripped) {
				return &sdkTable[i], true
			}
		}
	}
	return nil, false
}

// pathMatch reports whether the import path pkg is the SDK path p, one of
// its major versions, or, for p ending in "/...", below it.
func pathMatch(p, pkg string) bool {
	if base, ok := strings.CutSuffix(p, "/..."); ok {
		return pkg == base || strings.HasPrefix(pkg, base+"/")
	}
	if pkg == p {
		return true
	}
	rest, ok := strings.CutPrefix(pkg, p+"/v")
	return ok && rest != "" && strings.Trim(rest, "0123456789") == ""
}

// stripMajor returns pkg without its first major version element after
// the host ("github.com/openai/openai-go/v3/option" →
// "github.com/openai/openai-go/option"); pkg itself when it has none. A
// major version is v2 or more: v0 and v1 elements are API versions
// (".../interfaces/v1"), not module versions.
func stripMajor(pkg string) string {
	elems := strings.Split(pkg, "/")
	for i := 1; i < len(elems); i++ {
		if isMajor(elems[i]) {
			return strings.Join(append(elems[:i:i], elems[i+1:]...), "/")
		}
	}
	return pkg
}

// isMajor reports whether a path element is a major version suffix: "v"
// and a number of 2 or more without leading zeros.
func isMajor(e string) bool {
	n, ok := strings.CutPrefix(e, "v")
	if !ok || n == "" || n[0] == '0' || strings.Trim(n, "0123456789") != "" {
		return false
	}
	return n != "1"
}

// SDKTakeOf returns the SDK and the take for name ("Func", "Type.Method",
// "Type.Field", "Var") of the package at import path pkg.
func SDKTakeOf(pkg, name string) (SDK, SDKTake, bool) {
	s, ok := sdkFor(pkg)
	if !ok {
		return SDK{}, SDKTake{}, false
	}
	for _, t := range s.Takes {
		if t.Name == name {
			return *s, t, true
		}
	}
	return SDK{}, SDKTake{}, false
}

// SDKKeyField reports whether "Type.Field" of the package at import path
// pkg holds a key once an SDK has it, and whose.
func SDKKeyField(pkg, typeField string) (SDK, bool) {
	s, ok := sdkFor(pkg)
	if !ok {
		return SDK{}, false
	}
	for _, f := range s.KeyFields {
		if f == typeField {
			return *s, true
		}
	}
	return SDK{}, false
}

// WantsScheme reports whether the SDK at import path pkg takes a key with
// a prefix it does not add itself (discordgo's "Bot ").
func WantsScheme(pkg string) bool {
	s, ok := sdkFor(pkg)
	if !ok {
		return false
	}
	for _, t := range s.Takes {
		if t.Scheme != "" {
			return true
		}
	}
	return false
}

// IsSDK reports whether pkg is the import path of a listed SDK.
func IsSDK(pkg string) bool {
	_, ok := sdkFor(pkg)
	return ok
}

// How SDKs send what they are given.
var (
	sendsRaw      = Auth{Header: "Authorization"}
	sendsXAPIKey  = Auth{Header: "X-Api-Key"}
	sendsGoogKey  = Auth{Header: "X-Goog-Api-Key"}
	sendsQueryKey = Auth{Query: "key"}
	sendsPath     = Auth{Path: true}
	sendsBasic    = Auth{Header: "Authorization", Scheme: "Basic"}
	sendsToken    = Auth{Header: "Authorization", Scheme: "Token"}
)

// sdkTable is the data, one entry per SDK, in the registry's order of
// providers; clients of any OpenAI-compatible API and generic OAuth2 have
// Provider "". Keep each entry's Doc pointing at the source that shows the
// constructor and how the key is sent. SDKs that take their key only
// through another SDK's option (github.com/google/generative-ai-go takes
// google.golang.org/api/option.WithAPIKey) have no entry of their own.
var sdkTable = []SDK{
	{
		Provider: "wavespeed", Paths: []string{"github.com/WaveSpeedAI/wavespeed-go/api"},
		Takes: []SDKTake{
			{Name: "NewClient", Sends: bearer},
			{Name: "ClientOptions.APIKey", Sends: bearer},
		},
		KeyFields: []string{"Client.apiKey", "ClientOptions.APIKey"},
		Doc:       "https://github.com/WaveSpeedAI/wavespeed-go/blob/main/api/client.go",
	},
	{
		// A client of any OpenAI-compatible API: the base URL
		// (ClientConfig.BaseURL) says whose key it is.
		Provider: "", Paths: []string{"github.com/sashabaranov/go-openai"},
		Takes: []SDKTake{
			{Name: "NewClient", Sends: bearer},
			{Name: "NewOrgClient", Sends: bearer},
			{Name: "DefaultConfig", Sends: bearer},
			// Azure's key goes in its api-key header.
			{Name: "DefaultAzureConfig", Sends: Auth{Header: "Api-Key"}},
			{Name: "DefaultAnthropicConfig", Sends: sendsXAPIKey},
			{Name: "ClientConfig.authToken", Sends: bearer},
		},
		// The config is copied into every Client: printing either prints
		// the key.
		KeyFields: []string{"ClientConfig.authToken"},
		Doc:       "https://github.com/sashabaranov/go-openai/blob/master/config.go",
	},
	{
		// OpenAI's official SDK, also used for compatible APIs through
		// option.WithBaseURL.
		Provider: "", Paths: []string{"github.com/openai/openai-go/option"},
		Takes: []SDKTake{
			{Name: "WithAPIKey", Sends: bearer},
			{Name: "WithAdminAPIKey", Sends: bearer},
		},
		Doc: "https://github.com/openai/openai-go/blob/main/option/requestoption.go",
	},
	{
		Provider: "", Paths: []string{"github.com/openai/openai-go/azure"},
		Takes: []SDKTake{{Name: "WithAPIKey", Sends: Auth{Header: "Api-Key"}}},
		Doc:   "https://github.com/openai/openai-go/blob/main/azure/azure.go",
	},
	{
		Provider: "anthropic", Paths: []string{"github.com/anthropics/anthropic-sdk-go/option"},
		Takes: []SDKTake{
			{Name: "WithAPIKey", Sends: sendsXAPIKey},
			// An OAuth access token, sent as Bearer by the SDK itself: an
			// API key given here gets 401.
			{Name: "WithAuthToken", Sends: bearer},
		},
		Doc: "https://github.com/anthropics/anthropic-sdk-go/blob/main/option/requestoption.go",
	},
	{
		Provider: "gemini", Paths: []string{"google.golang.org/genai"},
		Takes: []SDKTake{{Name: "ClientConfig.APIKey", Sends: sendsGoogKey}},
		// Client keeps its ClientConfig.
		KeyFields: []string{"ClientConfig.APIKey"},
		Doc:       "https://github.com/googleapis/go-genai/blob/main/client.go",
	},
	{
		// Every Google API's Go client, and github.com/google/generative-ai-go,
		// take a Google API key through this option; the transport sends
		// it as ?key=.
		Provider: "", Paths: []string{"google.golang.org/api/option"},
		Takes: []SDKTake{{Name: "WithAPIKey", Sends: sendsQueryKey}},
		Doc:   "https://github.com/googleapis/google-api-go-client/blob/main/option/option.go",
	},
	{
		Provider: "mistral", Paths: []string{"github.com/gage-technologies/mistral-go"},
		Takes: []SDKTake{
			{Name: "NewMistralClient", Sends: bearer},
			{Name: "NewMistralClientDefault", Sends: bearer},
			{Name: "NewCodestralClientDefault", Sends: bearer},
		},
		KeyFields: []string{"MistralClient.apiKey"},
		Doc:       "https://github.com/gage-technologies/mistral-go/blob/master/client.go",
	},
	{
		Provider: "cohere", Paths: []string{"github.com/cohere-ai/cohere-go/option"},
		Takes: []SDKTake{{Name: "WithToken", Sends: bearer}},
		Doc:   "https://github.com/cohere-ai/cohere-go/blob/main/option/request_option.go",
	},
	{
		Provider: "replicate", Paths: []string{"github.com/replicate/replicate-go"},
		Takes: []SDKTake{{Name: "WithToken"}},
		Doc:   "https://github.com/replicate/replicate-go/blob/main/options.go",
	},
	{
		// API keys go as "Token <key>" (the SDK writes "token ").
		Provider: "deepgram", Paths: []string{
			"github.com/deepgram/deepgram-go-sdk/pkg/client/interfaces",
			"github.com/deepgram/deepgram-go-sdk/pkg/client/interfaces/v1",
		},
		Takes:     []SDKTake{{Name: "ClientOptions.APIKey", Sends: sendsToken}},
		KeyFields: []string{"ClientOptions.APIKey"},
		Doc:       "https://github.com/deepgram/deepgram-go-sdk/blob/main/pkg/client/interfaces/v1/types-client.go",
	},
	{
		// The token's type has a String method that returns it whole.
		Provider: "notion", Paths: []string{"github.com/jomei/notionapi"},
		Takes: []SDKTake{
			{Name: "NewClient", Sends: bearer},
			{Name: "Client.Token", Sends: bearer},
			{Name: "WithOAuthAppCredentials", Arg: 1, Sends: sendsBasic},
		},
		KeyFields: []string{"Client.Token", "Client.oauthSecret"},
		Doc:       "https://github.com/jomei/notionapi/blob/main/client.go",
	},
	{
		Provider: "github", Paths: []string{"github.com/google/go-github/github"},
		Takes: []SDKTake{
			{Name: "Client.WithAuthToken", Sends: bearer},
			{Name: "NewTokenClient", Arg: 1, Sends: bearer},
		},
		Doc: "https://github.com/google/go-github/blob/master/github/github.go",
	},
	{
		Provider: "gitlab", Paths: []string{"gitlab.com/gitlab-org/api/client-go", "github.com/xanzy/go-gitlab"},
		Takes: []SDKTake{
			{Name: "NewClient", Sends: Auth{Header: "Private-Token"}},
			{Name: "NewOAuthClient", Sends: bearer},
			{Name: "NewJobClient", Sends: Auth{Header: "Job-Token"}},
			{Name: "NewBasicAuthClient", Arg: 1},
		},
		Doc: "https://gitlab.com/gitlab-org/api/client-go/-/blob/main/gitlab.go",
	},
	{
		Provider: "slack", Paths: []string{"github.com/slack-go/slack"},
		Takes: []SDKTake{
			{Name: "New", Sends: bearer},
			{Name: "OptionAppLevelToken", Sends: bearer},
			{Name: "OptionConfigToken"},
			{Name: "OptionConfigRefreshToken"},
			// The incoming webhook URL is the secret.
			{Name: "PostWebhook", URL: true},
			{Name: "PostWebhookContext", Arg: 1, URL: true},
			{Name: "PostWebhookCustomHTTP", URL: true},
			{Name: "PostWebhookCustomHTTPContext", Arg: 1, URL: true},
		},
		KeyFields: []string{"Client.token", "Client.appLevelToken", "Client.configToken"},
		Doc:       "https://github.com/slack-go/slack/blob/master/slack.go",
	},
	{
		Provider: "discord", Paths: []string{"github.com/bwmarrin/discordgo"},
		// discordgo sends the token verbatim in Authorization: a bot's
		// token needs "Bot ", an OAuth2 token "Bearer ".
		Takes: []SDKTake{
			{Name: "New", Scheme: "Bot ", Alternatives: []string{"Bearer "}, Sends: sendsRaw},
			{Name: "Session.Token", Scheme: "Bot ", Alternatives: []string{"Bearer "}, Sends: sendsRaw},
			{Name: "Identify.Token", Scheme: "Bot ", Alternatives: []string{"Bearer "}},
			// A webhook's token goes in the webhook URL's path, verbatim.
			{Name: "Session.WebhookWithToken", Arg: 1, Sends: sendsPath},
			{Name: "Session.WebhookEditWithToken", Arg: 1, Sends: sendsPath},
			{Name: "Session.WebhookDeleteWithToken", Arg: 1, Sends: sendsPath},
			{Name: "Session.WebhookExecute", Arg: 1, Sends: sendsPath},
			{Name: "Session.WebhookThreadExecute", Arg: 1, Sends: sendsPath},
			{Name: "Session.WebhookMessage", Arg: 1, Sends: sendsPath},
			{Name: "Session.WebhookMessageEdit", Arg: 1, Sends: sendsPath},
			{Name: "Session.WebhookMessageDelete", Arg: 1, Sends: sendsPath},
		},
		KeyFields: []string{"Session.Token", "Identify.Token", "Webhook.Token"},
		Doc:       "https://github.com/bwmarrin/discordgo/blob/master/discord.go",
	},
	{
		Provider: "telegram", Paths: []string{"github.com/go-telegram-bot-api/telegram-bot-api"},
		Takes: []SDKTake{
			{Name: "NewBotAPI", Sends: sendsPath},
			{Name: "NewBotAPIWithAPIEndpoint", Sends: sendsPath},
			{Name: "NewBotAPIWithClient", Sends: sendsPath},
			{Name: "BotAPI.Token", Sends: sendsPath},
		},
		KeyFields: []string{"BotAPI.Token"},
		Doc:       "https://github.com/go-telegram-bot-api/telegram-bot-api/blob/master/bot.go",
	},
	{
		Provider: "telegram", Paths: []string{"github.com/go-telegram/bot"},
		Takes: []SDKTake{
			{Name: "New", Sends: sendsPath},
			{Name: "Bot.SetToken", Sends: sendsPath},
		},
		KeyFields: []string{"Bot.token"},
		Doc:       "https://github.com/go-telegram/bot/blob/main/bot.go",
	},
	{
		Provider: "telegram", Paths: []string{"gopkg.in/telebot.v3", "gopkg.in/telebot.v4"},
		Takes: []SDKTake{
			{Name: "Settings.Token", Sends: sendsPath},
			{Name: "Bot.Token", Sends: sendsPath},
		},
		KeyFields: []string{"Settings.Token", "Bot.Token"},
		Doc:       "https://github.com/tucnak/telebot/blob/v3/bot.go",
	},
	{
		Provider: "telegram", Paths: []string{"github.com/mymmrac/telego"},
		Takes: []SDKTake{{Name: "NewBot", Sends: sendsPath}},
		// Bot.Token() returns it; the field is unexported but printed by
		// %+v all the same.
		KeyFields: []string{"Bot.token"},
		Doc:       "https://github.com/mymmrac/telego/blob/main/bot.go",
	},
	{
		// stripe.Key is the package-wide key; v82's NewClient and the
		// older client.New take one per client.
		Provider: "stripe", Paths: []string{"github.com/stripe/stripe-go", "github.com/stripe/stripe-go/client"},
		Takes: []SDKTake{
			{Name: "Key", Sends: bearer},
			{Name: "NewClient", Sends: bearer},
			{Name: "New", Sends: bearer},
			{Name: "API.Init", Sends: bearer},
		},
		Doc: "https://github.com/stripe/stripe-go/blob/master/stripe.go",
	},
	{
		Provider: "sendgrid", Paths: []string{"github.com/sendgrid/sendgrid-go"},
		Takes: []SDKTake{
			{Name: "NewSendClient", Sends: bearer},
			{Name: "GetRequest", Sends: bearer},
			{Name: "GetRequestSubuser", Sends: bearer},
		},
		Doc: "https://github.com/sendgrid/sendgrid-go/blob/main/sendgrid.go",
	},
	{
		// The auth token (or API key secret) is the Basic password; the
		// account or API key SID is the user name.
		Provider: "twilio", Paths: []string{"github.com/twilio/twilio-go", "github.com/twilio/twilio-go/client"},
		Takes: []SDKTake{
			{Name: "ClientParams.Password", Sends: sendsBasic},
			{Name: "NewCredentials", Arg: 1, Sends: sendsBasic},
			{Name: "Credentials.Password", Sends: sendsBasic},
		},
		KeyFields: []string{"ClientParams.Password", "Credentials.Password"},
		Doc:       "https://github.com/twilio/twilio-go/blob/main/twilio.go",
	},
	{
		// Generic OAuth2: the token's provider is whoever issued it.
		Provider: "", Paths: []string{"golang.org/x/oauth2", "golang.org/x/oauth2/clientcredentials"},
		Takes: []SDKTake{
			{Name: "Token.AccessToken", Sends: bearer},
			{Name: "Token.RefreshToken"},
			{Name: "Config.ClientSecret"},
		},
		KeyFields: []string{"Token.AccessToken", "Token.RefreshToken", "Config.ClientSecret"},
		Doc:       "https://github.com/golang/oauth2/blob/master/token.go",
	},
}
