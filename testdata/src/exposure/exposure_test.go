package exposure

import (
	"os"
	"testing"
)

func TestKey(t *testing.T) {
	key := os.Getenv("WAVESPEED_API_KEY")
	if key == "" {
		t.Skip("WAVESPEED_API_KEY not set")
	}
	t.Logf("using key %s", key) // want `WaveSpeed API key from WAVESPEED_API_KEY written to the test log \(CI logs are often public\)`
	t.Logf("using a key of %d chars", len(key))
	if len(key) != 64 {
		t.Fatalf("key %q is not 64 characters", key) // want `written to the test log`
	}
	if len(key) != 64 {
		t.Fatalf("key has %d characters, want 64", len(key))
	}
}

func BenchmarkKey(b *testing.B) {
	key := os.Getenv("WAVESPEED_API_KEY")
	b.Log(key) // want `written to the test log`
	b.Log(len(key))
}

func helper(tb testing.TB, key string) {
	tb.Error("bad key", key) // want `written to the test log`
	tb.Error("bad key", len(key))
}

func TestHelper(t *testing.T) {
	helper(t, os.Getenv("WAVESPEED_API_KEY"))
}
