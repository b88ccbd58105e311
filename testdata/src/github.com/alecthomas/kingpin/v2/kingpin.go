// Package kingpin is a stub of github.com/alecthomas/kingpin/v2 for tests.
package kingpin

type FlagClause struct{}

func Flag(name, help string) *FlagClause            { return &FlagClause{} }
func (f *FlagClause) Required() *FlagClause         { return f }
func (f *FlagClause) Envar(name string) *FlagClause { return f }
func (f *FlagClause) String() *string               { return new(string) }
func (f *FlagClause) StringVar(target *string)      {}
