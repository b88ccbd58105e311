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
	// "" for a client of any OpenAI-compatible API, whose base URL decides.
	Provider string
	// Paths are the SDK's import paths; a path ending in "/..." matches
	// every package below it, and a major version suffix (/v2, /v3) after
	// a listed path matches too.
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
}

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
	for i := range sdkTable {
		for _, p := range sdkTable[i].Paths {
			if pathMatches(p, pkg) {
				return &sdkTable[i], true
			}
		}
	}
	return nil, false
}

// pathMatches reports whether the import path pkg is the SDK path p, one
// of its major versions, or, for p ending in "/...", below it.
func pathMatches(p, pkg string) bool {
	if base, ok := strings.CutSuffix(p, "/..."); ok {
		return pkg == base || strings.HasPrefix(pkg, base+"/")
	}
	if pkg == p {
		return true
	}
	rest, ok := strings.CutPrefix(pkg, p+"/v")
	return ok && rest != "" && strings.Trim(rest, "0123456789") == ""
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

// sdkTable is the data. Keep each entry's Doc pointing at the source or
// page that shows the constructor and the scheme.
var sdkTable = []SDK{
	{
		Provider: "", Paths: []string{"github.com/sashabaranov/go-openai"},
		Takes: []SDKTake{{Name: "NewClient"}, {Name: "DefaultConfig"}, {Name: "DefaultAzureConfig"}, {Name: "ClientConfig.authToken"}},
		Doc:   "https://github.com/sashabaranov/go-openai/blob/master/config.go",
	},
	{
		Provider: "discord", Paths: []string{"github.com/bwmarrin/discordgo"},
		// discordgo sends the token verbatim in Authorization: a bot's
		// token needs "Bot ", an OAuth2 token "Bearer ".
		Takes:     []SDKTake{{Name: "New", Scheme: "Bot ", Alternatives: []string{"Bearer "}}},
		KeyFields: []string{"Session.Token", "Identify.Token"},
		Doc:       "https://github.com/bwmarrin/discordgo/blob/master/discord.go",
	},
}
