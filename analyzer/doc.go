// Package analyzer is apikeylint's go/analysis analyzer: it keeps API keys
// out of Go source, out of browsers, and in the environment, following
// WaveSpeedAI's API authentication guide ("Authorization: Bearer <key>",
// keys read from WAVESPEED_API_KEY, never hardcoded, never in frontend
// code) for WaveSpeed and for any provider's keys.
//
// One analyzer, named apikeylint, runs five checks; each diagnostic's
// Category names the check that produced it and its message starts with
// "<category>: ":
//
//   - hardcoded-key (hardcoded.go): a key literal in source — a provider
//     format (WaveSpeed, OpenAI, Anthropic, GitHub, Stripe, AWS, Slack,
//     Google, Hugging Face, Replicate) or a high-entropy string in a key
//     context. Suggested fix: read it with os.Getenv.
//   - bearer-scheme (bearer.go): an Authorization value without a
//     well-formed "Bearer " prefix.
//   - key-source (source.go): a key read from a flag, a file, os.Args, an
//     embedded file or a config file instead of the environment.
//   - frontend-key (frontend.go): a key in code built for js/wasm, or handed
//     to clients in an HTTP response.
//   - key-exposure (exposure.go): a key, traced from a key-named
//     environment read, a key literal or an incoming Authorization header,
//     written to a log (log, slog, fmt to stdout/stderr, testing, zap,
//     logrus, zerolog, klog, glog), an error or panic message, a URL query
//     or a logged request dump. Suggested fix: log its length instead.
//
// The key model (which literals are keys, which names hold keys) is shared
// by all checks; the provider formats live as data in package keys, from
// which the commit scanner's gitleaks rules are generated too.
//
// Findings are silenced, one line at a time, with a reason:
//
//	apiKey := loadKey() //apikeylint:ignore rotated test key, revoked 2026-01
//
// A directive on the line itself or on the line above applies; a directive
// without a reason does not silence anything and is itself reported.
//
// New builds an analyzer from a Config; Analyzer is the default one. Each
// analyzer carries its own flags (-checks, -allowed-sources,
// -cross-package, -facts, -redactors) and no state is shared between
// analyzers or between packages.
//
// Every check is a policy over one value-flow layer (flow.go): where a value
// can come from (its origins) and what text it starts with. Cross-package
// flows are on by default and declare no fact: a flow that meets a function,
// field or variable of another package of the user's code reads a summary
// of that package's source (summary.go). Only -facts (Config.Facts)
// declares an analysis fact; without it drivers load dependencies from
// export data and the analyzer costs about the bare load and type-check.
package analyzer
