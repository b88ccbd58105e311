package analyzer

// Documentation of each category, for drivers that describe their rules
// (the apikeylint command's SARIF output). The texts follow the category's
// page, docs/<category>.md, at HelpURL.

// categoryDoc is one category's summary (one line) and description.
type categoryDoc struct {
	summary, description string
}

// categoryDocs is keyed by category name. It may describe a category before
// Categories lists it, so that a new check is documented as it lands.
var categoryDocs = map[string]categoryDoc{
	"hardcoded-key": {
		"API key literal in source",
		"An API key is written in the source code. A key in source is in every clone, every fork, " +
			"every build log and the git history forever. Read it from the environment " +
			`(os.Getenv("WAVESPEED_API_KEY")) and rotate the key: it is already in the history.`,
	},
	"bearer-scheme": {
		`Authorization value without a well-formed "Bearer " scheme`,
		"An Authorization header carries a key without a well-formed Bearer scheme: no scheme, a " +
			`malformed one ("Bearer:", "Bearer" without a space, "bearer ", "Bearer Bearer "), or a ` +
			"WaveSpeed key under another scheme or header. The API rejects such requests with 401 " +
			`Unauthorized; send "Authorization: Bearer <key>".`,
	},
	"key-source": {
		"API key read from somewhere other than the environment",
		"An API key is read from a command-line flag, os.Args, a file in the source tree, a " +
			"//go:embed file or a config file. Keys on the command line show up in ps and shell " +
			"history; keys in files next to the code get committed, copied into images or compiled " +
			"in. Read keys from the environment.",
	},
	"frontend-key": {
		"API key in browser code or sent to clients",
		"An API key is used in code compiled for the browser (js/wasm), where every visitor can " +
			"read it, or the server writes its own key into an HTTP response. Keep keys on the " +
			"server and make the API call there.",
	},
	"key-exposure": {
		"API key written to logs, errors, panics or URLs",
		"An API key is written where it is kept and shown to others: a log line, an error " +
			"message, a panic, or a URL (query strings end up in access logs and browser " +
			"history). Log that a key is set, never the key, and send it in the Authorization header.",
	},
}

// Summary is a one-line description of the category, for a rule list.
func (c Category) Summary() string {
	if d, ok := categoryDocs[string(c)]; ok {
		return d.summary
	}
	return string(c)
}

// Description says what the category reports, why it matters and what to
// do instead, in a few sentences.
func (c Category) Description() string {
	if d, ok := categoryDocs[string(c)]; ok {
		return d.description
	}
	return c.Summary()
}

// DocsURL is where the repository's docs/ directory is published; each
// category's page is DocsURL + the category + ".md".
const DocsURL = "https://github.com/apikeylint/apikeylint/blob/main/docs/"

// HelpURL is the page that documents the category: docs/<category>.md.
func (c Category) HelpURL() string {
	return DocsURL + string(c) + ".md"
}
