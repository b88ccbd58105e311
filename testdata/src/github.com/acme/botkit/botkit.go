// Package botkit stands in for a chat-bot SDK hosted on github.com
// (discordgo's shape): its constructor takes the bot token.
package botkit

type Session struct{ token string }

func New(token string) *Session { return &Session{token: token} }
