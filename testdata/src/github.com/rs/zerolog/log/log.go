// Package log is a minimal stub of github.com/rs/zerolog/log for tests.
package log

import "github.com/rs/zerolog"

var Logger zerolog.Logger

func Info() *zerolog.Event           { return Logger.Info() }
func Error() *zerolog.Event          { return Logger.Error() }
func Printf(format string, v ...any) {}
func Print(v ...any)                 {}
