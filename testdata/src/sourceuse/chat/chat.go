// Package chat is a package of the user's code: its constructor takes a
// config struct and sends one of its fields as the credential. Nothing
// here names a key; the use does.
package chat

import (
	"net/http"

	"github.com/bwmarrin/discordgo"
)

// Config is the chat service's settings.
type Config struct {
	Secret  string
	Channel string
}

// Client talks to the chat service.
type Client struct {
	cfg  Config
	Peer string
}

// New returns a client for cfg.
func New(cfg Config) *Client { return &Client{cfg: cfg} }

// Send posts a message with the configured secret.
func (c *Client) Send(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+c.cfg.Secret)
	req.Header.Set("X-Channel", c.cfg.Channel)
	req.SetBasicAuth("bot", c.Peer)
}

// Bot opens a Discord session with the given credential.
func Bot(cred string) (*discordgo.Session, error) { return discordgo.New("Bot " + cred) }

// Name returns a display name: its argument goes nowhere.
func Name(cred string) string { return "chat" }
