package frontendfiles

import "os"

// Good: ignored on linux and on js, but not a wasm file: a server key read.
func windowsServer() string { return os.Getenv("WAVESPEED_API_KEY") }
