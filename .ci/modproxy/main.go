// Command modproxy publishes a module directory into a file:// Go module
// proxy (GOPROXY=file:///that/dir), as a release would appear on the real
// one: the .info, .mod and .zip files of the version and the list of
// versions. .ci/install.sh uses it to prove that `go install
// github.com/apikeylint/apikeylint/cmd/apikeylint@vX` works before vX is
// tagged.
//
// Usage:
//
//	go run . -proxy DIR -src MODULEDIR -version vX.Y.Z
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/module"
	"golang.org/x/mod/semver"
	"golang.org/x/mod/zip"
)

func main() {
	proxy := flag.String("proxy", "", "the proxy directory (created if needed)")
	src := flag.String("src", "", "the module's root directory (holding go.mod)")
	version := flag.String("version", "", "the version to publish, e.g. v0.1.0")
	flag.Parse()
	if err := publish(*proxy, *src, *version); err != nil {
		fmt.Fprintf(os.Stderr, "modproxy: %v\n", err)
		os.Exit(1)
	}
}

func publish(proxy, src, version string) error {
	if proxy == "" || src == "" || !semver.IsValid(version) || semver.Canonical(version) != version {
		return fmt.Errorf("want -proxy DIR -src DIR -version vX.Y.Z (a canonical semantic version)")
	}
	gomod, err := os.ReadFile(filepath.Join(src, "go.mod"))
	if err != nil {
		return err
	}
	path := modfile.ModulePath(gomod)
	if path == "" {
		return fmt.Errorf("%s/go.mod has no module line", src)
	}
	if err := module.Check(path, version); err != nil {
		return err
	}
	esc, err := module.EscapePath(path)
	if err != nil {
		return err
	}
	dir := filepath.Join(proxy, filepath.FromSlash(esc), "@v")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var z bytes.Buffer
	// CreateFromDir leaves out nested modules (cmd/apikeylint is not part
	// of the root module's zip), VCS directories and vendor/, and checks the
	// zip against the go command's limits, as the real proxy would.
	if err := zip.CreateFromDir(&z, module.Version{Path: path, Version: version}, src); err != nil {
		return fmt.Errorf("zip %s@%s: %w", path, version, err)
	}
	info, _ := json.Marshal(struct {
		Version string
		Time    string
	}{version, time.Now().UTC().Format(time.RFC3339)})
	for name, data := range map[string][]byte{version + ".info": info, version + ".mod": gomod, version + ".zip": z.Bytes()} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return err
		}
	}
	list := filepath.Join(dir, "list")
	old, _ := os.ReadFile(list)
	versions := strings.Fields(string(old))
	if !slices.Contains(versions, version) {
		versions = append(versions, version)
	}
	semver.Sort(versions)
	if err := os.WriteFile(list, []byte(strings.Join(versions, "\n")+"\n"), 0o644); err != nil {
		return err
	}
	fmt.Printf("modproxy: %s@%s (%d KB zip) in %s\n", path, version, z.Len()/1024, proxy)
	return nil
}
