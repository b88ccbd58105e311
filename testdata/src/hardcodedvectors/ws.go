// Package hardcodedvectors: a bare 64-hex string is WaveSpeed's only with
// WaveSpeed context; elsewhere a key name makes it a generic secret, and
// in a test that feeds a signer, a validator or a mock server it is a test
// vector (issue 19, class 5).
package hardcodedvectors

// This file talks to WaveSpeed: a key name beside 64 hex is its key.
const wavespeedBase = "https://api.wavespeed.ai/api/v3"

var apiKey = "9c1e4b7a2f8d3e6c0b5a9d2e7f1c4b8a3d6e0f9c2b5a8d1e4f7c0b3a6d9e2f5c" // want `hardcoded-key: WaveSpeed API key "9c1e…" \(64 chars\) in source; read it from the environment: os.Getenv\("WAVESPEED_API_KEY"\)`

// sign is an HMAC signer the tests feed.
func sign(secretKey, msg string) string { return secretKey + msg }

// validateToken checks a token's format.
func validateToken(apiKey string) bool { return len(apiKey) == 64 }
