// Package sourceuserstore2 holds per-user credential stores in shapes
// other than viper pointed at os.UserHomeDir in the same package; each is
// silent, beside the same read from the working directory, reported
// (issue 19, class 1).
package sourceuserstore2

import (
	"encoding/json"
	"flag"
	"net/http"
	"os"
	"path/filepath"
)

type config struct {
	APIKey string `json:"api_key"`
}

// defaultConfigPath is the per-user config file.
func defaultConfigPath() string {
	home, _ := os.UserHomeDir()
	return filepath.Join(home, ".chat", "config.json")
}

// A flag defaulting to the per-user file, through a function: silent.
var configFile = flag.String("config", defaultConfigPath(), "config file")

func loadUser() config {
	data, _ := os.ReadFile(*configFile)
	var c config
	_ = json.Unmarshal(data, &c)
	return c
}

// A flag defaulting to a path built from the home directory: silent.
func loadHomeYAML() config {
	home, _ := os.UserHomeDir()
	path := filepath.Join(home, ".chatcli.json")
	flag.StringVar(&path, "settings", path, "settings file")
	data, _ := os.ReadFile(path)
	var c config
	_ = json.Unmarshal(data, &c)
	return c
}

// The same shape with a working-directory default: reported.
var localFile = flag.String("local-config", "config.json", "config file")

func loadLocal() config {
	data, _ := os.ReadFile(*localFile)
	var c config
	_ = json.Unmarshal(data, &c) // want `key-source: API key read from a config file`
	return c
}

func send(req *http.Request) {
	req.Header.Set("X-Api-Key", loadUser().APIKey)
	req.Header.Set("X-Api-Key", loadHomeYAML().APIKey)
	req.Header.Set("X-Api-Key", loadLocal().APIKey)
}
