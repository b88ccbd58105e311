package hardcodedurl

// Tokens in a URL's path and passwords in its userinfo: the URL is the
// credential, so the message says to move the whole URL into the
// environment. Each bad case stands beside near-identical good ones.

import (
	"fmt"
	"net/http"
	"os"
	"strings"
)

// A Discord webhook: /api/webhooks/<id>/<token>.
const discordHook = "https://discord.com/api/webhooks/1187423950176112640/XP5qeZ_-X9l6hZgPpWeVeZuZ-bmhArzczsiimOk9S-UYa3Q09MZhr8L_S9T_KfLtayAR" // want `hardcoded-key: Discord webhook URL with its token "XP5q…" \(68 chars\) in source; move the whole URL into an environment variable such as DISCORD_WEBHOOK_URL`
const discordHookDocs = "https://discord.com/api/webhooks/{webhook.id}/{webhook.token}"
const discordHookX = "https://discord.com/api/webhooks/123456789012345678/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
const discordHookPrefix = "https://discord.com/api/webhooks/"

var discordLegacy = "https://discordapp.com/api/webhooks/1187423950176112640/XP5qeZ_-X9l6hZgPpWeVeZuZ-bmhArzczsiimOk9S-UYa3Q09MZhr8L_S9T_KfLtayAR?wait=true" // want `hardcoded-key: Discord webhook URL with its token "XP5q…" \(68 chars\) in source; move the whole URL`
var discordFromEnv = os.Getenv("DISCORD_WEBHOOK_URL")

// A Slack incoming webhook: /services/T…/B…/<secret>.
var slackHook = "https://hooks.slack.com/services/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" // want `hardcoded-key: Slack webhook URL with its secret "xs24…" \(24 chars\) in source; move the whole URL into an environment variable such as SLACK_WEBHOOK_URL`
var slackHookDocs = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
var slackHookNoSecret = "https://hooks.slack.com/services/T04J8QK2M7F/B06R3LZP9XN/"

// A Telegram bot API URL: /bot<token>/<method>.
func notify(text string) {
	http.Get("https://api.telegram.org/bot7651395070:mQ3C2SU2A6MBg2z981TcWWvm-HLtWTbhJUd/sendMessage?text=" + text) // want `hardcoded-key: Telegram bot API URL with its bot token "7651…" \(46 chars\) in source; read the bot token from the environment \(os.Getenv\("TELEGRAM_BOT_TOKEN"\)\) and build the URL at run time`
	http.Get("https://api.telegram.org/bot" + os.Getenv("TELEGRAM_BOT_TOKEN") + "/sendMessage?text=" + text)
	http.Get(fmt.Sprintf("https://api.telegram.org/bot%s/sendMessage", os.Getenv("TELEGRAM_BOT_TOKEN")))
	http.Get("https://api.telegram.org/bot123456789:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/getMe")
}

// Passwords in a URL's userinfo.
var dbURL = "postgres://app:I7TGlXEWVFmR7WuK@db.prod.acme.io:5432/app?sslmode=require" // want `hardcoded-key: password in the userinfo of a URL "I7TG…" \(16 chars\) in source; move the whole URL into an environment variable such as DATABASE_URL`
var dbURLLocal = "postgres://postgres:postgres@localhost:5432/app?sslmode=disable"
var dbURLDocs = "postgres://user:password@db.example.com:5432/app"
var dbURLTemplate = "postgres://app:${DB_PASSWORD}@db.prod.acme.io:5432/app"
var dbURLFormat = "postgres://app:%s@db.prod.acme.io:5432/app"
var dbURLNoPassword = "postgres://app@db.prod.acme.io:5432/app"

var gitRemote = strings.TrimSpace(" https://deploy:Zsa1gavhtAR7bzvCkQZRFNSK@git.acme.io/org/repo.git ") // want `hardcoded-key: password in the userinfo of a URL "Zsa1…" \(24 chars\) in source; move the whole URL into an environment variable such as ACME_URL`
var gitRemoteMasked = "https://deploy:********@git.acme.io/org/repo.git"
var gitRemoteLocal = "http://deploy:changeme@localhost:3000/org/repo.git"

// A generated-looking password is one even on a local host.
var cacheURL = "redis://:Zsa1gavhtAR7bzvCkQZRFNSK@localhost:6379/0" // want `hardcoded-key: password in the userinfo of a URL "Zsa1…" \(24 chars\) in source; move the whole URL into an environment variable such as REDIS_URL`
var cacheURLDev = "redis://:devpass@localhost:6379/0"
