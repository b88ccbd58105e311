// Package frontendfiles is the frontend-key fixture for file markers: it is
// checked twice, from a linux run (the js/wasm files are ignored files,
// checked syntactically) and from a GOOS=js GOARCH=wasm run (the same files
// type-checked), and both runs must report the same lines. This file builds
// everywhere and holds nothing key-like, so the two runs agree on it too.
package frontendfiles

// authHeader names the header; the ignored files resolve it syntactically.
const authHeader = "Authorization"

// backend is the site's own API, which holds the key.
const backend = "/api/generate"
