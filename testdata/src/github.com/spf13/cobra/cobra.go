// Package cobra is a test stub of github.com/spf13/cobra.
package cobra

import "github.com/spf13/pflag"

type Command struct {
	Use  string
	Args func(cmd *Command, args []string) error
	Run  func(cmd *Command, args []string)
	RunE func(cmd *Command, args []string) error
}

func (c *Command) Flags() *pflag.FlagSet           { return pflag.CommandLine }
func (c *Command) PersistentFlags() *pflag.FlagSet { return pflag.CommandLine }
func (c *Command) Flag(name string) *pflag.Flag    { return nil }
func (c *Command) Execute() error                  { return nil }

func ExactArgs(n int) func(cmd *Command, args []string) error { return nil }
