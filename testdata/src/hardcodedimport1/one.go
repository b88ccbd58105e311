// Package hardcodedimport1 checks the fix turns a single-line import into
// a block holding "os".
package hardcodedimport1

import "net/http"

var client = http.DefaultClient

var wavespeedKey = "ba4e7c1f9d2a8b3e6f0c5d7a9e1b4c8f2d6a0e3b7c9f1d5a8e2b6c0f4d7a9e3b" // want `hardcoded-key: WaveSpeed API key`
