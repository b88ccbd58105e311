package source

import (
	"os"
	"testing"
)

// A test's os.Args is the test binary and its -test flags (os.Args[0]
// re-runs the test): no key comes from there. The same call outside a test
// is osArgs in flags.go, which is reported.
func TestArgs(t *testing.T) {
	c := NewClient(os.Args[1])
	use(c)
}
