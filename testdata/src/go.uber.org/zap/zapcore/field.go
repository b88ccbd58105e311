// Package zapcore is a minimal stub of go.uber.org/zap/zapcore for tests.
package zapcore

// Field is a key and a value.
type Field struct {
	Key       string
	String    string
	Integer   int64
	Interface any
}
