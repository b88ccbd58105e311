// Package bearersdk: an SDK that sends the value it is given verbatim as
// the Authorization value wants its scheme in it (discordgo: "Bot " for a
// bot token, "Bearer " for an OAuth2 token).
package bearersdk

import (
	"os"

	"github.com/bwmarrin/discordgo"
)

func bare() {
	discordgo.New(os.Getenv("DISCORD_BOT_TOKEN")) // want `bearer-scheme: discordgo.New sends its argument verbatim as the Authorization value, and a key without the "Bot " prefix is refused with 401: use "Bot " \+ os.Getenv\("DISCORD_BOT_TOKEN"\)`
}

func prefixed() {
	discordgo.New("Bot " + os.Getenv("DISCORD_BOT_TOKEN"))
}

func oauth() {
	discordgo.New("Bearer " + os.Getenv("DISCORD_OAUTH_TOKEN"))
}

func bareVar() {
	token := os.Getenv("DISCORD_BOT_TOKEN")
	s, _ := discordgo.New(token) // want `bearer-scheme: discordgo.New sends its argument verbatim`
	_ = s
}

func prefixedVar() {
	token := "Bot " + os.Getenv("DISCORD_BOT_TOKEN")
	s, _ := discordgo.New(token)
	_ = s
}

// open is handed the whole Authorization value by its callers.
func open(auth string) { discordgo.New(auth) }

func callers() { open("Bot " + os.Getenv("DISCORD_BOT_TOKEN")) }

// A value whose text the check cannot know (a whole value from a bland
// variable) is left alone.
func unknown() { discordgo.New(os.Getenv("DISCORD_AUTH")) }

// A token that may carry its own scheme (a user's or an OAuth2 token,
// named only "token") is left alone.
func userToken() {
	token := os.Getenv("DGU_TOKEN")
	discordgo.New(token)
}
