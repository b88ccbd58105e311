// Package hardcodedoauth: the client secret of a public OAuth client (an
// installed app, a CLI, a device flow) is not a key; a confidential web
// client's is (issue 19, class 3).
package hardcodedoauth

// A CLI's OAuth app, as GitHub's CLI ships it: a device flow and a
// loopback callback. Silent (it was reported as an API key).
const (
	oauthClientID     = "178c6fc778ccc68e1d6a"
	oauthClientSecret = "34ddeff2b558a23d38fba8a6de74f086ede1cc0b"
	callbackURI       = "http://127.0.0.1/callback"
	deviceCodeURL     = "https://github.com/login/device/code"
)

// Config is an OAuth client configuration (golang.org/x/oauth2's shape).
type Config struct {
	ClientID, ClientSecret, RedirectURL string
}
