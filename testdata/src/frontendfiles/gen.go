//go:build ignore

package main

import "os"

// Good: a generator, never built for the browser.
func main() { _ = os.Getenv("WAVESPEED_API_KEY") }
