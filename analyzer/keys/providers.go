package keys

import "regexp"

// Provider describes one kind of API key: how its literals look, which names
// and environment variables go with it, and samples that pin the pattern down.
// The slice returned by Providers is the single source of truth for the
// analyzer's hardcoded-key check and for the gitleaks rules that
// `apikeylint commits` uses.
type Provider struct {
	// ID is a stable lowercase identifier, used as the gitleaks rule id
	// suffix (for example "wavespeed-api-key").
	ID string
	// Name is the provider's display name used in messages ("WaveSpeed").
	Name string
	// EnvVar is the environment variable the provider's SDKs read the key
	// from; suggested fixes use it.
	EnvVar string
	// Description is one sentence for rule listings.
	Description string
	// Pattern matches a whole key literal (anchored with ^ and $).
	Pattern string
	// SecretGroup is the regexp submatch index of the random part of the key
	// (0 = the whole match); the entropy floor applies to it.
	SecretGroup int
	// Keywords are lowercase strings of which at least one occurs in any
	// text holding such a key (gitleaks uses them as a pre-filter).
	Keywords []string
	// Entropy is the Shannon entropy floor (bits per character) of the
	// secret part; lower values are placeholders or examples.
	Entropy float64
	// NeedsContext says the format alone is not enough (a bare 64-hex string
	// is also a SHA-256): the literal is a key only where a name, map key,
	// environment variable or header beside it says key or names the
	// provider.
	NeedsContext bool
	// ContextWords are lowercase words which, in a nearby name, tie a
	// NeedsContext literal to this provider ("wavespeed").
	ContextWords []string
	// Identifier says the value names a credential but is not secret on its
	// own (an AWS access key id: the secret access key is the secret). In
	// _test.go files such a value is test data, like a generic secret.
	Identifier bool
	// InGitleaksDefaults says gitleaks' default rule set already covers this
	// format, so the generated rules file does not repeat it.
	InGitleaksDefaults bool
	// TruePositives are literals the pattern must accept (in context, when
	// NeedsContext); FalsePositives are look-alikes it must reject.
	TruePositives  []string
	FalsePositives []string
}

// Providers returns the known key formats, most specific first (Anthropic's
// "sk-ant-" before OpenAI's "sk-"). The slice is freshly allocated; callers may
// keep or change it.
func Providers() []Provider {
	return []Provider{
		{
			ID:           "wavespeed-api-key",
			Name:         "WaveSpeed",
			EnvVar:       "WAVESPEED_API_KEY",
			Description:  "WaveSpeedAI API key (64 lowercase hex characters)",
			Pattern:      `^[0-9a-f]{64}$`,
			Keywords:     []string{"wavespeed", "wave_speed", "wave-speed"},
			Entropy:      3.2,
			NeedsContext: true,
			ContextWords: []string{"wavespeed", "wave_speed", "wave-speed", "wavespeedai"},
			TruePositives: []string{
				"ba4e7c1f9d2a8b3e6f0c5d7a9e1b4c8f2d6a0e3b7c9f1d5a8e2b6c0f4d7a9e3b",
				"5f3c9a1e7b2d8f4c6a0e9b3d7f1c5a8e2b6d0f4c9a3e7b1d5f8c2a6e0b4d9f3c",
			},
			FalsePositives: []string{
				"0000000000000000000000000000000000000000000000000000000000000000",
				"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", // sha256("") — a key only in context
				"your-api-key",
				"YOUR_API_KEY",
				"test-key",
			},
		},
		{
			ID:          "wavespeed-wsk-key",
			Name:        "WaveSpeed",
			EnvVar:      "WAVESPEED_API_KEY",
			Description: "WaveSpeedAI API key in the prefixed wsk_ form",
			Pattern:     `^wsk_(?:live_|test_)?([A-Za-z0-9_-]{24,})$`,
			SecretGroup: 1,
			Keywords:    []string{"wsk_"},
			Entropy:     3.5,
			TruePositives: []string{
				"wsk_7Hq2LmX9vR4tB8nK3pZ6wYc1dF5gJ0sA",
				"wsk_live_Qm3Xr8Tz1Vb6Nc4Lp9Ks2Hd7Wf5Jg0Ya",
			},
			FalsePositives: []string{"wsk_...", "wsk_live_...", "wsk_xxxxxxxxxxxxxxxxxxxxxxxxxxxx", "wsk_your_api_key_here_please"},
		},
		{
			ID:                 "anthropic-api-key",
			Name:               "Anthropic",
			EnvVar:             "ANTHROPIC_API_KEY",
			Description:        "Anthropic API key (sk-ant-)",
			Pattern:            `^sk-ant-(?:api|admin)\d\d-([A-Za-z0-9_-]{80,})$`,
			SecretGroup:        1,
			Keywords:           []string{"sk-ant-"},
			Entropy:            4.0,
			InGitleaksDefaults: true,
			TruePositives: []string{
				"sk-ant-api03-Xq7Lm2Rv9Tb4Nk8Pz3Wc6Yd1Fg5Hj0Sa7Qe2Ru9Ti4Ow8Pl3Mk6Nj1Bh5Vg0Cf7Xd2Ze9Ay4Sw8Dq3Er6Tf1Gy5Hu0Ij-AA",
			},
			FalsePositives: []string{"sk-ant-api03-...", "sk-ant-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"},
		},
		{
			ID:                 "openai-api-key",
			Name:               "OpenAI",
			EnvVar:             "OPENAI_API_KEY",
			Description:        "OpenAI API key (sk-, sk-proj-, sk-svcacct-, sk-admin-)",
			Pattern:            `^sk-(?:(?:proj|svcacct|admin)-([A-Za-z0-9_-]{40,})|([A-Za-z0-9]{32,}))$`,
			Keywords:           []string{"sk-"},
			Entropy:            4.0,
			InGitleaksDefaults: true,
			TruePositives: []string{
				"sk-proj-Qx8Lm3Rv7Tb2Nk9Pz4Wc1Yd6Fg0Hj5Sa8Qe3Ru7Ti2Ow9Pl4Mk1Nj6Bh0Vg5Cf8Xd3Ze",
				"sk-Tb2Nk9Pz4Wc1Yd6Fg0Hj5Sa8Qe3Ru7Ti2Ow9Pl4Mk1Nj6Bh0V",
			},
			FalsePositives: []string{"sk-...", "sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "sk-your-openai-api-key-here", "sk-1234567890abcdef1234567890abcdef"},
		},
		{
			ID:                 "github-token",
			Name:               "GitHub",
			EnvVar:             "GITHUB_TOKEN",
			Description:        "GitHub personal access, OAuth, app or refresh token",
			Pattern:            `^(?:gh[pousr]_([A-Za-z0-9]{36})|github_pat_([A-Za-z0-9_]{82}))$`,
			Keywords:           []string{"ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"},
			Entropy:            3.5,
			InGitleaksDefaults: true,
			TruePositives:      []string{"ghp_Xq7Lm2Rv9Tb4Nk8Pz3Wc6Yd1Fg5Hj0Sa7Qe2"},
			FalsePositives:     []string{"ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "ghp_..."},
		},
		{
			ID:                 "stripe-secret-key",
			Name:               "Stripe",
			EnvVar:             "STRIPE_SECRET_KEY",
			Description:        "Stripe secret or restricted key (live or test)",
			Pattern:            `^(?:sk|rk)_(?:live|test)_([A-Za-z0-9]{20,})$`,
			SecretGroup:        1,
			Keywords:           []string{"sk_live_", "rk_live_", "sk_test_", "rk_test_"},
			Entropy:            3.5,
			InGitleaksDefaults: true,
			TruePositives:      []string{"sk_live_51Hq7Lm2Rv9Tb4Nk8Pz3Wc6Yd1Fg5Hj0Sa"},
			FalsePositives:     []string{"sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "pk_live_51Hq7Lm2Rv9Tb4Nk8Pz3Wc6Yd1Fg5Hj0Sa"},
		},
		{
			ID:                 "aws-access-key-id",
			Name:               "AWS",
			EnvVar:             "AWS_ACCESS_KEY_ID",
			Description:        "AWS access key id",
			Pattern:            `^(?:AKIA|ASIA)([A-Z2-7]{16})$`,
			SecretGroup:        1,
			Keywords:           []string{"akia", "asia"},
			Entropy:            3.0,
			Identifier:         true,
			InGitleaksDefaults: true,
			TruePositives:      []string{"AKIAQ7LM2RV4TB6NK3PZ"},
			FalsePositives:     []string{"AKIAIOSFODNN7EXAMPLE", "AKIAXXXXXXXXXXXXXXXX"},
		},
		{
			ID:                 "slack-token",
			Name:               "Slack",
			EnvVar:             "SLACK_TOKEN",
			Description:        "Slack bot, user, app or refresh token",
			Pattern:            `^xox[baprse]-([A-Za-z0-9-]{20,})$`,
			SecretGroup:        1,
			Keywords:           []string{"xoxb-", "xoxa-", "xoxp-", "xoxr-", "xoxs-", "xoxe-"},
			Entropy:            3.0,
			InGitleaksDefaults: true,
			TruePositives:      []string{"xoxb-2418462981-7361946102847-Xq7Lm2Rv9Tb4Nk8Pz3Wc6Yd1"},
			FalsePositives:     []string{"xoxb-your-token", "xoxb-xxxxxxxxxxxx-xxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx"},
		},
		{
			ID:                 "google-api-key",
			Name:               "Google",
			EnvVar:             "GOOGLE_API_KEY",
			Description:        "Google API key (AIza)",
			Pattern:            `^AIza([0-9A-Za-z_-]{35})$`,
			SecretGroup:        1,
			Keywords:           []string{"aiza"},
			Entropy:            3.5,
			InGitleaksDefaults: true,
			TruePositives:      []string{"AIzaSyQx8Lm3Rv7Tb2Nk9Pz4Wc1Yd6Fg0Hj5Sa8"},
			FalsePositives:     []string{"AIzaxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "AIza..."},
		},
		{
			ID:                 "huggingface-token",
			Name:               "Hugging Face",
			EnvVar:             "HF_TOKEN",
			Description:        "Hugging Face access token (hf_)",
			Pattern:            `^hf_([A-Za-z0-9]{30,})$`,
			SecretGroup:        1,
			Keywords:           []string{"hf_"},
			Entropy:            3.5,
			InGitleaksDefaults: true,
			TruePositives:      []string{"hf_Xq7LmRvTbNkPzWcYdFgHjSaQeRuTiOwPlM"},
			FalsePositives:     []string{"hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "hf_..."},
		},
		{
			ID:             "replicate-api-token",
			Name:           "Replicate",
			EnvVar:         "REPLICATE_API_TOKEN",
			Description:    "Replicate API token (r8_)",
			Pattern:        `^r8_([A-Za-z0-9]{30,})$`,
			SecretGroup:    1,
			Keywords:       []string{"r8_"},
			Entropy:        3.5,
			TruePositives:  []string{"r8_Xq7Lm2Rv9Tb4Nk8Pz3Wc6Yd1Fg5Hj0Sa7Qe2R"},
			FalsePositives: []string{"r8_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "r8_..."},
		},
	}
}

// compiled pairs each provider with its compiled pattern. It is built once
// and never written after package initialisation.
type compiled struct {
	Provider
	re *regexp.Regexp
}

func compileProviders() []compiled {
	ps := Providers()
	out := make([]compiled, len(ps))
	for i, p := range ps {
		out[i] = compiled{Provider: p, re: regexp.MustCompile(p.Pattern)}
	}
	return out
}
