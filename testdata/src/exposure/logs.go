// Package exposure holds the key-exposure check's cases: each bad case
// beside a near-identical good one. Every key in it is made up.
package exposure

import (
	"crypto/sha256"
	"flag"
	"log"
	"log/slog"
	"os"
)

func stdlog() {
	key := os.Getenv("WAVESPEED_API_KEY")
	log.Printf("using key %s", key) // want `^key-exposure: WaveSpeed API key from WAVESPEED_API_KEY written to the log; log its length or first 4 characters instead$`
	log.Printf("using key of %d chars", len(key))
	log.Println("key:", key) // want `WaveSpeed API key from WAVESPEED_API_KEY written to the log`
	log.Println("key set:", key != "")
	log.Fatalf("bad key %q", key) // want `written to the log`
	log.Fatalf("bad key (%d chars)", len(key))
	log.Panicln(key) // want `written to the log`
	log.Panicln(key == "")

	l := log.New(os.Stderr, "", 0)
	l.Println(key) // want `written to the log`
	l.Println(len(key))
	l.Output(2, "key "+key) // want `written to the log`
	l.Output(2, "no key")
}

// Barriers: what the log line shows of the key is not the key.
func barriers() {
	key := os.Getenv("OPENAI_API_KEY")
	log.Print("key " + key[:4])
	log.Print("key " + key[:8]) // want `OpenAI API key from OPENAI_API_KEY written to the log`
	log.Print("key …" + key[len(key)-4:])
	log.Print("key …" + key[len(key)-8:]) // want `written to the log`
	log.Printf("key %.4s…", key)
	log.Printf("key %.8s…", key) // want `written to the log`
	log.Printf("key type %T", key)
	log.Printf("key type %T, value %[1]s", key) // want `written to the log`
	log.Printf("key at %p", &key)
	log.Printf("key %s", &key) // want `written to the log`
	sum := sha256.Sum256([]byte(key))
	log.Printf("key fingerprint %x", sum[:8])
	log.Printf("key %x", []byte(key)) // want `written to the log`
	log.Printf("%s not set", "WAVESPEED_API_KEY")
	log.Printf("%s not set", "sk-proj-your-api-key-here")
	log.Print(os.Getenv("STRIPE_PUBLISHABLE_KEY"))
	log.Print(os.Getenv("STRIPE_SECRET_KEY")) // want `Stripe API key from STRIPE_SECRET_KEY written to the log`
	log.Print(os.Getenv("MODEL_NAME"))
	if key == "" {
		log.Fatal("OPENAI_API_KEY is not set")
	}
}

// Names alone are not keys: these values come from nowhere the check knows.
func named(apiKey string, passwordKey string) {
	log.Printf("api key %s", apiKey)
	log.Printf("password key %s", passwordKey)
}

func callers() {
	named("some-value", "db.password")
}

// A helper that logs what callers pass: each caller's key is reported
// where it is logged.
func logValue(what, v string) {
	log.Printf("%s = %s", what, v) // want `WaveSpeed API key from WAVESPEED_API_KEY written to the log`
}

func useHelper() {
	logValue("model", "flux-dev")
	logValue("key", os.Getenv("WAVESPEED_API_KEY"))
}

// A key-named flag is a key; other flags are not.
var (
	apiKeyFlag = flag.String("api-key", "", "API key")
	modelFlag  = flag.String("model", "flux-dev", "model")
)

func flags() {
	log.Printf("key %s", *apiKeyFlag) // want `API key from command-line flag -api-key written to the log`
	log.Printf("model %s", *modelFlag)
}

// A key literal.
const openaiKey = "sk-proj-Qx8Lm3Rv7Tb2Nk9Pz4Wc1Yd6Fg0Hj5Sa8Qe3Ru7Ti2Ow9Pl4Mk1Nj6Bh0Vg5Cf8Xd3Ze"

const openaiModel = "gpt-4o-mini-2024-07-18-preview"

func literal() {
	log.Println("key", openaiKey) // want `OpenAI API key literal written to the log`
	log.Println("model", openaiModel)
}

func slogs() {
	key := os.Getenv("WAVESPEED_API_KEY")
	slog.Info("ready", "api_key", key) // want `WaveSpeed API key from WAVESPEED_API_KEY written to the log`
	slog.Info("ready", "api_key_len", len(key))
	slog.Info("ready", slog.String("api_key", key)) // want `written to the log`
	slog.Info("ready", slog.Int("api_key_len", len(key)))
	slog.Debug("ready", slog.Any("key", key)) // want `written to the log`
	slog.Debug("ready", slog.Bool("key_set", key != ""))
	slog.Warn("ready", slog.Group("auth", "key", key)) // want `written to the log`
	slog.Warn("ready", slog.Group("auth", "key_len", len(key)))
	logger := slog.Default().With("key", key) // want `written to the log`
	logger = slog.Default().With("key_set", key != "")
	logger.Error("failed", "key", key) // want `written to the log`
	logger.Error("failed", "key", "redacted")
	logger.LogAttrs(nil, slog.LevelInfo, "ready", slog.Attr{Key: "key", Value: slog.StringValue(key)}) // want `written to the log`
	logger.LogAttrs(nil, slog.LevelInfo, "ready", slog.Attr{Key: "key", Value: slog.IntValue(len(key))})
}
