package bearer

import "net/http"

// A constant value sends a key only when its credential is one: a parser's
// test input ("BeArEr HeLO", from golang-jwt's extractor tests) is not
// reported; the same malformed scheme in front of a key literal is.
func constantValues(req *http.Request) {
	req.Header.Set("Authorization", "BeArEr HeLO")
	req.Header.Set("Authorization", "Bearer:ToKen")
	req.Header.Set("Authorization", "BeArEr 5b2d4e6f8a0b1c3d5e7f9a2b4c6d8e0f1a3b5c7d9e2f4a6b8c0d1e3f9c1e7a3f")    // want `spells the scheme "BeArEr"`
	req.Header.Set("Authorization", "Bearer:sk-proj-Zq7Xk2Lm9Pw4Rt6Yv8Nb3Hc5Jd1Fg0Ks2Qa7Wx9Ez4Ru6Ty8Ui3Op5Lk1Mn") // want `with a colon`
}
