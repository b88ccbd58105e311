//go:build !js && !wasm && windows

package frontendfiles

import "os"

// Good: this constraint excludes the browser.
func notBrowser() string { return os.Getenv("WAVESPEED_API_KEY") }
