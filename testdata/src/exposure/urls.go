package exposure

import (
	"fmt"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os"
	"strings"
)

func queries(model string) {
	key := os.Getenv("OPENAI_API_KEY")
	http.Get("https://api.openai.com/v1/models?api_key=" + key) // want `OpenAI API key from OPENAI_API_KEY put in a URL query \(api_key=\), which proxies, servers and browsers log; send it in the Authorization header \(Authorization: Bearer <key>\) instead`
	http.Get("https://api.openai.com/v1/models?model=" + model)
	http.Get("https://api.openai.com/v1/models?model=" + model + "&key=" + key) // want `put in a URL query \(key=\)`
	http.Get(fmt.Sprintf("https://api.example.com/v1/x?token=%s", key))         // want `put in a URL query \(token=\)`
	http.Get(fmt.Sprintf("https://api.example.com/v1/x?model=%s", model))
	// An OAuth token endpoint that takes client credentials in its query
	// is the server's design; the same secret on an API call is reported.
	secret := os.Getenv("ERNIE_SECRET_KEY")
	http.Get(fmt.Sprintf("https://aip.example.com/oauth/2.0/token?grant_type=client_credentials&client_secret=%s", secret))
	http.Get(fmt.Sprintf("https://aip.example.com/v1/chat?client_secret=%s", secret)) // want `put in a URL query \(client_secret=\)`

	u, _ := url.Parse("https://api.example.com/v1/x")
	q := u.Query()
	q.Set("api_key", key) // want `put in a URL query \(api_key=\)`
	u.RawQuery = q.Encode()
	http.Get(u.String())

	// A form body is not a URL.
	form := url.Values{}
	form.Set("api_key", key)
	http.Post("https://api.example.com/v1/x", "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))

	lit := url.Values{"key": {key}} // want `put in a URL query \(key=\)`
	http.Get("https://api.example.com/v1/x?" + lit.Encode())
	body := url.Values{"key": {key}}
	http.Post("https://api.example.com/v1/x", "application/x-www-form-urlencoded", strings.NewReader(body.Encode()))
}

// Telegram takes its bot token in the URL path and nowhere else.
func telegram() {
	tok := os.Getenv("TELEGRAM_BOT_TOKEN")
	http.Get("https://api.telegram.org/bot" + tok + "/getMe")
	http.Get("https://example.com/hook?token=" + tok)
	other := os.Getenv("SLACK_BOT_TOKEN")
	http.Get("https://example.com/hook?token=" + other) // want `put in a URL query \(token=\)`
}

func dumps(body string) {
	key := os.Getenv("WAVESPEED_API_KEY")
	req, _ := http.NewRequest("POST", "https://api.wavespeed.ai/api/v3/x", strings.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+key)
	b, _ := httputil.DumpRequestOut(req, true)
	fmt.Fprintf(os.Stderr, "request:\n%s\n", b) // want `WaveSpeed API key from WAVESPEED_API_KEY in a dump of the request printed to standard error`

	plain, _ := http.NewRequest("POST", "https://api.wavespeed.ai/api/v3/x", strings.NewReader(body))
	plain.Header.Set("Content-Type", "application/json")
	d, _ := httputil.DumpRequestOut(plain, true)
	fmt.Fprintf(os.Stderr, "request:\n%s\n", d)
}

func basicAuth() (string, string) { return "user", os.Getenv("SERVICE_API_KEY") }

// Arguments from a multi-value call: nothing to read one by one, no crash.
func multiValue(req *http.Request) {
	req.SetBasicAuth(basicAuth())
	req.Header.Set(headerPair())
}

func headerPair() (string, string) { return "Authorization", "Bearer " + os.Getenv("SERVICE_API_KEY") }
