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
	// NamedOnly, with NeedsContext, says a key-named context is not enough:
	// only a name holding one of ContextWords ties the literal to this
	// provider (DeepSeek's "sk-" + 32 hex beside DEEPSEEK_API_KEY; beside a
	// plain apiKey it is left to the formats after it).
	NamedOnly bool
	// TruePositives are literals the pattern must accept (in context, when
	// NeedsContext); FalsePositives are look-alikes it must reject.
	TruePositives  []string
	FalsePositives []string
	// API is the ID of the registry entry (see APIs) this format belongs
	// to; "" for formats of providers outside the registry (AWS).
	API string
	// Format describes the literal for people: prefix, alphabet, length
	// ("`gsk_` + 52 letters and digits").
	Format string
	// Checksum, when the vendor documents one, reports whether a literal
	// that matches Pattern carries a valid checksum (GitHub's CRC32). A
	// failing checksum means the literal was never issued by the vendor.
	Checksum func(key string) bool
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
			API:    "wavespeed",
			Format: "64 lowercase hex characters, no prefix (a key only beside a WaveSpeed or key name)",
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
			API:            "wavespeed",
			Format:         "`wsk_` or `wsk_live_` + 24 or more `[A-Za-z0-9_-]`",
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
			API:            "anthropic",
			Format:         "`sk-ant-api03-` (admin: `sk-ant-admin01-`) + 80 or more `[A-Za-z0-9_-]`",
		},
		{
			ID:          "openrouter-api-key",
			Name:        "OpenRouter",
			EnvVar:      "OPENROUTER_API_KEY",
			Description: "OpenRouter API key (sk-or-v1-)",
			Pattern:     `^sk-or-v1-([0-9a-f]{64})$`,
			SecretGroup: 1,
			Keywords:    []string{"sk-or-v1-"},
			Entropy:     3.3,
			TruePositives: []string{
				"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",
			},
			FalsePositives: []string{"sk-or-v1-...", "sk-or-v1-0000000000000000000000000000000000000000000000000000000000000000", "sk-or-v1-your-key"},
			API:            "openrouter",
			Format:         "`sk-or-v1-` + 64 lowercase hex",
		},
		{
			ID:           "deepseek-api-key",
			Name:         "DeepSeek",
			EnvVar:       "DEEPSEEK_API_KEY",
			Description:  "DeepSeek API key (sk- + 32 hex)",
			Pattern:      `^sk-([0-9a-f]{32})$`,
			SecretGroup:  1,
			Keywords:     []string{"deepseek"},
			Entropy:      3.2,
			NeedsContext: true,
			NamedOnly:    true,
			ContextWords: []string{"deepseek", "deep_seek", "deep-seek"},
			TruePositives: []string{
				"sk-8810a0041155f56632e1c96307c43d31",
			},
			FalsePositives: []string{"sk-00000000000000000000000000000000", "sk-...", "sk-your-deepseek-key"},
			API:            "deepseek",
			Format:         "`sk-` + 32 lowercase hex (a key only beside a DeepSeek name)",
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
			API:            "openai",
			Format:         "`sk-proj-`, `sk-svcacct-`, `sk-admin-` + 40 or more `[A-Za-z0-9_-]`; legacy `sk-` + 32 or more letters and digits",
		},
		{
			ID:          "elevenlabs-api-key",
			Name:        "ElevenLabs",
			EnvVar:      "ELEVENLABS_API_KEY",
			Description: "ElevenLabs API key (sk_ + 48 hex)",
			Pattern:     `^sk_([0-9a-f]{48})$`,
			SecretGroup: 1,
			Keywords:    []string{"sk_"},
			Entropy:     3.3,
			TruePositives: []string{
				"sk_3f4e1bc833a788ffee52872881f93e0d15e07b7ddff4bd89",
			},
			FalsePositives: []string{"sk_...", "sk_000000000000000000000000000000000000000000000000", "sk_live_51Hq7Lm2Rv9Tb4Nk8Pz3Wc6Yd1Fg5Hj0Sa"},
			API:            "elevenlabs",
			Format:         "`sk_` + 48 lowercase hex",
		},
		{
			ID:          "groq-api-key",
			Name:        "Groq",
			EnvVar:      "GROQ_API_KEY",
			Description: "Groq API key (gsk_)",
			Pattern:     `^gsk_([A-Za-z0-9]{52})$`,
			SecretGroup: 1,
			Keywords:    []string{"gsk_"},
			Entropy:     4.0,
			TruePositives: []string{
				"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",
			},
			FalsePositives: []string{"gsk_...", "gsk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "gsk_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"},
			API:            "groq",
			Format:         "`gsk_` + 52 letters and digits",
		},
		{
			ID:          "xai-api-key",
			Name:        "xAI",
			EnvVar:      "XAI_API_KEY",
			Description: "xAI API key (xai-)",
			Pattern:     `^xai-([A-Za-z0-9_]{80})$`,
			SecretGroup: 1,
			Keywords:    []string{"xai-"},
			Entropy:     4.0,
			TruePositives: []string{
				"xai-luxPOrhFZQOmWZjDzAmeFX7oA8IiE9vdXFeEa4Pd92CYI3Fl0vLi5tp7r0OOWs_URgDRIMoa_I43RKre",
			},
			FalsePositives: []string{"xai-...", "xai-your-api-key", "xai-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"},
			API:            "xai",
			Format:         "`xai-` + 80 `[A-Za-z0-9_]`",
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
			TruePositives:      []string{"ghp_Xq7Lm2Rv9Tb4Nk8Pz3Wc6Yd1Fg5Hj0Sa7Qe2", "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", "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"},
			FalsePositives:     []string{"ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "ghp_..."},
			API:                "github",
			Format:             "`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_` + 30 base62 + a 6-character base62 CRC32; fine-grained `github_pat_` + 82 `[A-Za-z0-9_]`",
			Checksum:           GitHubChecksumOK,
		},
		{
			ID:                 "gitlab-pat",
			Name:               "GitLab",
			EnvVar:             "GITLAB_TOKEN",
			Description:        "GitLab personal access token (glpat-)",
			Pattern:            `^glpat-(?:([A-Za-z0-9_-]{20})|([A-Za-z0-9_-]{27,300})\.[0-9a-z]{9})$`,
			Keywords:           []string{"glpat-"},
			Entropy:            3.3,
			InGitleaksDefaults: true,
			TruePositives:      []string{"glpat-M9Lo1wCe1SiVsb8cJc79", "glpat-5ngTdKATHfj3s0DrCRIsohD0whTAZcVSOT2-.3ddjswlmh"},
			FalsePositives:     []string{"glpat-xxxxxxxxxxxxxxxxxxxx", "glpat-...", "glpat-00000000000000000000"},
			API:                "gitlab",
			Format:             "`glpat-` + 20 `[A-Za-z0-9_-]`; routable: `glpat-` + 27 to 300 `[A-Za-z0-9_-]` + `.` + 9 `[0-9a-z]`",
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
			API:                "stripe",
			Format:             "`sk_live_`, `sk_test_` (restricted: `rk_…`) + 20 or more letters and digits",
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
			Format:             "`AKIA` or `ASIA` + 16 `[A-Z2-7]`",
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
			API:                "slack",
			Format:             "`xoxb-` (bot), `xoxp-` (user), `xoxa-`, `xoxr-`, `xoxs-`, `xoxe-` + 20 or more `[A-Za-z0-9-]`",
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
			API:                "gemini",
			Format:             "`AIza` + 35 `[0-9A-Za-z_-]` (every Google API key)",
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
			API:                "huggingface",
			Format:             "`hf_` + 34 letters and digits",
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
			API:            "replicate",
			Format:         "`r8_` + 37 letters and digits",
		},
		{
			ID:                 "linear-api-key",
			Name:               "Linear",
			EnvVar:             "LINEAR_API_KEY",
			Description:        "Linear personal API key (lin_api_)",
			Pattern:            `^lin_api_([A-Za-z0-9]{40})$`,
			SecretGroup:        1,
			Keywords:           []string{"lin_api_"},
			Entropy:            3.5,
			InGitleaksDefaults: true,
			TruePositives:      []string{"lin_api_8ttpHQfLK8Hs1RKPzVxRECcv04nqb87xAoFEFvW5"},
			FalsePositives:     []string{"lin_api_...", "lin_api_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"},
			API:                "linear",
			Format:             "`lin_api_` + 40 letters and digits",
		},
		{
			ID:                 "notion-token",
			Name:               "Notion",
			EnvVar:             "NOTION_TOKEN",
			Description:        "Notion integration token (ntn_)",
			Pattern:            `^ntn_([0-9]{11}[A-Za-z0-9]{35})$`,
			SecretGroup:        1,
			Keywords:           []string{"ntn_"},
			Entropy:            3.5,
			InGitleaksDefaults: true,
			TruePositives:      []string{"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"},
			FalsePositives:     []string{"ntn_...", "ntn_00000000000xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"},
			API:                "notion",
			Format:             "`ntn_` + 11 digits + 35 letters and digits",
		},
		{
			ID:             "notion-legacy-token",
			Name:           "Notion",
			EnvVar:         "NOTION_TOKEN",
			Description:    "Notion integration token in the legacy secret_ form",
			Pattern:        `^secret_([A-Za-z0-9]{43})$`,
			SecretGroup:    1,
			Keywords:       []string{"secret_"},
			Entropy:        4.0,
			TruePositives:  []string{"secret_ugyEX4EYGeDOnQx9ls4N3ePXoE63NkohNEBH1UjF9bP"},
			FalsePositives: []string{"secret_...", "secret_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "secret_key_for_the_session_cookie_signing_x"},
			API:            "notion",
			Format:         "legacy `secret_` + 43 letters and digits",
		},
		{
			ID:                 "sendgrid-api-key",
			Name:               "SendGrid",
			EnvVar:             "SENDGRID_API_KEY",
			Description:        "SendGrid API key (SG.)",
			Pattern:            `^SG\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$`,
			SecretGroup:        2,
			Keywords:           []string{"sg."},
			Entropy:            3.5,
			InGitleaksDefaults: true,
			TruePositives:      []string{"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"},
			FalsePositives:     []string{"SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "SG...."},
			API:                "sendgrid",
			Format:             "`SG.` + 22 `[A-Za-z0-9_-]` + `.` + 43 `[A-Za-z0-9_-]`",
		},
		{
			ID:                 "twilio-api-key-sid",
			Name:               "Twilio",
			EnvVar:             "TWILIO_API_KEY",
			Description:        "Twilio API key SID (SK + 32 hex; its secret is separate)",
			Pattern:            `^SK([0-9a-f]{32})$`,
			SecretGroup:        1,
			Keywords:           []string{"sk"},
			Entropy:            3.0,
			Identifier:         true,
			InGitleaksDefaults: true,
			TruePositives:      []string{"SKdcf56248cc066cc25a00323def9b6d89"},
			FalsePositives:     []string{"SK00000000000000000000000000000000", "SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"},
			API:                "twilio",
			Format:             "API key SID `SK` + 32 lowercase hex (an identifier; the secret and the auth token are 32 characters without a prefix)",
		},
		{
			ID:          "discord-bot-token",
			Name:        "Discord",
			EnvVar:      "DISCORD_BOT_TOKEN",
			Description: "Discord bot token (three base64url parts: user id, timestamp, HMAC)",
			Pattern:     `^[MNO][A-Za-z0-9_-]{23,25}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}$`,
			Keywords:    []string{"discord"},
			Entropy:     4.0,
			TruePositives: []string{
				"MTEdx49duRA5oiNVtt601dMk.B7AT_e.2Bv6kADO6xPa-tQ02lIjjsJSLBxB6zaUxY6tLc",
				"NzIoe4okVec963HJoaNJg2c9.-YAlR1.HXlMCb4q4O_OMiJXqVwyzn96Szr",
			},
			FalsePositives: []string{"MTAxxxxxxxxxxxxxxxxxxxxx.xxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxx", "your.discord.bot.token"},
			API:            "discord",
			Format:         "base64url user id (24 to 26 characters, starting `M`, `N` or `O`) + `.` + 6 + `.` + 27 to 38",
		},
		{
			ID:                 "telegram-bot-token",
			Name:               "Telegram",
			EnvVar:             "TELEGRAM_BOT_TOKEN",
			Description:        "Telegram bot token (bot id, colon, 35 characters)",
			Pattern:            `^([0-9]{8,10}):([A-Za-z0-9_-]{35})$`,
			SecretGroup:        2,
			Keywords:           []string{"telegr"},
			Entropy:            3.5,
			InGitleaksDefaults: true,
			TruePositives:      []string{"7651395070:AARtXPpqeU8R8NU3hrQwr3aA3ROSOfH3lgm"},
			FalsePositives:     []string{"123456789:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "123456789:ABCdefGhIJKlmNoPQRsTUVwxyZ-your-tok"},
			API:                "telegram",
			Format:             "bot id (8 to 10 digits) + `:` + 35 `[A-Za-z0-9_-]`",
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
