// Package frontendconfig has no js/wasm marker of its own: it is frontend
// code only because it is being built for wasm (the test runs it with
// GOOS=wasip1 GOARCH=wasm). In a linux run it is ordinary server code.
package frontendconfig

import "os"

// Bad when built for wasm.
func key() string {
	return os.Getenv("ANTHROPIC_API_KEY") // want `frontend-key: API key used in a js/wasm build ships to every browser; .*\(reads ANTHROPIC_API_KEY\)`
}

// Good: not a key.
func model() string { return os.Getenv("WAVESPEED_MODEL") }
