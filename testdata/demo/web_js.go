//go:build js && wasm

package main

import (
	"os"
	"syscall/js"
)

// frontend-key: this file is compiled to WebAssembly and shipped to every
// visitor, key included.
func fetchFromBrowser() {
	headers := js.Global().Get("Headers").New()
	headers.Call("set", "Authorization", "Bearer "+os.Getenv("WAVESPEED_API_KEY"))
}
