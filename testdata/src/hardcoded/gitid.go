package hardcoded

// 40 hex characters look like a git commit id, but a name that says key,
// token or secret beats that shape; names of ids and digests stay silent.

var c40 = Client{APIKey: "7c4a8d09ca3762af61e59520943dc26494f8941b"} // want `hardcoded-key: API key "7c4a…" \(40 chars\) in source; read it from the environment: os.Getenv\("API_KEY"\)`
var c40OK = Client{BaseURL: "7c4a8d09ca3762af61e59520943dc26494f8941b"}

var m40 = map[string]string{"apiKey": "7c4a8d09ca3762af61e59520943dc26494f8941b"} // want `hardcoded-key: API key "7c4a…" \(40 chars\) in source; read it from the environment: os.Getenv\("API_KEY"\)`
var m40OK = map[string]string{"commit": "7c4a8d09ca3762af61e59520943dc26494f8941b"}

type Build struct {
	Token     string
	CommitSHA string
	Rev       string
	ETag      string
	ID        string
	Checksum  string
	Digest    string
	Hash      string
}

var b40 = Build{Token: "7c4a8d09ca3762af61e59520943dc26494f8941b"} // want `hardcoded-key: API key "7c4a…" \(40 chars\) in source; read it from the environment: os.Getenv\("TOKEN"\)`
var b40OK = Build{
	CommitSHA: "7c4a8d09ca3762af61e59520943dc26494f8941b",
	Rev:       "7c4a8d09ca3762af61e59520943dc26494f8941b",
	ETag:      "7c4a8d09ca3762af61e59520943dc26494f8941b",
	ID:        "7c4a8d09ca3762af61e59520943dc26494f8941b",
	Checksum:  "7c4a8d09ca3762af61e59520943dc26494f8941b",
	Digest:    "7c4a8d09ca3762af61e59520943dc26494f8941b",
	Hash:      "7c4a8d09ca3762af61e59520943dc26494f8941b",
}

func use(...string) {}

func gitIDs() {
	apiKey := "3f786850e387550fdab836ed7e6dc881de23001b" // want `hardcoded-key: API key "3f78…" \(40 chars\) in source; read it from the environment: os.Getenv\("API_KEY"\)`
	apiKeyCommit := "3f786850e387550fdab836ed7e6dc881de23001b"
	gitCommit := "3f786850e387550fdab836ed7e6dc881de23001b"
	headSHA := "3f786850e387550fdab836ed7e6dc881de23001b"
	use(apiKey, apiKeyCommit, gitCommit, headSHA)

	clientSecret := "3f786850e387550fdab836ed7e6dc881de23001b" // want `hardcoded-key: API key "3f78…" \(40 chars\) in source; read it from the environment: os.Getenv\("CLIENT_SECRET"\)`
	clientSecretDigest := "3f786850e387550fdab836ed7e6dc881de23001b"
	use(clientSecret, clientSecretDigest)

	NewClient("3f786850e387550fdab836ed7e6dc881de23001b") // want `hardcoded-key: API key "3f78…" \(40 chars\)`
	Hash("3f786850e387550fdab836ed7e6dc881de23001b")
}

// The same 40 hex returned from a key-named function is a key; from a
// revision-named one it is a git id.
func githubAPIKey() string {
	return "3f786850e387550fdab836ed7e6dc881de23001b" // want `hardcoded-key: API key "3f78…" \(40 chars\) in source; read it from the environment: os.Getenv\("GITHUB_API_KEY"\)`
}

func githubRevision() string {
	return "3f786850e387550fdab836ed7e6dc881de23001b"
}
