package exposure

import (
	"errors"
	"fmt"
	"net/http"
	"os"
	"strings"
)

type client struct {
	apiKey string
	model  string
}

func newClient() *client {
	return &client{apiKey: os.Getenv("OPENAI_API_KEY"), model: os.Getenv("OPENAI_MODEL")}
}

func (c *client) check() error {
	if !strings.HasPrefix(c.apiKey, "sk-") {
		return fmt.Errorf("invalid key %q", c.apiKey) // want `OpenAI API key from OPENAI_API_KEY put in an error message; leave it out, or give its length or first 4 characters`
	}
	if len(c.apiKey) < 20 {
		return fmt.Errorf("invalid key (%d chars)", len(c.apiKey))
	}
	if c.model == "" {
		return fmt.Errorf("no model %q", c.model)
	}
	return nil
}

func errs() error {
	key := os.Getenv("WAVESPEED_API_KEY")
	if key == "x" {
		return errors.New("bad key " + key) // want `WaveSpeed API key from WAVESPEED_API_KEY put in an error message`
	}
	if key == "" {
		return errors.New("bad key")
	}
	return nil
}

func panics() {
	key := os.Getenv("WAVESPEED_API_KEY")
	if key == "x" {
		panic("bad key " + key) // want `WaveSpeed API key from WAVESPEED_API_KEY put in a panic message`
	}
	if key == "" {
		panic("WAVESPEED_API_KEY is not set")
	}
}

func printing() {
	key := os.Getenv("WAVESPEED_API_KEY")
	fmt.Println("key:", key) // want `printed to standard output`
	fmt.Println("key set:", key != "")
	fmt.Fprintln(os.Stderr, "key:", key) // want `printed to standard error`
	fmt.Fprintln(os.Stderr, "key chars:", len(key))
	var sb strings.Builder
	fmt.Fprintln(&sb, "key:", key)
	println("key", key) // want `printed to standard error`
	println("key", len(key))
}

// The incoming Authorization header is the caller's credential.
func handler(w http.ResponseWriter, r *http.Request) {
	auth := r.Header.Get("Authorization")
	fmt.Printf("auth %s\n", auth) // want `credential from the incoming Authorization header printed to standard output`
	scheme, _, _ := strings.Cut(auth, " ")
	fmt.Printf("scheme %s\n", scheme)
	_, token, _ := strings.Cut(auth, " ")
	fmt.Printf("token %s\n", token) // want `incoming Authorization header`
	fmt.Printf("scheme %s\n", strings.Fields(auth)[0])
	fmt.Printf("token %s\n", strings.Fields(auth)[1]) // want `incoming Authorization header`
	parts := strings.SplitN(auth, " ", 2)
	fmt.Println(parts[0])
	fmt.Println(parts[1]) // want `incoming Authorization header`
	fmt.Println(strings.HasPrefix(auth, "Bearer "))
	fmt.Println(r.Header.Get("Content-Type"))
}

// Another package's struct type: a field set from the environment in one
// place does not make every value of that field a key.
func otherPackageField() {
	live := http.Cookie{Name: "session", Value: os.Getenv("WAVESPEED_API_KEY")}
	_ = live
	fake := http.Cookie{Name: "session", Value: "fake"}
	fmt.Println(fake.Value)
}

// extractToken is a parser's function: program code reading the header.
func extractToken(r *http.Request) string {
	_, token, _ := strings.Cut(r.Header.Get("Authorization"), " ")
	return token
}

func logExtracted(r *http.Request) {
	fmt.Println(extractToken(r)) // want `incoming Authorization header`
}
