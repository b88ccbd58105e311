// Package hardcodedfallbackfix checks the fixes for key literals that stand
// in for an environment read: the fallback goes, the read stays.
package hardcodedfallbackfix

import (
	"cmp"
	"os"
)

func apiKey() string {
	if k := os.Getenv("WAVESPEED_API_KEY"); k != "" {
		return k
	}
	return "5f3c9a1e7b2d8f4c6a0e9b3d7f1c5a8e2b6d0f4c9a3e7b1d5f8c2a6e0b4d9f3c" // want `hardcoded-key: WaveSpeed API key`
}

func assigned() string {
	k := os.Getenv("WAVESPEED_API_KEY")
	if k == "" {
		k = "5f3c9a1e7b2d8f4c6a0e9b3d7f1c5a8e2b6d0f4c9a3e7b1d5f8c2a6e0b4d9f3c" // want `hardcoded-key: WaveSpeed API key`
	}
	return k
}

// Not alone in its if: only the assignment goes.
func assignedAndLogged() string {
	k := os.Getenv("WAVESPEED_API_KEY")
	if k == "" {
		println("no key")
		k = "5f3c9a1e7b2d8f4c6a0e9b3d7f1c5a8e2b6d0f4c9a3e7b1d5f8c2a6e0b4d9f3c" // want `hardcoded-key: WaveSpeed API key`
	}
	return k
}

func defaulted() string {
	key := "Zt4qP9mW2xL7vB3nK8sR5dF1gH6jC0aE" // want `hardcoded-key: API key "Zt4q…" \(32 chars\) in source; read it from the environment: os.Getenv\("OPENAI_API_KEY"\)`
	if v := os.Getenv("OPENAI_API_KEY"); v != "" {
		key = v
	}
	return key
}

func ored() string {
	return cmp.Or(os.Getenv("WAVESPEED_API_KEY"), "5f3c9a1e7b2d8f4c6a0e9b3d7f1c5a8e2b6d0f4c9a3e7b1d5f8c2a6e0b4d9f3c") // want `hardcoded-key: WaveSpeed API key`
}
