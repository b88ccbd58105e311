package commits

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/zricethezav/gitleaks/v8/report"

	"github.com/apikeylint/apikeylint/analyzer/keys"
	"github.com/apikeylint/apikeylint/cmd/apikeylint/internal/sarif"
)

// fakeProvider is an httptest server standing in for a provider's API. It
// answers every request with status (and body), or hangs until the client
// gives up when status is 0, and records what it was sent.
type fakeProvider struct {
	*httptest.Server
	hits atomic.Int32
	mu   sync.Mutex
	reqs []*http.Request
}

func newFake(t *testing.T, status int, body string) *fakeProvider {
	t.Helper()
	f := &fakeProvider{}
	f.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f.hits.Add(1)
		f.mu.Lock()
		f.reqs = append(f.reqs, r.Clone(context.Background()))
		f.mu.Unlock()
		if status == 0 {
			<-r.Context().Done() // hang until the client times out
			return
		}
		w.WriteHeader(status)
		_, _ = fmt.Fprint(w, body)
	}))
	t.Cleanup(f.Close)
	return f
}

func (f *fakeProvider) last(t *testing.T) *http.Request {
	t.Helper()
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.reqs) == 0 {
		t.Fatal("the fake provider got no request")
	}
	return f.reqs[len(f.reqs)-1]
}

// countingTransport records how many requests are in flight at once.
type countingTransport struct {
	base    http.RoundTripper
	in, max atomic.Int64
}

func (c *countingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	n := c.in.Add(1)
	defer c.in.Add(-1)
	for {
		m := c.max.Load()
		if n <= m || c.max.CompareAndSwap(m, n) {
			break
		}
	}
	return c.base.RoundTrip(r)
}

func testVerifier(t *testing.T, timeout time.Duration, eps ...string) *verifier {
	t.Helper()
	e := endpoints{}
	for _, s := range eps {
		if err := e.Set(s); err != nil {
			t.Fatal(err)
		}
	}
	return newVerifier(timeout, e)
}

func finding(rule, secret, match string) report.Finding {
	return report.Finding{RuleID: rule, Secret: secret, Match: match, Fingerprint: "c0ffee:f.env:" + rule + ":1"}
}

func verdictOf(t *testing.T, v *verifier, f report.Finding) Verification {
	t.Helper()
	got := v.verifyAll(context.Background(), []report.Finding{f})
	f.Secret = Redact(f.Secret)
	res, ok := got[findingKey(f)]
	if !ok {
		t.Fatalf("no verdict for %s", f.RuleID)
	}
	return res
}

func TestVerifyStatuses(t *testing.T) {
	key := hexKey("verify-wavespeed")
	f := finding("wavespeed-api-key", key, "WAVESPEED_API_KEY="+key)
	for _, tc := range []struct {
		status     int
		want       string
		wantReason string
	}{
		{200, Live, "HTTP 200"},
		{204, Live, "HTTP 204"},
		{401, Dead, "HTTP 401"},
		{403, Dead, "HTTP 403"},
		{500, Unknown, "HTTP 500"},
		{429, Unknown, "HTTP 429"},
		{302, Unknown, "HTTP 302"}, // no redirects: the key goes nowhere else
		{0, Unknown, "no answer from"},
	} {
		srv := newFake(t, tc.status, `{"code":200,"data":{"balance":1}}`)
		v := testVerifier(t, 300*time.Millisecond, "wavespeed="+srv.URL)
		got := verdictOf(t, v, f)
		if got.Status != tc.want || got.Provider != "wavespeed" || !strings.Contains(got.Reason, tc.wantReason) {
			t.Errorf("status %d: got %+v, want %s (%s)", tc.status, got, tc.want, tc.wantReason)
		}
		if strings.Contains(got.Reason, key) {
			t.Errorf("status %d: reason holds the key", tc.status)
		}
		r := srv.last(t)
		if r.Method != "GET" || r.URL.Path != "/api/v3/balance" || r.Header.Get("Authorization") != "Bearer "+key {
			t.Errorf("status %d: request %s %s with Authorization %s, want GET /api/v3/balance with Bearer",
				tc.status, r.Method, r.URL.Path, Redact(r.Header.Get("Authorization")))
		}
		if srv.hits.Load() != 1 {
			t.Errorf("status %d: %d requests, want 1 (no retries)", tc.status, srv.hits.Load())
		}
	}
}

func TestVerifyOncePerKeyAndBounded(t *testing.T) {
	srv := newFake(t, 0, "")
	v := testVerifier(t, 200*time.Millisecond, "wavespeed="+srv.URL)
	// Count requests in flight where the bound applies, in the client: the
	// server sees a timed-out request's handler end only after the client
	// has moved on to the next key.
	ct := &countingTransport{base: http.DefaultTransport}
	v.client.Transport = ct
	var fs []report.Finding
	for i := 0; i < 10; i++ {
		key := hexKey(fmt.Sprintf("bounded-%d", i))
		for j := 0; j < 3; j++ { // the same key in three commits
			f := finding("wavespeed-api-key", key, "WAVESPEED_API_KEY="+key)
			f.Fingerprint = fmt.Sprintf("commit%d:.env:wavespeed-api-key:1", j)
			fs = append(fs, f)
		}
	}
	start := time.Now()
	got := v.verifyAll(context.Background(), fs)
	if n := srv.hits.Load(); n != 10 {
		t.Errorf("%d requests for 10 distinct keys, want 10", n)
	}
	if m := ct.max.Load(); m > verifyWorkers {
		t.Errorf("%d requests in flight at once, want at most %d", m, verifyWorkers)
	}
	if m := ct.max.Load(); m < 2 {
		t.Errorf("%d requests in flight at once, want them concurrent (up to %d)", m, verifyWorkers)
	}
	if len(got) != 30 {
		t.Errorf("%d verdicts for 30 findings", len(got))
	}
	for _, res := range got {
		if res.Status != Unknown || !strings.Contains(res.Reason, "within 200ms") {
			t.Errorf("hang: got %+v", res)
		}
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("took %s: timeouts not applied", d)
	}
}

func TestVerifyProviders(t *testing.T) {
	// Each provider's own request shape, against a fake that answers 200.
	gh := "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" // valid checksum
	tg := "7651395070:AARtXPpqeU8R8NU3hrQwr3aA3ROSOfH3lgm"
	el := "sk_3f4e1bc833a788ffee52872881f93e0d15e07b7ddff4bd89"
	ant := keys.Providers()[2].TruePositives[0]
	for _, tc := range []struct {
		api  string
		f    report.Finding
		path string
		hdr  string
		want string
	}{
		{"github", finding("github-pat", gh, "token: "+gh), "/user", "Authorization", "Bearer " + gh},
		{"telegram", finding("telegram-bot-api-token", tg, "TELEGRAM_BOT_TOKEN="+tg), "/bot" + tg + "/getMe", "", ""},
		{"elevenlabs", finding("elevenlabs-api-key", el, el), "/v1/user", "Xi-Api-Key", el},
		{"anthropic", finding("anthropic-api-key", ant, ant), "/v1/models", "X-Api-Key", ant},
		{"mistral", finding("generic-api-key", "Zt4qP9mW2xL7vB3nK8sR5dF1gH6jC0aE", "MISTRAL_API_KEY=Zt4qP9mW2xL7vB3nK8sR5dF1gH6jC0aE"), "/v1/models", "Authorization", "Bearer Zt4qP9mW2xL7vB3nK8sR5dF1gH6jC0aE"},
	} {
		srv := newFake(t, 200, "{}")
		v := testVerifier(t, time.Second, tc.api+"="+srv.URL+"/base/")
		got := verdictOf(t, v, tc.f)
		if got.Status != Live || got.Provider != tc.api {
			t.Errorf("%s: got %+v, want live", tc.api, got)
			continue
		}
		r := srv.last(t)
		if r.URL.Path != "/base"+tc.path {
			t.Errorf("%s: path %s, want /base%s", tc.api, Redact(r.URL.Path), tc.path)
		}
		if tc.hdr != "" && r.Header.Get(tc.hdr) != tc.want {
			t.Errorf("%s: %s = %s", tc.api, tc.hdr, Redact(r.Header.Get(tc.hdr)))
		}
		if tc.api == "anthropic" && r.Header.Get("Anthropic-Version") == "" {
			t.Errorf("anthropic: no anthropic-version header")
		}
		if tc.hdr != "Authorization" && r.Header.Get("Authorization") != "" {
			t.Errorf("%s: the key also went in Authorization", tc.api)
		}
	}
}

func TestVerifyWithoutRequest(t *testing.T) {
	srv := newFake(t, 200, "{}")
	eps := []string{"github=" + srv.URL, "wavespeed=" + srv.URL}
	v := testVerifier(t, time.Second, eps...)
	hex := hexKey("generic")
	for _, tc := range []struct {
		f      report.Finding
		status string
		reason string
	}{
		// A made-up GitHub token: its CRC32 does not match.
		{finding("github-pat", "ghp_Xq7Lm2Rv9Tb4Nk8Pz3Wc6Yd1Fg5Hj0Sa7Qe2", "ghp_Xq7Lm2Rv9Tb4Nk8Pz3Wc6Yd1Fg5Hj0Sa7Qe2"), Dead, "checksum"},
		// A 64-hex secret that nothing ties to WaveSpeed is not sent there.
		{finding("generic-api-key", hex, "API_KEY="+hex), Unknown, "not recognized"},
		// Twilio: no request verifies a secret alone.
		{finding("twilio-api-key", "SKdcf56248cc066cc25a00323def9b6d89", "TWILIO_API_KEY=SKdcf56248cc066cc25a00323def9b6d89"), Unknown, "no free verification"},
	} {
		got := verdictOf(t, v, tc.f)
		if got.Status != tc.status || !strings.Contains(got.Reason, tc.reason) {
			t.Errorf("%s: got %+v, want %s (%s)", tc.f.RuleID, got, tc.status, tc.reason)
		}
	}
	if n := srv.hits.Load(); n != 0 {
		t.Errorf("%d requests, want none", n)
	}
}

func TestVerifySlackOKField(t *testing.T) {
	tok := "xoxb-2418462981-7361946102847-Xq7Lm2Rv9Tb4Nk8Pz3Wc6Yd1"
	f := finding("slack-bot-token", tok, tok)
	for body, want := range map[string]string{
		`{"ok":true,"user":"bot"}`:                 Live,
		`{"ok":false,"error":"invalid_auth"}`:      Dead,
		`<html>maintenance ` + tok + `</html>`:     Unknown,
		`{"ok":false,"error":"token ` + tok + `"}`: Dead,
	} {
		srv := newFake(t, 200, body)
		got := verdictOf(t, testVerifier(t, time.Second, "slack="+srv.URL), f)
		if got.Status != want {
			t.Errorf("%s: got %+v, want %s", body, got, want)
		}
		t.Logf("%s", got)
		if strings.Contains(got.Reason, tok) {
			t.Errorf("%s: reason holds the token: %s", body, got.Reason)
		}
		if r := srv.last(t); r.Method != "POST" || r.URL.Path != "/api/auth.test" {
			t.Errorf("slack: %s %s", r.Method, r.URL.Path)
		}
	}
}

func TestVerifyErrorRedacted(t *testing.T) {
	// A refused connection: Go's error quotes the URL, which for Telegram
	// holds the token.
	srv := newFake(t, 200, "")
	u := srv.URL
	srv.Close()
	tg := "7651395070:AARtXPpqeU8R8NU3hrQwr3aA3ROSOfH3lgm"
	got := verdictOf(t, testVerifier(t, time.Second, "telegram="+u), finding("telegram-bot-api-token", tg, "TELEGRAM_BOT_TOKEN="+tg))
	if got.Status != Unknown || got.Reason == "" {
		t.Fatalf("got %+v", got)
	}
	for _, s := range []string{tg, url.PathEscape(tg), tg[11:]} {
		if strings.Contains(got.Reason, s) {
			t.Errorf("reason holds the token: %s", got.Reason)
		}
	}
}

func TestVerifyFlags(t *testing.T) {
	dir := newRepo(t)
	for _, args := range [][]string{
		{"--verify-endpoint", "wavespeed=http://127.0.0.1:1"},
		{"--verify-timeout", "1s"},
		{"--verify", "--verify-endpoint", "nope=http://127.0.0.1:1"},
		{"--verify", "--verify-endpoint", "wavespeed"},
		{"--verify", "--verify-endpoint", "=http://x"},
		{"--verify", "--verify-endpoint", "wavespeed=ftp://127.0.0.1"},
		{"--verify", "--verify-endpoint", "wavespeed=127.0.0.1:8080"},
		{"--verify", "--verify-endpoint", "wavespeed=http://user:" + hexKey("pw") + "@127.0.0.1"},
		{"--verify", "--verify-endpoint", "twilio=http://127.0.0.1:1"},
		{"--verify", "--verify-timeout", "0s"},
		{"--verify", "--verify-timeout", "soon"},
	} {
		r := runMain(append(args, dir)...)
		if r.code != ExitError || strings.Count(strings.TrimSpace(r.stderr), "\n") != 0 || r.stderr == "" {
			t.Errorf("%q: exit %d, stderr %q: want exit 2 and one line", args, r.code, r.stderr)
		}
		if strings.Contains(r.stderr, hexKey("pw")) {
			t.Errorf("%q: stderr holds the secret", args)
		}
	}
}

// TestVerifyReports runs the command end to end on a repository with a
// WaveSpeed key, against fake WaveSpeed servers, in every format.
func TestVerifyReports(t *testing.T) {
	dir := newRepo(t)
	key := hexKey("verify-e2e")
	commit(t, dir, "add key", map[string]string{".env": "WAVESPEED_API_KEY=" + key + "\n"})
	for _, tc := range []struct {
		status int
		want   string
	}{{200, Live}, {401, Dead}, {500, Unknown}} {
		srv := newFake(t, tc.status, "{}")
		for _, format := range []string{"text", "json", "sarif"} {
			r := runMain("--verify", "--verify-endpoint", "wavespeed="+srv.URL, "--format", format, dir)
			r.check(t, ExitFindings)
			if strings.Contains(r.stdout+r.stderr, key) {
				t.Fatalf("%s: output holds the whole key", format)
			}
			switch format {
			case "text":
				if !strings.Contains(r.stdout, "  verified:    "+tc.want+" (HTTP "+fmt.Sprint(tc.status)) {
					t.Errorf("text: no %s label:\n%s", tc.want, r.stdout)
				}
			case "json":
				var got []struct {
					RuleID       string
					Verification Verification
				}
				if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
					t.Fatal(err)
				}
				if len(got) != 1 || got[0].Verification.Status != tc.want || got[0].Verification.HTTPStatus != tc.status ||
					got[0].Verification.Provider != "wavespeed" {
					t.Errorf("json: %+v, want %s", got, tc.want)
				}
			case "sarif":
				var log sarif.Log
				if err := json.Unmarshal([]byte(r.stdout), &log); err != nil {
					t.Fatal(err)
				}
				p := log.Runs[0].Results[0].Properties
				if p["verification"] != tc.want || p["verificationProvider"] != "wavespeed" {
					t.Errorf("sarif: properties %v, want verification %s", p, tc.want)
				}
			}
		}
		// One request per run: the same key is asked once.
		if n := srv.hits.Load(); n != 3 {
			t.Errorf("status %d: %d requests for 3 runs, want 3", tc.status, n)
		}
	}
	// Without --verify nothing is asked and the JSON has no Verification.
	r := runMain("--format", "json", dir)
	r.check(t, ExitFindings)
	if strings.Contains(r.stdout, "Verification") {
		t.Error("json without --verify has a Verification field")
	}
}
