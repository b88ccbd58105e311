package analyzer

import (
	"flag"
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

// Name is the analyzer's name; the golangci-lint plugin uses it too.
const Name = "apikeylint"

// URL is the analyzer's documentation: the index of docs/, which has a
// heading per category, so that a driver that appends "#<category>" lands
// on it. Each diagnostic also carries its category's own page
// (Category.HelpURL) as its URL.
const URL = DocsURL + "README.md"

// Flag names, as given on the command line (-checks) and in plugin settings.
const (
	FlagChecks         = "checks"
	FlagAllowedSources = "allowed-sources"
	FlagCrossPackage   = "cross-package"
	FlagRedactors      = "redactors"
	FlagFacts          = "facts"
)

// Category names a check; it is the Category of each diagnostic the check
// reports and the prefix of its message.
type Category string

// The checks.
const (
	HardcodedKey Category = "hardcoded-key"
	BearerScheme Category = "bearer-scheme"
	KeySource    Category = "key-source"
	FrontendKey  Category = "frontend-key"
	KeyExposure  Category = "key-exposure"
)

// Categories lists every check in documentation order.
func Categories() []Category {
	return []Category{HardcodedKey, BearerScheme, KeySource, FrontendKey, KeyExposure}
}

// Config selects what an analyzer built by New checks. The zero Config is
// the default: every check on, no extra key sources.
type Config struct {
	// Checks lists the categories to run; empty means all of them.
	Checks []string
	// AllowedSources lists functions, as "import/path.Func" or
	// "import/path.Type.Method", whose results are sanctioned key sources
	// besides os.Getenv and os.LookupEnv (a team's secret-manager loader).
	AllowedSources []string
	// Redactors lists functions, as "import/path.Func" or
	// "import/path.Type.Method", that redact a key: key-exposure does not
	// follow a key through a call of one (a team's mask or fingerprint
	// helper).
	Redactors []string
	// SamePackageOnly turns cross-package flows off (-cross-package=false):
	// by default a value read in one package of the user's code (a config
	// package reading a flag) is followed into the package that uses it,
	// through a summary of the other package's source (summary.go).
	SamePackageOnly bool
	// Facts makes cross-package flows exact, with analysis facts, through
	// any package (-facts). Drivers then type-check every dependency from
	// source, which makes a run two to three times slower.
	Facts bool
}

// Validate reports the first unknown check or malformed source in c.
func (c Config) Validate() error {
	for _, ch := range c.Checks {
		if !slices.Contains(Categories(), Category(ch)) {
			return fmt.Errorf("unknown check %q (want a comma list of %s)", ch, joinCategories())
		}
	}
	for _, s := range c.AllowedSources {
		if i := strings.LastIndex(s, "."); i <= 0 || i == len(s)-1 {
			return fmt.Errorf("allowed source %q is not of the form import/path.Func", s)
		}
	}
	for _, s := range c.Redactors {
		if i := strings.LastIndex(s, "."); i <= 0 || i == len(s)-1 {
			return fmt.Errorf("redactor %q is not of the form import/path.Func", s)
		}
	}
	return nil
}

func joinCategories() string {
	var s []string
	for _, c := range Categories() {
		s = append(s, string(c))
	}
	return strings.Join(s, ",")
}

// settings is the per-analyzer state that flags write to.
type settings struct {
	// summaries caches other packages' summaries across passes.
	summaries       *summaryCache
	enabled         map[Category]bool
	allowedSources  []string
	redactors       []string
	samePackageOnly bool
	// exposureSyntax is the key-exposure check's sinks, by callee name,
	// for the value-flow layer's walks of packages read without types.
	exposureSyntax exposureSyntax
}

func newSettings(c Config) *settings {
	s := &settings{enabled: map[Category]bool{}, allowedSources: slices.Clone(c.AllowedSources), redactors: slices.Clone(c.Redactors), samePackageOnly: c.SamePackageOnly, summaries: &summaryCache{}, exposureSyntax: exposureSinkSyntax}
	checks := c.Checks
	if len(checks) == 0 {
		for _, cat := range Categories() {
			checks = append(checks, string(cat))
		}
	}
	for _, ch := range checks {
		s.enabled[Category(ch)] = true
	}
	return s
}

// checksFlag implements flag.Value for -checks.
type checksFlag struct{ s *settings }

func (f checksFlag) String() string {
	if f.s == nil {
		return ""
	}
	var on []string
	for _, c := range Categories() {
		if f.s.enabled[c] {
			on = append(on, string(c))
		}
	}
	return strings.Join(on, ",")
}

func (f checksFlag) Set(v string) error {
	list := SplitList(v)
	if err := (Config{Checks: list}).Validate(); err != nil {
		return err
	}
	clear(f.s.enabled)
	for _, c := range list {
		f.s.enabled[Category(c)] = true
	}
	return nil
}

// sourcesFlag implements flag.Value for -allowed-sources.
type sourcesFlag struct{ s *settings }

func (f sourcesFlag) String() string {
	if f.s == nil {
		return ""
	}
	return strings.Join(f.s.allowedSources, ",")
}

func (f sourcesFlag) Set(v string) error {
	list := SplitList(v)
	if err := (Config{AllowedSources: list}).Validate(); err != nil {
		return err
	}
	f.s.allowedSources = list
	return nil
}

// redactorsFlag implements flag.Value for -redactors.
type redactorsFlag struct{ s *settings }

func (f redactorsFlag) String() string {
	if f.s == nil {
		return ""
	}
	return strings.Join(f.s.redactors, ",")
}

func (f redactorsFlag) Set(v string) error {
	list := SplitList(v)
	if err := (Config{Redactors: list}).Validate(); err != nil {
		return err
	}
	f.s.redactors = list
	return nil
}

// crossFlag implements the boolean flag -cross-package (on by default).
type crossFlag struct{ s *settings }

func (f crossFlag) IsBoolFlag() bool { return true }

func (f crossFlag) String() string {
	return strconv.FormatBool(f.s == nil || !f.s.samePackageOnly)
}

func (f crossFlag) Set(v string) error {
	on, err := strconv.ParseBool(v)
	if err != nil {
		return fmt.Errorf("want true or false, not %q", v)
	}
	f.s.samePackageOnly = !on
	return nil
}

// factsFlag implements the boolean flag -facts. Its state is the
// analyzer's FactTypes (see factsOn), which drivers read after parsing
// flags.
type factsFlag struct{ a *analysis.Analyzer }

func (f factsFlag) IsBoolFlag() bool { return true }

func (f factsFlag) String() string {
	return strconv.FormatBool(f.a != nil && factsOn(f.a))
}

func (f factsFlag) Set(v string) error {
	on, err := strconv.ParseBool(v)
	if err != nil {
		return fmt.Errorf("want true or false, not %q", v)
	}
	f.a.FactTypes = factTypes(on)
	return nil
}

// SplitList splits a comma-separated flag or setting value into its
// trimmed, non-empty items.
func SplitList(v string) []string {
	var out []string
	for _, p := range strings.Split(v, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// Analyzer is the default apikeylint analyzer: every check on.
var Analyzer = New(Config{})

// New returns a fresh analyzer configured by c, with its own flags. An
// invalid c (see Config.Validate) makes every run fail with that error;
// callers that take c from users should call Validate first.
func New(c Config) *analysis.Analyzer {
	s := newSettings(c)
	cfgErr := c.Validate()
	a := &analysis.Analyzer{
		Name:     Name,
		Doc:      doc,
		URL:      URL,
		Requires: []*analysis.Analyzer{inspect.Analyzer},
		Run: func(pass *analysis.Pass) (any, error) {
			if cfgErr != nil {
				return nil, cfgErr
			}
			return nil, newRun(pass, s).run()
		},
		FactTypes: factTypes(c.Facts),
	}
	a.Flags.Var(checksFlag{s}, FlagChecks, "comma-separated checks to run: "+joinCategories())
	a.Flags.Var(sourcesFlag{s}, FlagAllowedSources, "comma-separated functions (import/path.Func) accepted as key sources besides os.Getenv and os.LookupEnv")
	a.Flags.Var(redactorsFlag{s}, FlagRedactors, "key-exposure: comma-separated functions (import/path.Func) that redact a key; their results are not reported")
	a.Flags.Var(crossFlag{s}, FlagCrossPackage, "follow keys through functions, fields and variables of the other packages of your code (read from their source); -cross-package=false follows keys within each package only")
	a.Flags.Var(factsFlag{a}, FlagFacts, "follow keys across packages with analysis facts, through any package (type-checks every dependency from source; slower)")
	return a
}

const doc = `apikeylint: report API keys hardcoded, mis-sent, read from outside the environment, or shipped to browsers

apikeylint applies WaveSpeedAI's API authentication rules to Go code, for
WaveSpeed keys and any provider's: every request carries
"Authorization: Bearer <key>"; keys live in environment variables
(WAVESPEED_API_KEY) and are never in source, never in frontend code, never
committed. Checks (select with -checks):

  hardcoded-key  key literals in source
  bearer-scheme  Authorization values without a well-formed "Bearer " prefix
  key-source     keys read from flags, files, os.Args or config, not os.Getenv
  frontend-key   keys in js/wasm builds or sent to clients
  key-exposure   keys written to logs, errors, panics and URLs

Silence one line with "//apikeylint:ignore <reason>" on it or above it.`

// run is one analyzer invocation on one package.
type run struct {
	pass *analysis.Pass
	s    *settings
	insp *inspector.Inspector
	dirs *directives
	env  *envReads

	// The value-flow layer's statements, collected once (flowItems), and
	// the summaries of other packages of the user's code, by directory.
	items      []flowItem
	seeds      []ast.Node
	summaries  map[string]*pkgSummary
	ownImports *bool
	keyish     *bool
	userStore  *bool
	homes      map[*types.Var]bool
	useScan    *useScan
	ownOrSDK   *bool
	keyEnv     *bool
	// useSummaries caches, per directory, the use summaries read this run.
	useSummaries map[string]*useScan
	urls         map[types.Object][]string // flowtext.go's constant URLs of fields and variables
	prec         *precision                // precision.go's per-run caches
	ids          map[*types.Func]string    // funcID by function
	methodNames  map[*types.Func]string    // "Type.Method" by method, for the use scan
	sinkCallees  map[*types.Func]*calleeSinks
	tree         *itemTree       // flow.go's items by position
	tests        []fileSpan      // isTestFile's test files
	candidates   map[string]bool // keys.Candidate by string
}

func newRun(pass *analysis.Pass, s *settings) *run {
	return &run{pass: pass, s: s, insp: pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)}
}

func (r *run) run() error {
	checks := []struct {
		cat Category
		fn  func() error
	}{
		{HardcodedKey, r.checkHardcoded},
		{BearerScheme, r.checkBearer},
		{KeySource, r.checkSource},
		{FrontendKey, r.checkFrontend},
		{KeyExposure, r.checkExposure},
	}
	for _, c := range checks {
		if !r.s.enabled[c.cat] {
			continue
		}
		if err := r.guard(c.cat, c.fn); err != nil {
			return err
		}
	}
	if factsOn(r.pass.Analyzer) {
		r.exportUseFacts()
	}
	r.reportBareDirectives()
	return nil
}

// guard runs one check and turns a panic in it into an error naming the
// check and the package: the driver then reports one line for this package
// and goes on with the others, instead of the whole run dying with a stack
// trace.
func (r *run) guard(cat Category, fn func() error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("internal error in %s on package %s: %v (please report it)", cat, r.pass.Pkg.Path(), p)
		}
	}()
	return fn()
}

var (
	_ flag.Value = checksFlag{}
	_ flag.Value = crossFlag{}
	_ flag.Value = redactorsFlag{}
	_ flag.Value = factsFlag{}
)
