package keys

import (
	"regexp"
	"strings"
)

// URLShape is a URL that carries a credential in its path: a chat
// webhook URL whose last segment is its secret, or a bot API URL with the
// bot's token in the path. Such a URL is the credential: whoever has it
// can post as the webhook or the bot.
type URLShape struct {
	// ID is a stable lowercase identifier ("discord-webhook-url").
	ID string
	// API is the registry ID of the provider whose URL it is.
	API string
	// Name names the URL for messages ("Discord webhook URL").
	Name string
	// Secret names the credential inside it ("token", "secret").
	Secret string
	// EnvVar is where the program should read it from: the whole URL
	// ("DISCORD_WEBHOOK_URL"), or the token when the URL's path goes on
	// with a method that changes per call (Telegram's /bot<token>/getMe).
	EnvVar string
	// WholeURL says EnvVar holds the whole URL, not only the token.
	WholeURL bool
	// Pattern finds the URL in a string; SecretGroup is the submatch of
	// the credential.
	Pattern     string
	SecretGroup int
	// EntropyGroup is the submatch the entropy floor applies to (0: the
	// secret's); Entropy is the floor in bits per character.
	EntropyGroup int
	Entropy      float64
	// TruePositives and FalsePositives pin the pattern down.
	TruePositives, FalsePositives []string
	// Doc documents the URL's shape.
	Doc string
}

// URLShapes returns the URL shapes, freshly allocated.
func URLShapes() []URLShape {
	return []URLShape{
		{
			ID: "discord-webhook-url", API: "discord", Name: "Discord webhook URL", Secret: "token",
			EnvVar: "DISCORD_WEBHOOK_URL", WholeURL: true,
			Pattern:     `https?://(?:(?:ptb|canary)\.)?discord(?:app)?\.com/api(?:/v\d{1,2})?/webhooks/([0-9]{17,20})/([A-Za-z0-9_-]{60,100})`,
			SecretGroup: 2, Entropy: 4.0,
			TruePositives: []string{
				"https://discord.com/api/webhooks/1187423950176112640/Qx7mZ2rT9vLp4KdW8sNc3HfB6yJ0aGu5eRtXi1oPq-Vz_M9kLw2Ej7nUb4cYd8FhSa3Gx",
				"https://discordapp.com/api/webhooks/887423950176112640/Qx7mZ2rT9vLp4KdW8sNc3HfB6yJ0aGu5eRtXi1oPq-Vz_M9kLw2Ej7nUb4cYd8FhSa3Gx?wait=true",
			},
			FalsePositives: []string{
				"https://discord.com/api/webhooks/{webhook.id}/{webhook.token}",
				"https://discord.com/api/webhooks/123456789012345678/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
				"https://discord.com/api/webhooks/1187423950176112640/",
				"https://discord.com/api/webhooks/1187423950176112640/YOUR_WEBHOOK_TOKEN_GOES_HERE_AND_IT_IS_SIXTY_EIGHT_CHARACTERS_LONG",
			},
			Doc: "https://discord.com/developers/docs/resources/webhook#execute-webhook",
		},
		{
			ID: "slack-webhook-url", API: "slack", Name: "Slack webhook URL", Secret: "secret",
			EnvVar: "SLACK_WEBHOOK_URL", WholeURL: true,
			Pattern:     `https?://hooks\.slack\.com/services/(T[A-Z0-9]{8,12})/(B[A-Z0-9]{8,12})/([A-Za-z0-9]{24})\b`,
			SecretGroup: 3, Entropy: 3.5,
			TruePositives: []string{
				"https://hooks.slack.com/services/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",
			},
			FalsePositives: []string{
				"https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
				"https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/abcdefghijklmnopqrstuvwx",
				"https://hooks.slack.com/services/T04J8QK2M7F/B06R3LZP9XN/",
			},
			Doc: "https://docs.slack.dev/messaging/sending-messages-using-incoming-webhooks",
		},
		{
			ID: "telegram-bot-api-url", API: "telegram", Name: "Telegram bot API URL", Secret: "bot token",
			EnvVar:      "TELEGRAM_BOT_TOKEN",
			Pattern:     `https?://api\.telegram\.org/(?:file/)?bot([0-9]{8,10}:([A-Za-z0-9_-]{35}))(?:[/?#]|$)`,
			SecretGroup: 1, EntropyGroup: 2, Entropy: 3.5,
			TruePositives: []string{
				"https://api.telegram.org/bot7651395070:AARtXPpqeU8R8NU3hrQwr3aA3ROSOfH3lgm/sendMessage",
				"https://api.telegram.org/file/bot7651395070:AARtXPpqeU8R8NU3hrQwr3aA3ROSOfH3lgm/photos/file_1.jpg",
			},
			FalsePositives: []string{
				"https://api.telegram.org/bot%s/%s",
				"https://api.telegram.org/bot<token>/getMe",
				"https://api.telegram.org/bot123456789:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/getMe",
				"https://api.telegram.org/bot{token}/sendMessage",
			},
			Doc: "https://core.telegram.org/bots/api#making-requests",
		},
	}
}

// URLMatch is a credential found in a URL.
type URLMatch struct {
	// Shape is the URL shape; for a userinfo password its ID is
	// "url-userinfo-password" and its API is "".
	Shape URLShape
	// Start and End delimit the URL in the searched string.
	Start, End int
	// Secret is the credential.
	Secret string
}

// userinfoShape describes a password in a URL's userinfo
// (scheme://user:password@host).
var userinfoShape = URLShape{
	ID: "url-userinfo-password", Name: "URL", Secret: "password", WholeURL: true,
	Doc: "https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1",
}

type compiledShape struct {
	URLShape
	re *regexp.Regexp
}

var urlShapes = func() []compiledShape {
	var out []compiledShape
	for _, s := range URLShapes() {
		out = append(out, compiledShape{s, regexp.MustCompile(s.Pattern)})
	}
	return out
}()

// userinfoRE finds scheme://user:password@host; the host runs to the
// first character that ends an authority.
var userinfoRE = regexp.MustCompile(`\b([a-zA-Z][a-zA-Z0-9+.-]{1,15})://([^\s:/?#@'"]*):([^\s/?#@'"]+)@([^\s/?#'"]+)`)

// FindURLSecret finds a credential carried by a URL in s: a webhook or
// bot API URL of a registry provider, or a password in a URL's userinfo.
// Placeholders, template markers, low-entropy fillers and the passwords of
// reserved example hosts are not credentials; neither are a local host's
// unless they look generated.
func FindURLSecret(s string) (URLMatch, bool) {
	if len(s) < 16 || len(s) > 4096 || !strings.Contains(s, "://") {
		return URLMatch{}, false
	}
	for _, sh := range urlShapes {
		if !strings.Contains(s, shapeHost(sh.ID)) {
			continue
		}
		for _, idx := range sh.re.FindAllStringSubmatchIndex(s, -1) {
			secret := s[idx[2*sh.SecretGroup]:idx[2*sh.SecretGroup+1]]
			eg := sh.SecretGroup
			if sh.EntropyGroup > 0 {
				eg = sh.EntropyGroup
			}
			random := s[idx[2*eg]:idx[2*eg+1]]
			if IsPlaceholder(random) || Entropy(random) < sh.Entropy || lowVariety(random) || wordy(random) {
				continue
			}
			return URLMatch{Shape: sh.URLShape, Start: idx[0], End: idx[1], Secret: secret}, true
		}
	}
	if !strings.Contains(s, "@") {
		return URLMatch{}, false
	}
	for _, idx := range userinfoRE.FindAllStringSubmatchIndex(s, -1) {
		user, pw, host := s[idx[4]:idx[5]], s[idx[6]:idx[7]], s[idx[8]:idx[9]]
		if !PlausiblePassword(user, pw, host) {
			continue
		}
		sh := userinfoShape
		sh.EnvVar = URLEnvVar(s[idx[2]:idx[3]], host)
		return URLMatch{Shape: sh, Start: idx[0], End: idx[1], Secret: pw}, true
	}
	return URLMatch{}, false
}

// shapeHost is a substring every URL of the shape holds, for a cheap
// look before the regexp.
func shapeHost(id string) string {
	switch id {
	case "discord-webhook-url":
		return "/webhooks/"
	case "slack-webhook-url":
		return "hooks.slack.com"
	case "telegram-bot-api-url":
		return "api.telegram.org"
	}
	return "://"
}

// fakePasswordWords are parts of passwords that documentation, examples
// and development setups use.
var fakePasswordWords = []string{
	"pass", "p@ss", "ssw0rd", "secret", "admin", "root", "guest", "test", "user",
	"login", "qwerty", "letmein", "default", "demo", "foo", "bar", "baz", "pwd",
	"token", "hunter2", "1234", "abcd",
}

// PlausiblePassword reports whether pw, the password of user at host in a
// URL's userinfo, could be a real one: no placeholder or template marker,
// no word documentation uses for a password, not the user name, eight or
// more characters of two or more kinds with some entropy. At a reserved
// example host (example.com, .test, .invalid) no password is; at a local or
// single-label host (localhost, db) only one that looks generated.
func PlausiblePassword(user, pw, host string) bool {
	if len(pw) < 8 || len(pw) > 128 || pw == user || strings.ContainsAny(pw, "$%{}*<>[]()\\`") {
		// $VAR, %s and %40-escaped forms, {{.Pass}}, masks: templates, not
		// values (a real password with an escaped character is rare
		// enough to leave).
		return false
	}
	if IsPlaceholder(pw) || IsPlaceholder(user) || lowVariety(pw) || wordy(pw) {
		return false
	}
	l := strings.ToLower(pw)
	for _, w := range fakePasswordWords {
		if strings.Contains(l, w) {
			return false
		}
	}
	var lower, upper, digit, other int
	for _, r := range pw {
		switch {
		case r >= 'a' && r <= 'z':
			lower = 1
		case r >= 'A' && r <= 'Z':
			upper = 1
		case r >= '0' && r <= '9':
			digit = 1
		default:
			other = 1
		}
	}
	if lower+upper+digit+other < 2 || Entropy(pw) < 3.0 {
		return false
	}
	h := strings.ToLower(host)
	if i := strings.LastIndexByte(h, ':'); i >= 0 && !strings.HasSuffix(h, "]") {
		h = h[:i]
	}
	h = strings.TrimSuffix(h, ".")
	switch {
	case exampleHost(h):
		return false
	case localHost(h):
		return looksGenericSecret(pw, true)
	}
	return true
}

// exampleHost reports whether h is reserved for documentation (RFC 2606,
// RFC 6761) or obviously stands for one ("example", "host", "hostname").
func exampleHost(h string) bool {
	switch h {
	case "example", "host", "hostname", "server", "domain", "yourdomain.com", "mydomain.com":
		return true
	}
	for _, d := range []string{"example.com", "example.org", "example.net", "example", "test", "invalid"} {
		if h == d || strings.HasSuffix(h, "."+d) {
			return true
		}
	}
	return false
}

// localHost reports whether h is this machine or a name only a local
// network or a compose file resolves (localhost, 127.0.0.1, db, redis).
func localHost(h string) bool {
	switch {
	case h == "localhost" || strings.HasSuffix(h, ".localhost") || strings.HasSuffix(h, ".local") || strings.HasSuffix(h, ".internal"),
		strings.HasPrefix(h, "127.") || h == "0.0.0.0" || h == "[::1]" || h == "::1",
		!strings.Contains(h, "."):
		return true
	}
	return false
}

// URLEnvVar is the environment variable to suggest for a URL of the given
// scheme and host that carries a password: DATABASE_URL for database
// schemes, REDIS_URL, AMQP_URL, …; for other schemes the host's name
// ("git.acme.io" → ACME_URL).
func URLEnvVar(scheme, host string) string {
	switch strings.ToLower(scheme) {
	case "postgres", "postgresql", "mysql", "mariadb", "sqlserver", "mssql", "cockroachdb", "clickhouse", "oracle":
		return "DATABASE_URL"
	case "mongodb", "mongodb+srv":
		return "MONGODB_URI"
	case "redis", "rediss":
		return "REDIS_URL"
	case "amqp", "amqps":
		return "AMQP_URL"
	case "nats":
		return "NATS_URL"
	case "smtp", "smtps":
		return "SMTP_URL"
	case "ftp", "ftps", "sftp":
		return "FTP_URL"
	}
	h := normalHost(host)
	labels := strings.Split(h, ".")
	name := labels[0]
	if len(labels) >= 2 {
		name = labels[len(labels)-2]
	}
	name = strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return r - 'a' + 'A'
		case r >= '0' && r <= '9':
			return r
		}
		return '_'
	}, name)
	if name == "" || name[0] >= '0' && name[0] <= '9' {
		return "SERVICE_URL"
	}
	return name + "_URL"
}
