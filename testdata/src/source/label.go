package source

import (
	"flag"
	"os"

	"github.com/acme/botkit"
)

// The SDK's import path starts with github.com, which says nothing of the
// key's provider: the message must not call it a GitHub key.
var botFlagToken string

func botFromFlag() *botkit.Session {
	flag.StringVar(&botFlagToken, "t", "", "Bot Token") // want `^key-source: API key read from command-line flag -t \(visible in ps and shell history\); read it from the environment: os.Getenv\("TOKEN"\)$`
	return botkit.New(botFlagToken)
}

func botFromEnv() *botkit.Session {
	return botkit.New(os.Getenv("BOT_TOKEN"))
}
