package hardcodedvectors

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// HMAC signer test vectors against a mock server: test data, silent (it
// was reported as a WaveSpeed API key).
func TestSign(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	secretKey := "e2b5a8d1c4f7e0b3a6d9c2f5e8b1a4d7c0f3e6b9a2d5c8f1e4b7a0d3c6f9e2b5"
	if sign(secretKey, "GET /v1") == "" {
		t.Fatal("no signature")
	}
}
