package keys

import (
	"strings"
	"unicode"
)

// NameKind says what a name tells about the value it holds.
type NameKind int

const (
	// NotKey means the name says nothing about keys, or names a key's
	// metadata (keyID, tokenURL, apiKeyHeader, maxTokens).
	NotKey NameKind = iota
	// Token means the value is a token or credential that may already carry
	// its scheme ("token", "accessToken", "authToken", "bearerToken").
	Token
	// Key means the value is a raw secret key ("apiKey", "WAVESPEED_API_KEY",
	// "secretKey", "clientSecret", "api_token").
	Key
)

// Words splits an identifier, env var, header or JSON key into lowercase
// words: "WaveSpeedAPIKey" → wave speed api key; "WAVESPEED_API_KEY" →
// wavespeed api key; "x-api-key" → x api key.
func Words(name string) []string {
	var words []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			words = append(words, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	rs := []rune(name)
	for i, r := range rs {
		switch {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			flush()
			continue
		case unicode.IsUpper(r):
			// Start a new word at a lower→Upper boundary, or at the last
			// upper of an acronym followed by a lower ("APIKey" → API Key).
			if i > 0 && (unicode.IsLower(rs[i-1]) || unicode.IsDigit(rs[i-1]) ||
				(unicode.IsUpper(rs[i-1]) && i+1 < len(rs) && unicode.IsLower(rs[i+1]))) {
				flush()
			}
		}
		cur = append(cur, r)
	}
	flush()
	return words
}

// metaWords, as the last word of a name, say the name is about a key rather
// than the key itself (keyID, tokenURL, apiKeyHeader, secretName).
var metaWords = map[string]bool{
	"id": true, "ids": true, "name": true, "names": true, "file": true, "files": true,
	"path": true, "paths": true, "url": true, "uri": true, "endpoint": true, "env": true,
	"var": true, "header": true, "headers": true, "type": true, "types": true, "len": true,
	"length": true, "size": true, "count": true, "prefix": true, "suffix": true,
	"field": true, "param": true, "kind": true, "format": true, "regex": true, "re": true,
	"pattern": true, "source": true, "dir": true, "hash": true, "fingerprint": true,
	"ref": true, "selector": true, "provider": true, "store": true, "manager": true,
	"index": true, "idx": true, "pos": true, "offset": true, "expiry": true,
	"expires": true, "expiration": true, "ttl": true, "lifetime": true, "limit": true,
	"limits": true, "usage": true, "error": true, "err": true, "key": false,
	"mode": true, "flag": true, "option": true, "opt": true, "opts": true,
	"set": true, "map": true, "list": true, "func": true, "fn": true, "label": true,
	"ring": true, "pair": true, "bits": true, "algo": true, "algorithm": true,
	"version": true, "scope": true, "scopes": true, "audience": true, "issuer": true,
	"location": true, "loc": true, "reader": true, "writer": true, "getter": true,
	"func_": true, "callback": true, "hook": true, "tokens": true, "rotation": true,
	"placeholder": true, "example": true, "description": true, "desc": true,
}

// secretWords always mean "this is a secret".
var secretWords = map[string]bool{
	"apikey": true, "apitoken": true, "secret": true, "secretkey": true,
	"accesskey": true, "authkey": true, "authtoken": true, "accesstoken": true,
	"bearer": true, "pat": true, "passkey": false,
}

// cryptoQualifiers turn "secret" and "key" into cryptographic values.
var cryptoQualifiers = map[string]bool{
	"shared": true, "private": true, "public": true, "peer": true, "session": true,
	"signing": true, "encryption": true, "master": false, "ephemeral": true, "derived": true,
	"hmac": true, "aes": true, "rsa": true, "ecdsa": true, "ed25519": true, "cipher": true,
	"tls": true, "ssl": true, "x509": true,
}

// keyQualifiers make "key" mean an API key ("api key", "access key",
// "secret key", "auth key", provider names) rather than a map key.
var keyQualifiers = map[string]bool{
	"api": true, "access": true, "secret": true, "auth": true, "private": false,
	// "client" is not one: ClientKey, --client-key (vault, kubectl, etcd,
	// docker) are TLS client key files; clientSecret stays a secret.
	"client": false, "service": true, "app": true, "master": true, "admin": true,
	"subscription": true, "license": true, "developer": true, "dev": true,
	"wavespeed": true, "openai": true, "anthropic": true, "stripe": true, "google": true,
	"replicate": true, "fal": true, "hf": true, "huggingface": true, "slack": true,
	"github": true, "gh": true, "aws": true, "azure": true, "gemini": true, "groq": true,
	"mistral": true, "cohere": true, "deepseek": true, "together": true, "fireworks": true,
	"speed": true, "wave": true, "sendgrid": true, "mailgun": true, "twilio": true,
}

// NameKindOf classifies a name.
func NameKindOf(name string) NameKind {
	ws := Words(name)
	if len(ws) == 0 {
		return NotKey
	}
	last := ws[len(ws)-1]
	if metaWords[last] {
		return NotKey
	}
	for _, w := range ws {
		if IsChecksumWord(w) {
			return NotKey
		}
	}
	if len(ws) >= 2 && cryptoQualifiers[ws[len(ws)-2]] {
		return NotKey // sharedSecret, privateKey, publicKey: cryptography, not API keys
	}
	switch {
	case secretWords[last]:
		if last == "accesstoken" || last == "authtoken" {
			return Token
		}
		return Key
	case last == "key" || last == "keys":
		if len(ws) >= 2 && keyQualifiers[ws[len(ws)-2]] {
			return Key
		}
		if len(ws) >= 3 && keyQualifiers[ws[len(ws)-3]] && ws[len(ws)-2] != "map" {
			return Key
		}
		return NotKey
	case last == "token":
		if len(ws) >= 2 {
			prev := ws[len(ws)-2]
			switch prev {
			case "api", "secret", "wavespeed", "replicate", "hf", "github", "slack", "service", "app", "bot", "personal":
				return Key
			case "access", "auth", "bearer", "id", "refresh", "oauth", "session", "user", "client":
				return Token
			}
			if keyQualifiers[prev] {
				return Key
			}
			// csrfToken, nextPageToken, continueToken, resumeToken…
			return NotKey
		}
		return Token
	case last == "credential" || last == "credentials" || last == "creds":
		return NotKey // usually a struct, not a string
	}
	return NotKey
}

// checksumWords say a hex string is a digest, not a key.
var checksumWords = map[string]bool{
	"sum": true, "sums": true, "checksum": true, "digest": true, "sha": true,
	"sha1": true, "sha256": true, "sha512": true, "sha384": true, "sha224": true,
	"md5": true, "hash": true, "hashes": true, "hmac": true, "fingerprint": true,
	"commit": true, "rev": true, "revision": true, "oid": true, "etag": true,
	"nonce": true, "salt": true, "iv": true, "blake2b": true, "crc": true,
	"h": false, "want": false, "expected": false,
}

// IsChecksumWord reports whether w, one lowercase word, names a digest.
func IsChecksumWord(w string) bool { return checksumWords[w] }

// IsChecksumName reports whether a name says its value is a checksum or id
// (sum, digest, sha256, hash, commit, etag…).
func IsChecksumName(name string) bool {
	for _, w := range Words(name) {
		if checksumWords[w] {
			return true
		}
	}
	return false
}

// EnvVarFor suggests the environment variable for a key: the provider's
// variable, else the context name in SCREAMING_SNAKE ("apiKey" → API_KEY),
// else API_KEY.
func EnvVarFor(m Match, names []string) string {
	if m.Provider.EnvVar != "" {
		return m.Provider.EnvVar
	}
	for _, n := range names {
		if NameKindOf(n) == NotKey {
			continue
		}
		ws := Words(n)
		if len(ws) > 0 {
			return strings.ToUpper(strings.Join(ws, "_"))
		}
	}
	return "API_KEY"
}

// IsWaveSpeedName reports whether a name mentions WaveSpeed
// (WAVESPEED_API_KEY, waveSpeedKey, wave_speed_token).
func IsWaveSpeedName(name string) bool {
	l := strings.ToLower(name)
	l = strings.NewReplacer("_", "", "-", "", " ", "").Replace(l)
	return strings.Contains(l, "wavespeed")
}
