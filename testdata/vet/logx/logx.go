// Package logx is a logging helper of the fixture module: Debug writes its
// value to the log, so a key passed to it is exposed there (key-exposure,
// through the summary of this package's source).
package logx

import "log"

// Debug logs a label and a value.
func Debug(label, value string) {
	log.Printf("%s=%s", label, value)
}
