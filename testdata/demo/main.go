// Command demo is apikeylint's demonstration program: it makes each mistake
// the linter exists to catch, once. Run the linter on it from the
// repository root:
//
//	go run ./cmd/apikeylint ./testdata/demo
//
// Every key in it is made up.
package main

import (
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
)

// hardcoded-key: a WaveSpeed key in source.
const wavespeedAPIKey = "ba4e7c1f9d2a8b3e6f0c5d7a9e1b4c8f2d6a0e3b7c9f1d5a8e2b6c0f4d7a9e3b"

func main() {
	// key-source: a key passed on the command line shows up in ps and
	// shell history.
	apiKey := flag.String("wavespeed-api-key", "", "WaveSpeed API key")
	flag.Parse()

	req, err := http.NewRequest("POST", "https://api.wavespeed.ai/api/v3/wavespeed-ai/flux-dev", nil)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	// bearer-scheme: the raw key without "Bearer " gets a 401.
	req.Header.Set("Authorization", *apiKey)
	// key-exposure: a key in a log line is shared with everyone who reads
	// the log.
	log.Printf("calling WaveSpeed with key %s", os.Getenv("WAVESPEED_API_KEY"))

	http.HandleFunc("/config", func(w http.ResponseWriter, r *http.Request) {
		// frontend-key: the server hands its key to every browser.
		fmt.Fprintf(w, `{"apiKey": %q}`, os.Getenv("WAVESPEED_API_KEY"))
	})
	_ = wavespeedAPIKey
}
