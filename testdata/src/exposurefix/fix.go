package exposurefix

import (
	"fmt"
	"log"
	"os"
)

type client struct{ apiKey string }

func run(c *client) error {
	key := os.Getenv("WAVESPEED_API_KEY")
	log.Printf("using key %s", key)          // want `written to the log`
	log.Println("key: " + key + " loaded")   // want `written to the log`
	log.Printf("client key %q", c.apiKey)    // want `written to the log`
	fmt.Println(os.Getenv("OPENAI_API_KEY")) // want `printed to standard output`
	if key == "x" {
		return fmt.Errorf("bad key %s", key) // want `put in an error message`
	}
	if key == "y" {
		return fmt.Errorf(key) // want `put in an error message`
	}
	return nil
}

func newClient() *client { return &client{apiKey: os.Getenv("OPENAI_API_KEY")} }
