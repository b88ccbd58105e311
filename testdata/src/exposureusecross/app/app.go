// Package app uses lib, a package of the same module: a key passed to a
// function there that logs its parameter is reported at the call, and a
// field that lib sends as a credential is a key here too.
package app

import (
	"fmt"
	"os"

	"exposureusecross/lib"
)

func main() {
	key := os.Getenv("OPENAI_API_KEY")
	lib.Debug("key", key) // want `key-exposure: OpenAI API key from OPENAI_API_KEY passed to lib.Debug is written out there \(sent to the log at lib.go:27\)`
	lib.Label("key", key)

	c := lib.New(os.Getenv("SERVICE_URL_KEYLESS"), "https://api.example.com")
	fmt.Println("client key:", c.APIKey) // want `key-exposure: credential sent in the Authorization header \(lib.go:21\) printed to standard output`
	fmt.Println("client url:", c.BaseURL)

	s := lib.Settings{Token: os.Getenv("SERVICE_API_TOKEN"), Name: "svc"}
	lib.Dump(s) // want `key-exposure: API key from SERVICE_API_TOKEN passed to lib.Dump, whose field Token is written out there`
	lib.DumpName(s)
}
