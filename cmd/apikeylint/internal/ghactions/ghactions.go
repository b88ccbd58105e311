// Package ghactions writes GitHub Actions workflow commands: the
// `::error file=…,line=…::message` lines that the runner turns into
// annotations on a pull request's diff, on every plan (unlike SARIF, which
// needs code scanning). Both `apikeylint -format=github` and
// `apikeylint commits --format github` print them.
//
// Escaping follows the runner's rules for workflow commands: in the
// message (the data) %, CR and LF become %25, %0D and %0A; in a property
// value, : and , become %3A and %2C as well.
package ghactions

import (
	"cmp"
	"strconv"
	"strings"
)

// Levels of an annotation.
const (
	Error   = "error"
	Warning = "warning"
	Notice  = "notice"
)

var (
	dataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	propertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

// EscapeData escapes a workflow command's message.
func EscapeData(s string) string { return dataEscaper.Replace(s) }

// EscapeProperty escapes a workflow command's property value.
func EscapeProperty(s string) string { return propertyEscaper.Replace(s) }

// Annotation is one finding as a workflow command.
type Annotation struct {
	Level     string // Error, Warning or Notice; "" means Error
	File      string // relative to the repository root, slash-separated
	Line, Col int    // 1-based; 0 leaves the property out
	EndLine   int
	EndColumn int
	Title     string
	Message   string
}

// String is the annotation's workflow command, without a newline:
// ::level file=F,line=L,col=C,endLine=E,endColumn=EC,title=T::message.
func (a Annotation) String() string {
	var b strings.Builder
	b.WriteString("::")
	b.WriteString(cmp.Or(a.Level, Error))
	var props []string
	add := func(name, value string) {
		if value != "" {
			props = append(props, name+"="+EscapeProperty(value))
		}
	}
	num := func(n int) string {
		if n <= 0 {
			return ""
		}
		return strconv.Itoa(n)
	}
	add("file", a.File)
	add("line", num(a.Line))
	add("col", num(a.Col))
	add("endLine", num(a.EndLine))
	add("endColumn", num(a.EndColumn))
	add("title", a.Title)
	if len(props) > 0 {
		b.WriteByte(' ')
		b.WriteString(strings.Join(props, ","))
	}
	b.WriteString("::")
	b.WriteString(EscapeData(a.Message))
	return b.String()
}
