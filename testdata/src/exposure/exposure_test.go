package exposure

import (
	"net/http"
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

// A test server checks what the client sent: the credential is the test's
// own fake one, and so is a key literal in a test.
func TestServer(t *testing.T) {
	h := func(w http.ResponseWriter, r *http.Request) {
		if got := r.Header.Get("Authorization"); got != "Bearer "+fakeKey {
			t.Errorf("Authorization = %q", got)
		}
	}
	_ = h
	t.Logf("fake key %s", fakeKey)
}

const fakeKey = "sk-proj-Qx8Lm3Rv7Tb2Nk9Pz4Wc1Yd6Fg0Hj5Sa8Qe3Ru7Ti2Ow9Pl4Mk1Nj6Bh0Vg5Cf8Xd3Zf"

// A test table's fields and a resolved config checked against them: the
// package reads client.apiKey from the environment, but here it is the
// test's fake.
func TestResolve(t *testing.T) {
	tt := struct{ want client }{want: client{apiKey: "env-key"}}
	got := newClient()
	if got.apiKey != tt.want.apiKey {
		t.Errorf("apiKey = %q, want %q", got.apiKey, tt.want.apiKey)
	}
	key := os.Getenv("OPENAI_API_KEY")
	t.Logf("live key %s", key) // want `OpenAI API key from OPENAI_API_KEY written to the test log`
}

// A parser's test logs what it extracted from the request it built: test data.
func TestExtract(t *testing.T) {
	req, _ := http.NewRequest("GET", "/", nil)
	req.Header.Set("Authorization", "Bearer abc")
	t.Errorf("got %q", extractToken(req))
}
