// Package resty is a stub of github.com/go-resty/resty/v2 for the
// bearer-scheme fixtures: only the header and auth setters, same signatures.
package resty

// Client is resty's client.
type Client struct {
	Header     map[string][]string
	AuthScheme string
	Token      string
}

// Request is one request.
type Request struct {
	Header map[string][]string
	Token  string
}

// New returns a client.
func New() *Client { return &Client{} }

// R starts a request.
func (c *Client) R() *Request { return &Request{} }

// SetHeader sets one header on every request.
func (c *Client) SetHeader(header, value string) *Client { return c }

// SetHeaders sets several headers on every request.
func (c *Client) SetHeaders(headers map[string]string) *Client { return c }

// SetAuthToken sets "Authorization: <AuthScheme> <token>" (AuthScheme is
// "Bearer" by default).
func (c *Client) SetAuthToken(token string) *Client { c.Token = token; return c }

// SetAuthScheme changes the scheme SetAuthToken uses.
func (c *Client) SetAuthScheme(scheme string) *Client { c.AuthScheme = scheme; return c }

// SetBasicAuth sets HTTP basic authentication.
func (c *Client) SetBasicAuth(username, password string) *Client { return c }

// SetHeader sets one header on the request.
func (r *Request) SetHeader(header, value string) *Request { return r }

// SetHeaderVerbatim sets a header without canonicalizing its name.
func (r *Request) SetHeaderVerbatim(header, value string) *Request { return r }

// SetHeaders sets several headers on the request.
func (r *Request) SetHeaders(headers map[string]string) *Request { return r }

// SetAuthToken sets the request's bearer token.
func (r *Request) SetAuthToken(token string) *Request { r.Token = token; return r }
