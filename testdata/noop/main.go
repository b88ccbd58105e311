// Command noop is a no-op analyzer run through singlechecker.Main: it loads
// and type-checks the named packages exactly as apikeylint does, then does
// nothing. It is the load-and-type-check floor for .ci/bench.sh.
//
//	go build -o noop ./testdata/noop
//
// The go/analysis checker picks its load mode from the analyzers: with no
// fact types it parses and type-checks only the named packages and reads
// their dependencies from compiler export data (packages.LoadSyntax); as
// soon as one analyzer declares a fact type it parses and type-checks every
// dependency from source too (packages.LoadAllSyntax). apikeylint declares a
// fact, so its fair floor is the second mode: set NOOP_FACTS=1 to declare an
// (unused) fact type and get it. NOOP_INSPECT=1 makes it require the
// inspect pass, as apikeylint does: the floor of an inspector-based analyzer.
package main

import (
	"os"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/analysis/singlechecker"
)

var analyzer = &analysis.Analyzer{
	Name: "noop",
	Doc:  "noop does nothing; it measures package loading and type-checking alone",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}

// noopFact is never exported; declaring it only switches the load mode.
type noopFact struct{}

func (*noopFact) AFact() {}

func main() {
	if os.Getenv("NOOP_FACTS") == "1" {
		analyzer.FactTypes = []analysis.Fact{new(noopFact)}
	}
	if os.Getenv("NOOP_INSPECT") == "1" {
		// The floor of an analyzer built on the inspector, as apikeylint
		// and most of x/tools' passes are: each package's inspector is
		// built (and allocated, which can cost a garbage collection of the
		// whole loaded program).
		analyzer.Requires = []*analysis.Analyzer{inspect.Analyzer}
	}
	singlechecker.Main(analyzer)
}
