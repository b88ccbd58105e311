// Package cli is a stub of a fork of urfave/cli under another path: the
// same Context.String(name) and StringFlag{Name, EnvVars, Destination}.
package cli

// Context is a command's context.
type Context struct{}

// String returns the value of the named flag.
func (c *Context) String(name string) string { return "" }

// Args returns the command's arguments.
func (c *Context) Args() []string { return nil }

// StringFlag is a string flag.
type StringFlag struct {
	Name        string
	EnvVars     []string
	Destination *string
}
