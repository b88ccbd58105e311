package bearerproviders

import (
	"net/http"
	"testing"
)

// The same constant values as in constants(), in a parser's test: test
// inputs, not credentials sent anywhere.
func TestParseAuthorization(t *testing.T) {
	req, _ := http.NewRequest("GET", "http://localhost", nil)
	req.Header.Set("Authorization", " Bearer 9f2c71ab03de44f1")
	req.Header.Set("Authorization", "9f2c71ab03de44f1")
}
