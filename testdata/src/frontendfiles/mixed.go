//go:build js && linux

package frontendfiles

import "os"

// Good: js and linux never hold together; this file builds nowhere.
func nowhere() string { return os.Getenv("WAVESPEED_API_KEY") }
