// Package exposureheld: formatting a value that holds a key in a field
// prints the key. Beside each, the same value with a String method, or a
// type whose fields hold no key, stays silent.
package exposureheld

import (
	"fmt"
	"log"
	"net/http"
	"os"

	"github.com/bwmarrin/discordgo"
)

type client struct {
	apiKey  string // the field that holds the key
	baseURL string
}

func newClient() *client {
	return &client{apiKey: os.Getenv("OPENAI_API_KEY"), baseURL: "https://api.openai.com/v1"}
}

type endpoint struct {
	baseURL string
	retries int
}

func printClient() {
	c := newClient()
	log.Printf("client: %+v", c) // want `key-exposure: value of type \*client holds a key in its field apiKey \(OpenAI API key from OPENAI_API_KEY\) and is written to the log whole; log only the fields you need, or give the type a String method that leaves the key out`
	log.Printf("client type: %T", c)
	log.Printf("endpoint: %+v", endpoint{baseURL: c.baseURL})
}

// masked formats itself without its key.
type masked struct {
	token string
	user  string
}

func (m masked) String() string { return "masked{" + m.user + "}" }

type plain struct {
	token string
	user  string
}

func send(req *http.Request, m masked, p plain) {
	req.Header.Set("Authorization", "Bearer "+m.token)
	req.Header.Set("X-Api-Key", p.token)
	fmt.Println(m)
	fmt.Println(p) // want `key-exposure: value of type plain holds a key in its field token \(credential sent in the X-Api-Key header \(held.go:51\)\) and is printed to standard output whole`
}

type config struct {
	Clients map[string]*client
	Name    string
}

func printConfig(cfg config) error {
	cfg.Clients["default"] = newClient()
	return fmt.Errorf("bad config %v", cfg) // want `key-exposure: value of type config holds a key in its field apiKey`
}

func session() {
	s, err := discordgo.New("Bot " + os.Getenv("DISCORD_BOT_TOKEN"))
	if err != nil {
		return
	}
	fmt.Printf("session: %+v\n", s) // want `key-exposure: value of type \*discordgo.Session holds a key in its field Token \(credential sent to discordgo, which keeps it in Session.Token\)`
	fmt.Printf("session agent: %s\n", s.UserAgent)
}
