package hardcodedoauth

// Google's installed-app client: a loopback redirect. Silent.
var installed = Config{
	ClientID:     "1234567890-abcdefghijklmnop.apps.googleusercontent.com",
	ClientSecret: "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",
	RedirectURL:  "http://localhost:8085/oauth2callback",
}
