package hardcodedoauth

// The same client as a confidential web client: a server's redirect URI,
// no PKCE. Reported.
var web = Config{
	ClientID:     "1234567890-abcdefghijklmnop.apps.googleusercontent.com",
	ClientSecret: "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", // want `hardcoded-key: API key "GOCS…" \(35 chars\) in source; read it from the environment: os.Getenv\("CLIENT_SECRET"\)`
	RedirectURL:  "https://app.example.com/oauth2callback",
}
