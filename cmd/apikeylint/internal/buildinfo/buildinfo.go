// Package buildinfo reads the apikeylint command's version from the
// binary's build information, for -version and for the SARIF driver of
// both the analyzer and `apikeylint commits`.
package buildinfo

import (
	"runtime"
	"runtime/debug"
)

// rootModule is the analyzer's module, which the command requires.
const rootModule = "github.com/apikeylint/apikeylint"

// Versions returns the command module's version from the build info
// ("(devel)" in a clone or a test, the tag after go install …@vX), the
// analyzer module's version when it differs ("" otherwise), and the Go
// version the binary was built with.
func Versions() (cmd, analyzer, goVersion string) {
	cmd, goVersion = "(devel)", runtime.Version()
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return cmd, "", goVersion
	}
	if bi.Main.Version != "" {
		cmd = bi.Main.Version
	}
	if bi.GoVersion != "" {
		goVersion = bi.GoVersion
	}
	for _, dep := range bi.Deps {
		if dep.Path != rootModule {
			continue
		}
		dv := dep.Version
		if dep.Replace != nil {
			dv = dep.Replace.Version
		}
		if dv != "" && dv != cmd {
			analyzer = dv
		}
	}
	return cmd, analyzer, goVersion
}

// Version is the command module's version.
func Version() string {
	v, _, _ := Versions()
	return v
}
