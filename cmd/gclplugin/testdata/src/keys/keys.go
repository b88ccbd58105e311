// Package keys holds a hardcoded WaveSpeed key (a fake one) for the plugin
// tests; the want comment is for the run with the default settings.
package keys

var wavespeedAPIKey = "3f9a1c7e5b2d4f608e1a9c3b7d5f2e4a6c8b0d1e3f5a7c9b2d4e6f8a0b1c3d5e" // want `hardcoded-key: WaveSpeed API key`

// Key returns the key.
func Key() string { return wavespeedAPIKey }
