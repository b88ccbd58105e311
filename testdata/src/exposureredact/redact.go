// Package exposureredact tests -redactors: fingerprint is declared a
// redactor, shorten is not.
package exposureredact

import (
	"log"
	"os"
)

// fingerprint shows the first 2 and the last 6 characters of a key.
func fingerprint(k string) string {
	if len(k) < 8 {
		return "…"
	}
	return k[:2] + "…" + k[len(k)-6:]
}

// shorten does the same, but nobody declared it a redactor.
func shorten(k string) string {
	if len(k) < 8 {
		return "…"
	}
	return k[:2] + "…" + k[len(k)-6:]
}

type masker struct{}

func (masker) Mask(k string) string { return k[:2] + "…" + k[len(k)-6:] }

func main() {
	key := os.Getenv("WAVESPEED_API_KEY")
	log.Printf("key %s", fingerprint(key))
	log.Printf("key %s", masker{}.Mask(key))
	log.Printf("key %s", shorten(key)) // want `WaveSpeed API key from WAVESPEED_API_KEY written to the log`
}
