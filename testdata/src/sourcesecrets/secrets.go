// Package sourcesecrets is a team's secret-manager loader.
package sourcesecrets

import (
	"os"
	"strings"
)

// Load returns the secret name (from a local secrets file, in this stub).
func Load(name string) string {
	b, _ := os.ReadFile("secrets.txt")
	return strings.TrimSpace(string(b))
}
