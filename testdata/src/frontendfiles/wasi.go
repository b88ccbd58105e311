//go:build wasip1

package frontendfiles

import "os"

// wasip1 counts as a wasm target too (and is an ignored file in both runs).
func wasiMain() {
	_ = os.Getenv("OPENAI_API_KEY") // want `\(reads OPENAI_API_KEY\)`
	_ = os.Getenv("PORT")
}
