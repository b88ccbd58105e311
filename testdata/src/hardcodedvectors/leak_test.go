package hardcodedvectors

import (
	"os"
	"testing"
)

// A WaveSpeed key in a test that feeds no signer, validator or mock
// server: a leaked key, reported.
func TestLive(t *testing.T) {
	wavespeedAPIKey := "7f0c3a6d9b2e5f8c1a4d7b0e3f6a9c2d5b8e1f4a7c0d3b6e9f2a5c8d1b4e7f0a" // want `hardcoded-key: WaveSpeed API key "7f0c…"`
	_ = os.Setenv("WAVESPEED_API_KEY", wavespeedAPIKey)
}
