// Package paths names the tool's per-user directories.
package paths

import (
	"os"
	"path/filepath"
)

// ConfigDir is the tool's directory under the user's config directory.
func ConfigDir() string {
	d, _ := os.UserConfigDir()
	return filepath.Join(d, "mytool")
}
