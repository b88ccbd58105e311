package hardcoded

import (
	"cmp"
	"os"
)

// A key literal returned as a fallback after an environment read is a key
// in source, whatever the function is called; the same shape around a
// variable that is not a key stays silent.

func apiKey() string {
	if k := os.Getenv("WAVESPEED_API_KEY"); k != "" {
		return k
	}
	return "5f3c9a1e7b2d8f4c6a0e9b3d7f1c5a8e2b6d0f4c9a3e7b1d5f8c2a6e0b4d9f3c" // want `hardcoded-key: WaveSpeed API key "5f3c…" \(64 chars\) in source; read it from the environment: os.Getenv\("WAVESPEED_API_KEY"\)`
}

func modelRevision() string {
	if k := os.Getenv("WAVESPEED_MODEL_REVISION"); k != "" {
		return k
	}
	return "5f3c9a1e7b2d8f4c6a0e9b3d7f1c5a8e2b6d0f4c9a3e7b1d5f8c2a6e0b4d9f3c"
}

// The function's name says nothing; the environment read says key.
func credential() string {
	if k := os.Getenv("WAVESPEED_API_KEY"); k != "" {
		return k
	}
	return "5f3c9a1e7b2d8f4c6a0e9b3d7f1c5a8e2b6d0f4c9a3e7b1d5f8c2a6e0b4d9f3c" // want `hardcoded-key: WaveSpeed API key "5f3c…" \(64 chars\) in source; read it from the environment: os.Getenv\("WAVESPEED_API_KEY"\)`
}

func buildDigest() string {
	if k := os.Getenv("BUILD_ID"); k != "" {
		return k
	}
	return "5f3c9a1e7b2d8f4c6a0e9b3d7f1c5a8e2b6d0f4c9a3e7b1d5f8c2a6e0b4d9f3c"
}

// A generic secret: the variable the code reads names the env var to use.
func lookupToken() (string, error) {
	v, ok := os.LookupEnv("ACME_SERVICE_TOKEN")
	if ok {
		return v, nil
	}
	return "Zt4qP9mW2xL7vB3nK8sR5dF1gH6jC0aE", nil // want `hardcoded-key: API key "Zt4q…" \(32 chars\) in source; read it from the environment: os.Getenv\("ACME_SERVICE_TOKEN"\)`
}

func lookupRequestID() (string, error) {
	v, ok := os.LookupEnv("ACME_REQUEST_ID")
	if ok {
		return v, nil
	}
	return "Zt4qP9mW2xL7vB3nK8sR5dF1gH6jC0aE", nil
}

// A closure is a function of its own.
var keyFunc = func() string {
	k := os.Getenv("OPENAI_API_KEY")
	if k != "" {
		return k
	}
	return "Zt4qP9mW2xL7vB3nK8sR5dF1gH6jC0aE" // want `hardcoded-key: API key "Zt4q…" \(32 chars\) in source; read it from the environment: os.Getenv\("OPENAI_API_KEY"\)`
}

var seedFunc = func() string {
	k := os.Getenv("RANDOM_SEED")
	if k != "" {
		return k
	}
	return "Zt4qP9mW2xL7vB3nK8sR5dF1gH6jC0aE"
}

// Assigned as the fallback of a variable read from the environment.
func assigned() string {
	v := os.Getenv("OPENAI_API_KEY")
	if v == "" {
		v = "Zt4qP9mW2xL7vB3nK8sR5dF1gH6jC0aE" // want `hardcoded-key: API key "Zt4q…" \(32 chars\) in source; read it from the environment: os.Getenv\("OPENAI_API_KEY"\)`
	}
	w := os.Getenv("OPENAI_ORG")
	if w == "" {
		w = "Zt4qP9mW2xL7vB3nK8sR5dF1gH6jC0aE"
	}
	return v + w
}

// A default that the environment overrides.
func defaulted() string {
	key := "Zt4qP9mW2xL7vB3nK8sR5dF1gH6jC0aE" // want `hardcoded-key: API key "Zt4q…" \(32 chars\) in source; read it from the environment: os.Getenv\("OPENAI_API_KEY"\)`
	if v := os.Getenv("OPENAI_API_KEY"); v != "" {
		key = v
	}
	org := "Zt4qP9mW2xL7vB3nK8sR5dF1gH6jC0aE"
	if v := os.Getenv("OPENAI_ORG"); v != "" {
		org = v
	}
	return key + org
}

// cmp.Or and helpers that take the env var name.
func ored() string {
	k := cmp.Or(os.Getenv("WAVESPEED_API_KEY"), "5f3c9a1e7b2d8f4c6a0e9b3d7f1c5a8e2b6d0f4c9a3e7b1d5f8c2a6e0b4d9f3c") // want `hardcoded-key: WaveSpeed API key "5f3c…" \(64 chars\)`
	d := cmp.Or(os.Getenv("MODEL_SHA256"), "5f3c9a1e7b2d8f4c6a0e9b3d7f1c5a8e2b6d0f4c9a3e7b1d5f8c2a6e0b4d9f3c")
	return k + d
}

func getEnv(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

var helperKey = getEnv("ACME_API_KEY", "Zt4qP9mW2xL7vB3nK8sR5dF1gH6jC0aE") // want `hardcoded-key: API key "Zt4q…" \(32 chars\) in source; read it from the environment: os.Getenv\("ACME_API_KEY"\)`
var helperRegion = getEnv("ACME_REGION", "Zt4qP9mW2xL7vB3nK8sR5dF1gH6jC0aE")

// A 40-hex fallback of a key-named env read is a key; of a commit env read,
// a git id.
func githubToken40() string {
	if t := os.Getenv("GITHUB_TOKEN"); t != "" {
		return t
	}
	return "3f786850e387550fdab836ed7e6dc881de23001b" // want `hardcoded-key: API key "3f78…" \(40 chars\) in source; read it from the environment: os.Getenv\("GITHUB_TOKEN"\)`
}

func gitHead() string {
	if t := os.Getenv("GIT_COMMIT"); t != "" {
		return t
	}
	return "3f786850e387550fdab836ed7e6dc881de23001b"
}
