// Package config reads the service's keys from the environment; it logs
// nothing itself.
package config

import "os"

// APIKey returns the WaveSpeed key.
func APIKey() string { return os.Getenv("WAVESPEED_API_KEY") }

// Model returns the model to call.
func Model() string { return os.Getenv("WAVESPEED_MODEL") }
