// Package bearer is the bearer-scheme check's fixture: each bad case stands
// beside a near-identical good one.
package bearer

import (
	"context"
	"encoding/base64"
	"flag"
	"fmt"
	"net/http"
	"net/textproto"
	"os"
	"strings"

	"github.com/go-resty/resty/v2"
	"google.golang.org/grpc/metadata"
)

// ---- 1. a key with no scheme, at every kind of sink ----

func headerSet(req *http.Request) {
	req.Header.Set("Authorization", os.Getenv("WAVESPEED_API_KEY")) // want `bearer-scheme: Authorization value has no "Bearer " prefix; WaveSpeed rejects it with 401: use "Bearer " \+ os.Getenv\("WAVESPEED_API_KEY"\)`
	req.Header.Set("Authorization", "Bearer "+os.Getenv("WAVESPEED_API_KEY"))
}

// A flag.String result is a *string; the key is behind the pointer.
func headerSetDeref(req *http.Request) {
	apiKey := flag.String("api-key", "", "API key")
	req.Header.Set("Authorization", *apiKey) // want `bearer-scheme: Authorization value has no "Bearer " prefix`
	req.Header.Set("Authorization", "Bearer "+*apiKey)
}

func headerAddVar(req *http.Request) {
	apiKey := os.Getenv("WAVESPEED_API_KEY")
	req.Header.Add("Authorization", apiKey) // want `bearer-scheme: Authorization value has no "Bearer " prefix; WaveSpeed rejects it with 401: use "Bearer " \+ apiKey`
	req.Header.Add("Authorization", "Bearer "+apiKey)
}

// Header names are case-insensitive; any http.Header counts.
func responseHeader(w http.ResponseWriter) {
	key := os.Getenv("WAVESPEED_API_KEY")
	w.Header().Set("authorization", key) // want `no "Bearer " prefix`
	w.Header().Set("authorization", "Bearer "+key)
}

func localHeader() http.Header {
	wavespeedKey := os.Getenv("WAVESPEED_API_KEY")
	h := http.Header{}
	h.Set("AUTHORIZATION", wavespeedKey) // want `no "Bearer " prefix; WaveSpeed rejects it`
	h.Set("AUTHORIZATION", "Bearer "+wavespeedKey)
	return h
}

func headerLiteral(apiKey string) (http.Header, http.Header) {
	bad := http.Header{"Authorization": {apiKey}} // want `no "Bearer " prefix; WaveSpeed and other Bearer APIs reject it with 401: use "Bearer " \+ apiKey`
	good := http.Header{"Authorization": {"Bearer " + apiKey}}
	return bad, good
}

func headerIndex(req *http.Request, apiKey string) {
	req.Header["Authorization"] = []string{apiKey} // want `no "Bearer " prefix`
	req.Header["Authorization"] = []string{"Bearer " + apiKey}
}

func mimeHeader(h textproto.MIMEHeader) {
	h.Set("Authorization", os.Getenv("OPENAI_API_KEY")) // want `no "Bearer " prefix; OpenAI rejects it with 401: use "Bearer " \+ os.Getenv\("OPENAI_API_KEY"\) \(OpenAI reads its key from OPENAI_API_KEY\)`
	h.Set("Authorization", "Bearer "+os.Getenv("OPENAI_API_KEY"))
}

// The official client's shape: a header map copied into the request.
type client struct {
	apiKey string
}

func (c *client) badHeaders() map[string]string {
	return map[string]string{
		"Authorization": c.apiKey, // want `no "Bearer " prefix`
		"Content-Type":  "application/json",
	}
}

func (c *client) goodHeaders() map[string]string {
	return map[string]string{
		"Authorization": "Bearer " + c.apiKey,
		"Content-Type":  "application/json",
	}
}

func (c *client) indexHeaders() map[string]string {
	h := map[string]string{}
	h["Authorization"] = c.apiKey // want `no "Bearer " prefix`
	h["Authorization"] = "Bearer " + c.apiKey
	return h
}

func (c *client) do(req *http.Request) {
	for k, v := range c.goodHeaders() {
		req.Header.Set(k, v)
	}
}

// gRPC metadata.
func grpcMetadata(ctx context.Context, apiKey string) context.Context {
	_ = metadata.Pairs("authorization", apiKey) // want `no "Bearer " prefix`
	_ = metadata.Pairs("authorization", "Bearer "+apiKey)
	md := metadata.MD{"authorization": {apiKey}} // want `no "Bearer " prefix`
	md = metadata.MD{"authorization": {"Bearer " + apiKey}}
	md.Set("authorization", apiKey) // want `no "Bearer " prefix`
	md.Set("authorization", "Bearer "+apiKey)
	ctx = metadata.AppendToOutgoingContext(ctx, "x-request-id", "1", "authorization", "Bearer"+apiKey) // want `has no space between "Bearer" and the key`
	return metadata.AppendToOutgoingContext(ctx, "x-request-id", "1", "authorization", "Bearer "+apiKey)
}

// Per-RPC credentials return their header map.
type rpcCreds struct{ apiKey string }

func (c rpcCreds) GetRequestMetadata(ctx context.Context, uri ...string) (map[string]string, error) {
	if uri == nil {
		return map[string]string{"authorization": c.apiKey}, nil // want `no "Bearer " prefix`
	}
	return map[string]string{"authorization": "Bearer " + c.apiKey}, nil
}

// resty, matched by type.
func restyClient(apiKey string) {
	c := resty.New()
	c.SetHeader("Authorization", apiKey) // want `no "Bearer " prefix`
	c.SetHeader("Authorization", "Bearer "+apiKey)
	c.R().SetHeader("Authorization", "Bearer: "+apiKey) // want `writes the scheme as "Bearer: " with a colon`
	c.SetAuthToken("Bearer " + apiKey)                  // want `resty SetAuthToken adds "Bearer " itself and this token already starts with "Bearer"`
	c.SetAuthToken(apiKey)
	c.R().SetAuthToken(fmt.Sprintf("bearer %s", apiKey)) // want `resty SetAuthToken adds "Bearer " itself`
	c.R().SetAuthToken(fmt.Sprintf("%s", apiKey))
	c.SetBasicAuth("user", apiKey)
}

// A key literal is a key too (hardcoded-key reports it as well).
func literal(req *http.Request) {
	req.Header.Set("Authorization", "sk-proj-Qx8Lm3Rv7Tb2Nk9Pz4Wc1Yd6Fg0Hj5Sa8Qe3Ru7Ti2Ow9Pl4Mk1Nj6Bh0Vg5Cf8Xd3Ze") // want `no "Bearer " prefix; OpenAI rejects it with 401: use "Bearer " \+ key`
	req.Header.Set("Authorization", "Bearer sk-proj-Qx8Lm3Rv7Tb2Nk9Pz4Wc1Yd6Fg0Hj5Sa8Qe3Ru7Ti2Ow9Pl4Mk1Nj6Bh0Vg5Cf8Xd3Ze")
}

// ---- 2. a malformed Bearer scheme ----

func malformed(req *http.Request, apiKey string) {
	h := req.Header
	h.Set("Authorization", "Bearer"+apiKey) // want `Authorization value has no space between "Bearer" and the key; WaveSpeed and other Bearer APIs reject it with 401: use "Bearer " \+ key`
	h.Set("Authorization", "Bearer "+apiKey)
	h.Set("Authorization", "Bearer: "+apiKey) // want `writes the scheme as "Bearer: " with a colon`
	h.Set("Authorization", "Bearer:"+apiKey)  // want `writes the scheme as "Bearer:" with a colon`
	h.Set("Authorization", "Bearer  "+apiKey) // want `has "  " after "Bearer" instead of one space`
	h.Set("Authorization", " Bearer "+apiKey) // want `starts with a space before "Bearer"`
	h.Set("Authorization", "bearer "+apiKey)  // want `spells the scheme "bearer"; .*: write "Bearer " exactly`
	h.Set("Authorization", "BEARER "+apiKey)  // want `spells the scheme "BEARER"`
	h.Set("Authorization", "Bearer\t"+apiKey) // want `has "\\t" after "Bearer"`
}

// The scheme twice: a variable already held it.
func doubled(req *http.Request) {
	auth := "Bearer " + os.Getenv("WAVESPEED_API_KEY")
	req.Header.Set("Authorization", "Bearer "+auth) // want `has the scheme twice \("Bearer Bearer …"\): the value already held "Bearer "; WaveSpeed rejects it with 401: drop one "Bearer "`
	req.Header.Set("Authorization", auth)
	req.Header.Set("Authorization", "Bearer "+"Bearer "+os.Getenv("WAVESPEED_API_KEY")) // want `has the scheme twice`
}

// Formats, joins and builders are evaluated.
func formats(req *http.Request, apiKey string) {
	req.Header.Set("Authorization", fmt.Sprintf("Bearer%s", apiKey)) // want `no space between "Bearer" and the key`
	req.Header.Set("Authorization", fmt.Sprintf("Bearer %s", apiKey))
	req.Header.Set("Authorization", fmt.Sprintf("Bearer: %v", apiKey)) // want `with a colon`
	req.Header.Set("Authorization", fmt.Sprintf("%s %s", "Bearer", apiKey))
	req.Header.Set("Authorization", fmt.Sprintf("%s", apiKey))    // want `no "Bearer " prefix`
	req.Header.Set("Authorization", fmt.Sprint("Bearer", apiKey)) // want `no space between "Bearer" and the key`
	req.Header.Set("Authorization", fmt.Sprint("Bearer ", apiKey))
	req.Header.Set("Authorization", strings.Join([]string{"Bearer", apiKey}, "")) // want `no space between "Bearer" and the key`
	req.Header.Set("Authorization", strings.Join([]string{"Bearer", apiKey}, " "))
}

func builders(req *http.Request, apiKey string) {
	var bad strings.Builder
	bad.WriteString("Bearer:")
	bad.WriteString(apiKey)
	req.Header.Set("Authorization", bad.String()) // want `with a colon`

	var good strings.Builder
	good.WriteString("Bearer")
	good.WriteByte(' ')
	good.WriteString(apiKey)
	req.Header.Set("Authorization", good.String())
}

// Struct fields assigned once are followed.
type api struct {
	auth, authOK string
}

func newAPI() *api {
	k := os.Getenv("WAVESPEED_API_KEY")
	return &api{auth: "Bearer:" + k, authOK: "Bearer " + k}
}

func (a *api) send(req *http.Request) {
	req.Header.Set("Authorization", a.auth) // want `with a colon`
	req.Header.Set("Authorization", a.authOK)
}

// ---- 3. a WaveSpeed key under another scheme or header ----

func otherScheme(req *http.Request) {
	wsKey := os.Getenv("WAVESPEED_API_KEY")
	req.Header.Set("Authorization", "Token "+wsKey) // want `Authorization value uses the "Token" scheme for a WaveSpeed key; WaveSpeed accepts only "Bearer <key>" and rejects it with 401: use "Bearer " \+ wsKey`
	req.Header.Set("Authorization", "Bearer "+wsKey)
	req.Header.Set("Authorization", "Key "+wsKey)   // want `uses the "Key" scheme for a WaveSpeed key`
	req.Header.Set("Authorization", "Basic "+wsKey) // want `uses the "Basic" scheme for a WaveSpeed key`
	// Other providers' documented schemes for their own keys.
	req.Header.Set("Authorization", "Key "+os.Getenv("FAL_KEY"))
	req.Header.Set("Authorization", "token "+os.Getenv("GITHUB_TOKEN"))
}

func otherHeader(req *http.Request) {
	req.Header.Set("X-API-Key", os.Getenv("WAVESPEED_API_KEY")) // want `WaveSpeed key sent in the "X-API-Key" header; WaveSpeed reads only "Authorization: Bearer <key>" and rejects it with 401`
	req.Header.Set("Authorization", "Bearer "+os.Getenv("WAVESPEED_API_KEY"))
	req.Header.Set("Api-Key", os.Getenv("WAVESPEED_API_KEY")) // want `in the "Api-Key" header`
	// Anthropic's and Azure's documented headers.
	req.Header.Set("X-API-Key", os.Getenv("ANTHROPIC_API_KEY"))
	req.Header.Set("api-key", os.Getenv("AZURE_OPENAI_API_KEY"))
}

// A request to api.wavespeed.ai makes any key a WaveSpeed key.
func wavespeedRequest(apiKey string) {
	req, _ := http.NewRequest("POST", "https://api.wavespeed.ai/api/v3/wavespeed-ai/flux-dev", nil)
	req.Header.Set("Authorization", "Api-Key "+apiKey) // want `uses the "Api-Key" scheme for a WaveSpeed key`
	req.Header.Set("Authorization", "Bearer "+apiKey)
	req.Header.Set("X-API-Key", apiKey) // want `WaveSpeed key sent in the "X-API-Key" header`
}

func otherRequest(apiKey string) {
	req, _ := http.NewRequest("POST", "https://fal.run/fal-ai/flux/dev", nil)
	req.Header.Set("Authorization", "Key "+apiKey)
	req.Header.Set("X-API-Key", apiKey) // want `fal key sent as "X-Api-Key: <key>"; fal expects "Authorization: Key <key>" and rejects this with 401: send "Key " \+ apiKey in the Authorization header \(fal reads its key from FAL_KEY\)`
}

// ---- silent: unknown values and whole headers ----

type oauthToken struct{ TokenType, AccessToken string }

func silent(in, out *http.Request, token, value string, tok oauthToken, user, pass string) {
	out.Header.Set("Authorization", token)
	out.Header.Set("Authorization", value)
	out.Header.Set("Authorization", in.Header.Get("Authorization"))
	out.Header.Set("Authorization", tok.TokenType+" "+tok.AccessToken)
	out.SetBasicAuth(user, pass)
	out.Header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(user+":"+pass)))
	out.Header.Set("Authorization", "Bearer")
	out.Header.Set("Content-Type", "application/json")
	// AssemblyAI documents the raw key as the Authorization value.
	out.Header.Set("Authorization", os.Getenv("ASSEMBLYAI_API_KEY"))
}

// A parameter that callers already give the scheme.
func setAuth(req *http.Request, apiKey string) {
	req.Header.Set("Authorization", apiKey)
}

func callSetAuth(req *http.Request) {
	setAuth(req, "Bearer "+os.Getenv("WAVESPEED_API_KEY"))
}

// The same shape whose callers pass the raw key.
func setAuthRaw(req *http.Request, apiKey string) {
	req.Header.Set("Authorization", apiKey) // want `no "Bearer " prefix`
}

func callSetAuthRaw(req *http.Request) {
	setAuthRaw(req, os.Getenv("WAVESPEED_API_KEY"))
}

// A reason silences one finding.
func ignored(req *http.Request, apiKey string) {
	req.Header.Set("Authorization", apiKey) //apikeylint:ignore the gateway adds the scheme
}
