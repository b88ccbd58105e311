// Package klog is a minimal stub of k8s.io/klog/v2 for tests.
package klog

type Level int32

type Verbose struct{ enabled bool }

func V(level Level) Verbose                              { return Verbose{} }
func (v Verbose) Enabled() bool                          { return v.enabled }
func (v Verbose) Info(args ...any)                       {}
func (v Verbose) Infof(format string, args ...any)       {}
func (v Verbose) InfoS(msg string, keysAndValues ...any) {}
func Info(args ...any)                                   {}
func Infof(format string, args ...any)                   {}
func InfoS(msg string, keysAndValues ...any)             {}
func InfoDepth(depth int, args ...any)                   {}
func Warningf(format string, args ...any)                {}
func Errorf(format string, args ...any)                  {}
func ErrorS(err error, msg string, keysAndValues ...any) {}
func Fatalf(format string, args ...any)                  {}
func Flush()                                             {}
func KObj(obj any) string                                { return "" }
