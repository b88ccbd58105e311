// Package hardcodedurlfix is the fixture for the fix of a URL that carries
// a credential: the whole URL is read from the environment.
package hardcodedurlfix

import "net/http"

var hook = "https://hooks.slack.com/services/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" // want `hardcoded-key: Slack webhook URL with its secret`

// In a constant declaration os.Getenv is not legal: no fix.
const hookConst = "https://hooks.slack.com/services/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" // want `hardcoded-key: Slack webhook URL with its secret`

func post() {
	// The URL goes on after the token: no fix either.
	http.Get("https://discord.com/api/webhooks/1187423950176112640/XP5qeZ_-X9l6hZgPpWeVeZuZ-bmhArzczsiimOk9S-UYa3Q09MZhr8L_S9T_KfLtayAR?wait=true") // want `hardcoded-key: Discord webhook URL with its token`
	http.Get("https://discord.com/api/webhooks/1187423950176112640/XP5qeZ_-X9l6hZgPpWeVeZuZ-bmhArzczsiimOk9S-UYa3Q09MZhr8L_S9T_KfLtayAR") // want `hardcoded-key: Discord webhook URL with its token`
}
