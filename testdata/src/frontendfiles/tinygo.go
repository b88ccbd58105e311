//go:build tinygo || windows

package frontendfiles

import "os"

// Good: satisfiable without js or wasm, so not a browser-only file.
func maybeBrowser() string { return os.Getenv("WAVESPEED_API_KEY") }
