// Package app logs what package config returns: the key-exposure finding is
// here, where the key is logged.
package app

import (
	"log"

	"exposurecross/config"
)

func start() {
	log.Printf("using key %s", config.APIKey()) // want `WaveSpeed API key from WAVESPEED_API_KEY \(returned by config.APIKey\) written to the log`
	log.Printf("using model %s", config.Model())
}
