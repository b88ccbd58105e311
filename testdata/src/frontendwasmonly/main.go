// Package main is a wasm-only program: it imports syscall/js and has no
// build tags, so a linux run cannot even load it (its files are all
// excluded by syscall/js's own constraints). It is checked with
// GOOS=js GOARCH=wasm.
package main

import (
	"os"
	"syscall/js"
)

var waveSpeedAPIKey string // want `frontend-key: .*\(waveSpeedAPIKey is never assigned, so it is set at link time with -ldflags -X and is in the binary\)`

var version string

func generate(this js.Value, args []js.Value) any {
	prompt := args[0].String()
	headers := map[string]any{
		"Authorization": "Bearer " + waveSpeedAPIKey, // want `\(waveSpeedAPIKey sent in the Authorization header\)`
		"Content-Type":  "application/json",
	}
	return js.Global().Call("fetch", "https://api.wavespeed.ai/api/v3/wavespeed-ai/flux-dev", map[string]any{
		"method":  "POST",
		"headers": headers,
		"body":    `{"prompt":"` + prompt + `"}`,
	})
}

// Good: the same call through the site's own back end, which adds the key.
func generateViaBackend(this js.Value, args []js.Value) any {
	return js.Global().Call("fetch", "/api/generate", map[string]any{
		"method":  "POST",
		"headers": map[string]any{"Content-Type": "application/json"},
		"body":    `{"prompt":"` + args[0].String() + `","v":"` + version + `"}`,
	})
}

func main() {
	if os.Getenv("WAVESPEED_TOKEN") != "" { // want `\(reads WAVESPEED_TOKEN\)`
		return
	}
	js.Global().Set("generate", js.FuncOf(generate))
	js.Global().Set("generateViaBackend", js.FuncOf(generateViaBackend))
	select {}
}
