// Package glog is a minimal stub of github.com/golang/glog for tests.
package glog

type Level int32

type Verbose bool

func V(level Level) Verbose                        { return false }
func (v Verbose) Info(args ...any)                 {}
func (v Verbose) Infof(format string, args ...any) {}
func Info(args ...any)                             {}
func Infof(format string, args ...any)             {}
func Warningf(format string, args ...any)          {}
func Errorf(format string, args ...any)            {}
func Exitf(format string, args ...any)             {}
func Flush()                                       {}
