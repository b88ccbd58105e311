package commits

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/zricethezav/gitleaks/v8/report"

	"github.com/apikeylint/apikeylint/analyzer/keys"
)

// Verification states.
const (
	Live    = "live"
	Dead    = "dead"
	Unknown = "unknown"
)

// verifyWorkers bounds the requests in flight at once.
const verifyWorkers = 4

// maxVerifyBody is how much of a response is read (for a JSON "ok" field).
const maxVerifyBody = 64 << 10

// Verification is what a provider said about a finding's key: the
// "Verification" field of the JSON report and a SARIF result property.
type Verification struct {
	// Status is live, dead or unknown.
	Status string
	// Provider is the registry ID of the provider asked ("" when none is
	// known for the key).
	Provider string `json:",omitempty"`
	// HTTPStatus is the status of the provider's answer (0 when there was
	// none).
	HTTPStatus int `json:",omitempty"`
	// Reason says why, in a few words, never with the key.
	Reason string `json:",omitempty"`
}

func (v Verification) String() string {
	if v.Reason == "" {
		return v.Status
	}
	return v.Status + " (" + v.Reason + ")"
}

// endpoints are --verify-endpoint NAME=URL overrides: provider ID → base
// URL. It is a flag.Value.
type endpoints map[string]*url.URL

func (e endpoints) String() string {
	var s []string
	for k, u := range e {
		s = append(s, k+"="+u.String())
	}
	slices.Sort(s)
	return strings.Join(s, ",")
}

func (e endpoints) Set(v string) error {
	name, raw, ok := strings.Cut(v, "=")
	name = strings.TrimSpace(name)
	if !ok || name == "" || raw == "" {
		return fmt.Errorf("want NAME=URL, e.g. wavespeed=http://127.0.0.1:8080")
	}
	a, found := keys.APIByID(name)
	if !found {
		return fmt.Errorf("unknown provider %q (want a registry id such as wavespeed, openai, github)", name)
	}
	if a.Verify == nil {
		return fmt.Errorf("provider %q has no verification request", name)
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" || u.User != nil {
		return fmt.Errorf("bad URL %q for %s: want http(s)://host[:port][/path]", keys.RedactText(raw), name)
	}
	e[name] = u
	return nil
}

// verifier asks providers whether keys work.
type verifier struct {
	client    *http.Client
	timeout   time.Duration
	endpoints endpoints
}

func newVerifier(timeout time.Duration, eps endpoints) *verifier {
	return &verifier{
		client: &http.Client{
			// The key goes to the provider's own host only: no redirects.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		},
		timeout:   timeout,
		endpoints: eps,
	}
}

// target is a finding's key and the provider it belongs to.
type target struct {
	key string
	api keys.API
	ok  bool // the provider is known
	// checksumFailed: the key fails its provider's checksum (never issued).
	checksumFailed bool
}

// identify finds the provider of a finding's key: from the key's format
// (named by the rule id, for formats that need context), else from an
// environment variable name in the matched text (MISTRAL_API_KEY=…).
func identify(f report.Finding) target {
	t := target{key: f.Secret}
	// The rule id names the provider of a format that needs context
	// (wavespeed-api-key, deepseek-bearer-token); any other rule id (a
	// generic-api-key) must not make a 64-hex secret WaveSpeed's.
	if m, ok := keys.Classify(f.Secret, keys.Context{Names: []string{f.RuleID}}); ok && (!m.Provider.NeedsContext || mentions(f.RuleID, m.Provider.ContextWords)) {
		if a, ok := keys.APIOf(m); ok {
			t.api, t.ok = a, true
			t.checksumFailed = !m.ChecksumOK()
			return t
		}
	}
	for _, w := range strings.FieldsFunc(f.Match, func(r rune) bool { return r != '_' && !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if a, ok := keys.APIByEnv(w); ok {
			t.api, t.ok = a, true
			return t
		}
	}
	return t
}

func mentions(s string, words []string) bool {
	s = strings.ToLower(s)
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// verifyKey is the identity of one request: a provider and a key.
type verifyKey struct{ api, key string }

// findingKey ties a verdict to a finding across sorting and redaction: f
// is a finding after postProcess, whose Secret is redacted.
func findingKey(f report.Finding) string { return f.Fingerprint + "\x00" + f.Secret }

// verifyAll asks each finding's provider, once per distinct key, with at
// most verifyWorkers requests at a time, and returns the verdicts by
// findingKey. It must run before the secrets are redacted.
func (v *verifier) verifyAll(ctx context.Context, findings []report.Finding) map[string]Verification {
	out := make(map[string]Verification, len(findings))
	targets := map[verifyKey]target{}
	var order []verifyKey
	byFinding := make([]verifyKey, len(findings))
	for i, f := range findings {
		t := identify(f)
		k := verifyKey{api: t.api.ID, key: t.key}
		byFinding[i] = k
		if _, seen := targets[k]; !seen {
			targets[k] = t
			order = append(order, k)
		}
	}
	results := make(map[verifyKey]Verification, len(order))
	var mu sync.Mutex
	sem := make(chan struct{}, verifyWorkers)
	var wg sync.WaitGroup
	for _, k := range order {
		t := targets[k]
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			res := v.verify(ctx, t)
			mu.Lock()
			results[k] = res
			mu.Unlock()
		}()
	}
	wg.Wait()
	for i, f := range findings {
		f.Secret = Redact(f.Secret) // as postProcess will
		out[findingKey(f)] = results[byFinding[i]]
	}
	return out
}

// verify makes t's verification request, once, and reads the answer.
func (v *verifier) verify(ctx context.Context, t target) Verification {
	switch {
	case !t.ok:
		return Verification{Status: Unknown, Reason: "provider not recognized"}
	case t.checksumFailed:
		return Verification{Status: Dead, Provider: t.api.ID, Reason: "checksum mismatch: never issued by " + t.api.Name}
	case t.api.Verify == nil:
		return Verification{Status: Unknown, Provider: t.api.ID, Reason: t.api.Name + " has no free verification request"}
	}
	spec := t.api.Verify
	res := Verification{Status: Unknown, Provider: t.api.ID}
	req, err := v.request(ctx, t.api, t.key)
	if err != nil {
		res.Reason = v.clean(err, t.key)
		return res
	}
	ctx, cancel := context.WithTimeout(req.Context(), v.timeout)
	defer cancel()
	resp, err := v.client.Do(req.WithContext(ctx))
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) || ctx.Err() != nil {
			res.Reason = fmt.Sprintf("no answer from %s within %s", req.URL.Host, v.timeout)
		} else {
			res.Reason = v.clean(err, t.key)
		}
		return res
	}
	defer func() { _ = resp.Body.Close() }()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, maxVerifyBody))
	res.HTTPStatus = resp.StatusCode
	from := fmt.Sprintf("HTTP %d from %s", resp.StatusCode, req.URL.Host)
	switch {
	case resp.StatusCode/100 == 2 || slices.Contains(spec.Live, resp.StatusCode):
		if spec.OKField != "" {
			ok, isJSON, why := jsonTrue(body, spec.OKField)
			switch {
			case !isJSON:
				res.Reason = from + ", " + why
				return res
			case !ok:
				res.Status, res.Reason = Dead, from+", "+v.cleanText(why, t.key)
				return res
			}
		}
		res.Status, res.Reason = Live, from
	case slices.Contains(spec.Dead, resp.StatusCode):
		res.Status, res.Reason = Dead, from
	default:
		res.Reason = from
	}
	return res
}

// request builds the provider's verification request for key, against the
// provider's own host or its --verify-endpoint override.
func (v *verifier) request(ctx context.Context, a keys.API, key string) (*http.Request, error) {
	spec := a.Verify
	base := &url.URL{Scheme: "https", Host: spec.Host}
	if base.Host == "" {
		base.Host = a.Hosts[0]
	}
	if u, ok := v.endpoints[a.ID]; ok {
		c := *u
		base = &c
	}
	path, query, _ := strings.Cut(spec.Path, "?")
	if spec.Auth.Path {
		path = strings.ReplaceAll(path, "{key}", url.PathEscape(key))
	}
	raw := strings.TrimSuffix(base.String(), "/") + path
	if query != "" {
		raw += "?" + query
	}
	u, err := url.Parse(raw)
	if err != nil {
		return nil, err
	}
	if spec.Auth.Query != "" {
		q := u.Query()
		q.Set(spec.Auth.Query, key)
		u.RawQuery = q.Encode()
	}
	var body io.Reader
	if spec.Body != "" {
		body = strings.NewReader(spec.Body)
	}
	req, err := http.NewRequestWithContext(ctx, spec.Method, u.String(), body)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", "apikeylint-verify")
	if spec.Body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	for k, val := range spec.Headers {
		req.Header.Set(k, val)
	}
	switch au := spec.Auth; {
	case au.Header != "" && au.Scheme == "Basic":
		req.Header.Set(au.Header, "Basic "+base64.StdEncoding.EncodeToString([]byte(key+":")))
	case au.Header != "" && au.Scheme != "":
		req.Header.Set(au.Header, au.Scheme+" "+key)
	case au.Header != "":
		req.Header.Set(au.Header, key)
	}
	return req, nil
}

// jsonTrue reports whether body is a JSON object (isJSON) whose field is
// true (ok), and if not, why (Slack's "error" value when there is one).
func jsonTrue(body []byte, field string) (ok, isJSON bool, why string) {
	var m map[string]any
	if err := json.Unmarshal(bytes.TrimSpace(body), &m); err != nil {
		return false, false, "answer is not a JSON object"
	}
	if b, _ := m[field].(bool); b {
		return true, true, ""
	}
	why = fmt.Sprintf("%q is not true", field)
	if e, ok := m["error"].(string); ok && e != "" {
		why += ": " + e
	}
	return false, true, why
}

// clean words a request error in one short line without the key or the
// URL (which may hold it).
func (v *verifier) clean(err error, key string) string {
	var uerr *url.Error
	if errors.As(err, &uerr) {
		err = uerr.Err
	}
	return v.cleanText(err.Error(), key)
}

func (v *verifier) cleanText(s, key string) string {
	if key != "" {
		s = strings.ReplaceAll(s, key, Redact(key))
		s = strings.ReplaceAll(s, url.PathEscape(key), Redact(key))
		s = strings.ReplaceAll(s, url.QueryEscape(key), Redact(key))
	}
	s = keys.RedactText(strings.Join(strings.Fields(s), " "))
	if r := []rune(s); len(r) > 160 {
		s = string(r[:160]) + "…"
	}
	return s
}
