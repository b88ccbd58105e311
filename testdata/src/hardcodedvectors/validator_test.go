package hardcodedvectors

import "testing"

// A token-format validator's fixture: silent.
func TestValidateToken(t *testing.T) {
	apiKey := "b3a6d9c2f5e8b1a4d7c0f3e6b9a2d5c8f1e4b7a0d3c6f9e2b5a8d1c4f7e0b3a6"
	if !validateToken(apiKey) {
		t.Fatal("rejected")
	}
}
