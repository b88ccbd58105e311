package analyzer_test

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestRootModuleHasNoGitleaks guards the golangci-lint plugin build:
// golangci-lint compiles the root module into its own binary, and gitleaks'
// dependencies break or silently change that build. Only the CLI module
// (cmd/apikeylint) may require gitleaks.
func TestRootModuleHasNoGitleaks(t *testing.T) {
	cmd := exec.Command("go", "list", "-m", "all")
	cmd.Dir = ".."
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go list -m all: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "golang.org/x/tools") {
		t.Fatalf("go list -m all did not list the root module's requirements:\n%s", out)
	}
	for _, line := range strings.Split(string(out), "\n") {
		if strings.Contains(line, "gitleaks") {
			t.Errorf("root module graph contains %q; keep gitleaks in cmd/apikeylint's go.mod only", line)
		}
	}
}
