// Package cli is a stub of github.com/urfave/cli/v2 for tests.
package cli

type Context struct{}

func (*Context) String(name string) string { return "" }

type StringFlag struct {
	Name        string
	Usage       string
	Destination *string
	EnvVars     []string
}

type App struct {
	Flags  []any
	Action func(*Context) error
}
