package analyzer

import (
	"go/ast"
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/apikeylint/apikeylint/analyzer/keys"
)

// OAuth client secrets of public clients.
//
// Policy: the client secret of an OAuth client that runs on the user's
// machine — an installed app, a CLI, a device flow — is not confidential,
// and the providers say so: Google documents that an installed
// application's client secret (GOCSPX-…) "is obviously not treated as a
// secret", and GitHub's own CLI ships its client secret in its source.
// Such a secret is sent beside a client ID to a token endpoint; it proves
// nothing about the user and grants nothing by itself, so it is not an API
// key and hardcoded-key stays silent on it. The client is public when the
// file that holds the secret shows an installed-app flow: a loopback or
// out-of-band redirect (http://127.0.0.1/…, http://localhost/…,
// urn:ietf:wg:oauth:2.0:oob), a device authorization flow, or PKCE — and
// no redirect to a server. The secret of a confidential web client (a
// redirect URI on a server's https host, no PKCE) is still reported: it
// authenticates the server, and must come from the environment.

// oauthClient is what a file shows about the OAuth client it configures.
type oauthClient struct {
	public       bool // a loopback or OOB redirect, a device flow or PKCE
	confidential bool // a redirect to a server's https host
}

// isClientSecretName reports whether a name says OAuth client secret
// (ClientSecret, client_secret, oauthClientSecret).
func isClientSecretName(name string) bool {
	ws := keys.Words(name)
	i := slices.Index(ws, "client")
	return i >= 0 && i+1 < len(ws) && ws[i+1] == "secret"
}

// publicClientSecret reports whether the literal at top, classified as m
// and named by names, is the client secret of a public OAuth client (see
// the policy above). A secret in a provider's key format is still a key.
func (r *run) publicClientSecret(top inspector.Cursor, names []string, m keys.Match) bool {
	if !m.Generic() || !slices.ContainsFunc(names, isClientSecretName) {
		return false
	}
	c := r.oauthClientOf(top.Node().Pos())
	return c.public && !c.confidential
}

// oauthClientOf reads, once per file, the redirect URIs and flows the file
// holding pos configures.
func (r *run) oauthClientOf(pos token.Pos) oauthClient {
	f := r.fileOf(pos)
	if f == nil {
		return oauthClient{}
	}
	p := r.precision()
	if c, ok := p.oauth[f]; ok {
		return c
	}
	var c oauthClient
	redirect := func(v string) {
		v = strings.ToLower(v)
		switch {
		case loopbackURL(v) || strings.HasPrefix(v, "urn:ietf:wg:oauth:2.0:oob"):
			c.public = true
		case strings.HasPrefix(v, "https://"):
			c.confidential = true
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.KeyValueExpr:
			// oauth2.Config{RedirectURL: …}, url.Values{"redirect_uri": …}
			name := ""
			if id, ok := n.Key.(*ast.Ident); ok {
				name = id.Name
			} else if s, ok := r.constString(n.Key); ok {
				name = s
			}
			if ws := keys.Words(name); len(ws) >= 2 && ws[0] == "redirect" && (ws[1] == "url" || ws[1] == "uri") {
				if v, ok := r.constString(n.Value); ok {
					redirect(v)
				}
			}
		case *ast.BasicLit, *ast.Ident, *ast.SelectorExpr:
			e := n.(ast.Expr)
			if v, ok := r.constString(e); ok {
				l := strings.ToLower(v)
				switch {
				case loopbackURL(l), strings.HasPrefix(l, "urn:ietf:wg:oauth:2.0:oob"),
					strings.Contains(l, "/device/code"), strings.Contains(l, "device_authorization"),
					strings.Contains(l, "urn:ietf:params:oauth:grant-type:device_code"), l == "code_challenge":
					c.public = true
				}
			}
			if id, ok := n.(*ast.Ident); ok {
				switch id.Name {
				case "DeviceAuth", "DeviceAuthURL", "DeviceAccessToken", "GenerateVerifier", "S256ChallengeOption", "S256ChallengeFromVerifier":
					c.public = true
				}
			}
		}
		return true
	})
	p.oauth[f] = c
	return c
}

// loopbackURL reports whether v, lowercased, is an http URL of the local
// machine.
func loopbackURL(v string) bool {
	for _, h := range []string{"http://localhost", "http://127.0.0.1", "http://[::1]"} {
		if strings.HasPrefix(v, h) && (len(v) == len(h) || strings.ContainsRune(":/?", rune(v[len(h)]))) {
			return true
		}
	}
	return false
}
