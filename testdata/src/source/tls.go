package source

import "flag"

// --client-key names a TLS client key file (vault, kubectl, etcd): a path,
// not an API key. An OAuth client secret is a secret.
var (
	clientKey    string
	clientSecret string
)

func tlsFlags() {
	flag.StringVar(&clientKey, "client-key", "", "path to the TLS client key")
	flag.StringVar(&clientSecret, "client-secret", "", "OAuth client secret") // want `^key-source: API key read from command-line flag -client-secret`
}
