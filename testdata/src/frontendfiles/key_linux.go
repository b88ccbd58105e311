package frontendfiles

import "os"

// The server build has its own anthropicKey and sets it; the browser
// build's copy (tagged.go) is never set.
var anthropicKey string

func init() { anthropicKey = os.Getenv("ANTHROPIC_API_KEY") }
