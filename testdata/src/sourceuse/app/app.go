// Package app reads its settings from a file in the working directory and
// hands them to chat: the fields chat sends as credentials are keys read
// from a file, reported where they are read.
package app

import (
	"encoding/json"
	"flag"
	"os"

	"sourceuse/chat"
)

var peer = flag.String("peer", "", "peer") // want `key-source: API key read from command-line flag -peer`
var cred = flag.String("cred", "", "cred") // want `key-source: Discord API key read from command-line flag -cred \(visible in ps and shell history\); read it from the environment: os.Getenv\("DISCORD_BOT_TOKEN"\)`
var label = flag.String("label", "", "label")

func main() {
	flag.Parse()
	data, _ := os.ReadFile("settings.json")
	var cfg chat.Config
	json.Unmarshal(data, &cfg) // want `key-source: API key read from a config file`
	c := chat.New(cfg)
	c.Peer = *peer
	chat.Bot(*cred)
	chat.Name(*label)

	var env chat.Config
	env.Secret = os.Getenv("CHAT_SECRET")
	chat.New(env)
}
