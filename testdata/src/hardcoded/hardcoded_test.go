package hardcoded

import "testing"

// In tests, provider-format keys are leaks; generic high-entropy values
// beside a key name, and key ids without their secret, are fixtures.
func TestClient(t *testing.T) {
	githubToken := "ghp_Rq3Lm7Xv2Tb9Nk4Pz8Wc1Yd6Fg5Hj0Sa3Qe7" // want `hardcoded-key: GitHub token "ghp_…" \(40 chars\)`
	clientSecret := "Zt4qP9mW2xL7vB3nK8sR5dF1gH6jC0aE"
	if githubToken == clientSecret {
		t.Fatal("equal")
	}
}

// golang.org/x/oauth2's AWS signer test: the access key id is test data.
const accessKeyID = "ASIARD4OQDT6A77FR3CL"

// A 40-hex value beside a key name in a test is a fixture like any other
// generic value.
func TestGitIDKey(t *testing.T) {
	apiKey := "3f786850e387550fdab836ed7e6dc881de23001b"
	if apiKey == "" {
		t.Fatal("empty")
	}
}
