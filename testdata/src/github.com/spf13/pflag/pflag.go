// Package pflag is a test stub of github.com/spf13/pflag: only the
// signatures the key-source check matches.
package pflag

type Value interface {
	String() string
	Set(string) error
	Type() string
}

type Flag struct {
	Name  string
	Value Value
}

type FlagSet struct{}

func NewFlagSet(name string) *FlagSet { return &FlagSet{} }

func (f *FlagSet) String(name, value, usage string) *string                   { return new(string) }
func (f *FlagSet) StringP(name, shorthand, value, usage string) *string       { return new(string) }
func (f *FlagSet) StringVar(p *string, name, value, usage string)             {}
func (f *FlagSet) StringVarP(p *string, name, shorthand, value, usage string) {}
func (f *FlagSet) Var(value Value, name, usage string)                        {}
func (f *FlagSet) GetString(name string) (string, error)                      { return "", nil }
func (f *FlagSet) Int(name string, value int, usage string) *int              { return new(int) }
func (f *FlagSet) Lookup(name string) *Flag                                   { return nil }
func (f *FlagSet) Arg(i int) string                                           { return "" }
func (f *FlagSet) Args() []string                                             { return nil }

var CommandLine = NewFlagSet("")

func String(name, value, usage string) *string { return CommandLine.String(name, value, usage) }
func StringP(name, shorthand, value, usage string) *string {
	return CommandLine.StringP(name, shorthand, value, usage)
}
func StringVar(p *string, name, value, usage string) { CommandLine.StringVar(p, name, value, usage) }
func StringVarP(p *string, name, shorthand, value, usage string) {
	CommandLine.StringVarP(p, name, shorthand, value, usage)
}
func Parse() {}
