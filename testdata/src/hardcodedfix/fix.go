// Package hardcodedfix checks the hardcoded-key suggested fixes: the
// literal becomes os.Getenv and the os import is added.
package hardcodedfix

import (
	"net/http"
)

var wavespeedAPIKey = "ba4e7c1f9d2a8b3e6f0c5d7a9e1b4c8f2d6a0e3b7c9f1d5a8e2b6c0f4d7a9e3b" // want `hardcoded-key: WaveSpeed API key`

func send(req *http.Request) {
	req.Header.Set("Authorization", "Bearer sk-proj-Qx8Lm3Rv7Tb2Nk9Pz4Wc1Yd6Fg0Hj5Sa8Qe3Ru7Ti2Ow9Pl4Mk1Nj6Bh0Vg5Cf8Xd3Ze") // want `hardcoded-key: OpenAI API key`
}

// No fix for a constant: os.Getenv is not constant.
const githubToken = "ghp_Xq7Lm2Rv9Tb4Nk8Pz3Wc6Yd1Fg5Hj0Sa7Qe2" // want `hardcoded-key: GitHub token`

// No fix where the type is not string.
type secret string

var replicateToken secret = "r8_Xq7Lm2Rv9Tb4Nk8Pz3Wc6Yd1Fg5Hj0Sa7Qe2R" // want `hardcoded-key: Replicate API token`
