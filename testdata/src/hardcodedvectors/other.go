package hardcodedvectors

// Nothing in this file talks to WaveSpeed: the same shape under a key name
// is a generic secret, still reported.
var serviceAPIKey = "4d7a0c3f6b9e2d5a8c1f4b7e0a3d6c9f2e5b8a1d4c7f0e3b6a9d2c5f8e1b4a7d" // want `hardcoded-key: API key "4d7a…" \(64 chars\) in source; read it from the environment: os.Getenv\("SERVICE_API_KEY"\)`
