// Package zap is a minimal stub of go.uber.org/zap for tests.
package zap

import "go.uber.org/zap/zapcore"

// Field is zapcore.Field, as in zap.
type Field = zapcore.Field

func String(key string, val string) Field   { return Field{Key: key, String: val} }
func ByteString(key string, v []byte) Field { return Field{Key: key} }
func Int(key string, val int) Field         { return Field{Key: key, Integer: int64(val)} }
func Bool(key string, val bool) Field       { return Field{Key: key} }
func Any(key string, val any) Field         { return Field{Key: key, Interface: val} }

type Logger struct{}

func NewExample() *Logger { return &Logger{} }
func L() *Logger          { return &Logger{} }
func S() *SugaredLogger   { return &SugaredLogger{} }

func (l *Logger) Debug(msg string, fields ...Field)   {}
func (l *Logger) Info(msg string, fields ...Field)    {}
func (l *Logger) Warn(msg string, fields ...Field)    {}
func (l *Logger) Error(msg string, fields ...Field)   {}
func (l *Logger) Fatal(msg string, fields ...Field)   {}
func (l *Logger) With(fields ...Field) *Logger        { return l }
func (l *Logger) Named(s string) *Logger              { return l }
func (l *Logger) Sugar() *SugaredLogger               { return &SugaredLogger{} }
func (l *Logger) Sync() error                         { return nil }
func (s *SugaredLogger) Desugar() *Logger             { return &Logger{} }
func (s *SugaredLogger) Info(args ...any)             {}
func (s *SugaredLogger) Infof(t string, args ...any)  {}
func (s *SugaredLogger) Infow(msg string, kv ...any)  {}
func (s *SugaredLogger) Infoln(args ...any)           {}
func (s *SugaredLogger) Errorf(t string, a ...any)    {}
func (s *SugaredLogger) Errorw(msg string, kv ...any) {}
func (s *SugaredLogger) With(args ...any) *SugaredLogger {
	return s
}

type SugaredLogger struct{}
