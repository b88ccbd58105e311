// Package logrus is a minimal stub of github.com/sirupsen/logrus for tests.
package logrus

// Fields are a log entry's fields.
type Fields map[string]any

type Logger struct{}

type Entry struct{ Logger *Logger }

func New() *Logger                                 { return &Logger{} }
func StandardLogger() *Logger                      { return &Logger{} }
func Info(args ...any)                             {}
func Infof(format string, args ...any)             {}
func Println(args ...any)                          {}
func Warnf(format string, args ...any)             {}
func Errorf(format string, args ...any)            {}
func WithField(key string, value any) *Entry       { return &Entry{} }
func WithFields(fields Fields) *Entry              { return &Entry{} }
func WithError(err error) *Entry                   { return &Entry{} }
func (l *Logger) Info(args ...any)                 {}
func (l *Logger) Warn(args ...any)                 {}
func (l *Logger) Infof(format string, args ...any) {}
func (l *Logger) WithField(k string, v any) *Entry { return &Entry{} }
func (l *Logger) WithFields(fields Fields) *Entry  { return &Entry{} }
func (l *Logger) SetLevel(level uint32)            {}
func (e *Entry) Info(args ...any)                  {}
func (e *Entry) Infof(format string, args ...any)  {}
func (e *Entry) Error(args ...any)                 {}
func (e *Entry) WithField(k string, v any) *Entry  { return e }
func (e *Entry) WithFields(fields Fields) *Entry   { return e }
