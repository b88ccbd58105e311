// Command vetfixture is linted by cmd/apikeylint/vet_test.go: it holds a
// hardcoded WaveSpeed key (a fake one) and sends it.
package main

import "example.com/vetfixture/client"

var wavespeedAPIKey = "9c1e7a3f5b2d4e6f8a0b1c3d5e7f9a2b4c6d8e0f1a3b5c7d9e2f4a6b8c0d1e3f"

func main() {
	h := client.Headers("Bearer " + wavespeedAPIKey)
	println(h["Content-Type"])
	println(len(argKey()))
}
