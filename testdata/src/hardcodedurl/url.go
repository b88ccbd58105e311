// Package hardcodedurl is the hardcoded-key check's fixture for keys in the
// query of URL literals: the parameter's name is the key context, and the
// value passes the key model like any literal. Each bad case stands beside a
// near-identical good one.
package hardcodedurl

import (
	"fmt"
	"net/http"
)

// A chat webhook with its access token in the query.
const dingTalkWebhook = "https://oapi.example.com/robot/send?access_token=5f3c9a1e7b2d8f4c6a0e9b3d7f1c5a8e2b6d0f4c9a3e7b1d5f8c2a6e0b4d9f3c" // want `hardcoded-key: API key "5f3c…" \(64 chars\) in source, in the access_token parameter of a URL; read it from the environment: os.Getenv\("ACCESS_TOKEN"\)`
const dingTalkWebhookDocs = "https://oapi.example.com/robot/send?access_token={token}"
const dingTalkWebhookFmt = "https://oapi.example.com/robot/send?access_token=%s"
const dingTalkWebhookX = "https://oapi.example.com/robot/send?access_token=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"

// The same 64 hex under a parameter that is not a key is an id or a digest.
const blobURL = "https://cdn.example.com/blob?sha256=5f3c9a1e7b2d8f4c6a0e9b3d7f1c5a8e2b6d0f4c9a3e7b1d5f8c2a6e0b4d9f3c"
const traceURL = "https://hooks.example.com/x?trace=5f3c9a1e7b2d8f4c6a0e9b3d7f1c5a8e2b6d0f4c9a3e7b1d5f8c2a6e0b4d9f3c"

// A Google Chat webhook: key= holds a Google API key (with the token after it).
var googleChat = "https://chat.googleapis.com/v1/spaces/AAAAx7Qm/messages?key=AIzaSyQx8Lm3Rv7Tb2Nk9Pz4Wc1Yd6Fg0Hj5Sa8&token=Zt4qP9mW2xL7vB3nK8sR5dF1gH6jC0aE%3D" // want `hardcoded-key: Google API key "AIza…" \(39 chars\) in source, in the key parameter of a URL; read it from the environment: os.Getenv\("GOOGLE_API_KEY"\)`
var googleChatDocs = "https://chat.googleapis.com/v1/spaces/SPACE_ID/messages?key=YOUR_KEY&token=YOUR_TOKEN"

// A generic token under token= and key=, beside names that are not keys.
var statusURL = "https://status.example.com/api/v1/push?token=Zt4qP9mW2xL7vB3nK8sR5dF1gH6jC0aE&status=up" // want `hardcoded-key: API key "Zt4q…" \(32 chars\) in source, in the token parameter of a URL; read it from the environment: os.Getenv\("TOKEN"\)`
var statusURLPage = "https://status.example.com/api/v1/push?pageToken=Zt4qP9mW2xL7vB3nK8sR5dF1gH6jC0aE&status=up"

var mapsURL = "https://maps.example.com/api/geocode/json?address=x&key=Zt4qP9mW2xL7vB3nK8sR5dF1gH6jC0aE" // want `hardcoded-key: API key "Zt4q…" \(32 chars\) in source, in the key parameter of a URL; read it from the environment: os.Getenv\("API_KEY"\)`
var mapsURLSearch = "https://maps.example.com/api/geocode/json?address=x&q=Zt4qP9mW2xL7vB3nK8sR5dF1gH6jC0aE"

// A relative URL, and api_key spelled out; a UUID or a word there is no key.
var relURL = "/v1/models?api_key=Zt4qP9mW2xL7vB3nK8sR5dF1gH6jC0aE" // want `hardcoded-key: API key "Zt4q…" \(32 chars\) in source, in the api_key parameter of a URL`
var relURLUUID = "/v1/models?api_key=123e4567-e89b-12d3-a456-426614174000"
var relURLWords = "/v1/models?api_key=synthetic-websocket-token-1"

// The WaveSpeed host names the 64-hex format.
var wavespeedURL = "https://api.wavespeed.ai/api/v3/predictions?api_key=5f3c9a1e7b2d8f4c6a0e9b3d7f1c5a8e2b6d0f4c9a3e7b1d5f8c2a6e0b4d9f3c" // want `hardcoded-key: WaveSpeed API key "5f3c…" \(64 chars\) in source, in the api_key parameter of a URL; read it from the environment: os.Getenv\("WAVESPEED_API_KEY"\)`
var wavespeedURLEnv = "https://api.wavespeed.ai/api/v3/predictions?api_key=WAVESPEED_API_KEY"

// A 40-hex access token (GitHub's classic OAuth tokens) and a 40-hex commit.
var githubURL = "https://api.example.com/repos/o/r?access_token=3f786850e387550fdab836ed7e6dc881de23001b" // want `hardcoded-key: API key "3f78…" \(40 chars\) in source, in the access_token parameter of a URL`
var githubURLRef = "https://api.example.com/repos/o/r/contents?ref=3f786850e387550fdab836ed7e6dc881de23001b"

// The parameter is the context, not the variable: a token in a checksum
// file's URL is a token, and a sum there is not.
var checksumURL = "https://dl.example.com/x.tgz.sha256?token=Zt4qP9mW2xL7vB3nK8sR5dF1gH6jC0aE" // want `hardcoded-key: API key "Zt4q…" \(32 chars\) in source, in the token parameter of a URL`
var checksumURLSum = "https://dl.example.com/x.tgz.sha256?sum=Zt4qP9mW2xL7vB3nK8sR5dF1gH6jC0aE"
var apiKeyURL = "https://dl.example.com/x.tgz?version=Zt4qP9mW2xL7vB3nK8sR5dF1gH6jC0aE"

func send(token string) {
	// Built at run time: the key is not in the literal.
	http.Get("https://oapi.example.com/robot/send?access_token=" + token)
	http.Get(fmt.Sprintf("https://oapi.example.com/robot/send?access_token=%s", token))
	http.Get("https://oapi.example.com/robot/send?access_token=5f3c9a1e7b2d8f4c6a0e9b3d7f1c5a8e2b6d0f4c9a3e7b1d5f8c2a6e0b4d9f3c") // want `hardcoded-key: API key "5f3c…" \(64 chars\) in source, in the access_token parameter of a URL`
}
