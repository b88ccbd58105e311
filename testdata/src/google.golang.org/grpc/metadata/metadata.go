// Package metadata is a stub of google.golang.org/grpc/metadata for the
// bearer-scheme fixtures: the same names and signatures, trivial bodies.
package metadata

import "context"

// MD is a mapping from metadata keys to values.
type MD map[string][]string

// New creates an MD from a map.
func New(m map[string]string) MD {
	md := MD{}
	for k, v := range m {
		md[k] = append(md[k], v)
	}
	return md
}

// Pairs returns an MD formed by the mapping of key, value pairs.
func Pairs(kv ...string) MD {
	md := MD{}
	for i := 0; i+1 < len(kv); i += 2 {
		md[kv[i]] = append(md[kv[i]], kv[i+1])
	}
	return md
}

// Set sets the value of a given key with a slice of values.
func (md MD) Set(k string, vals ...string) { md[k] = vals }

// Append adds the values to key k.
func (md MD) Append(k string, vals ...string) { md[k] = append(md[k], vals...) }

// NewOutgoingContext attaches md to ctx.
func NewOutgoingContext(ctx context.Context, md MD) context.Context { return ctx }

// AppendToOutgoingContext returns a new context with the provided kv merged
// with any existing metadata in the context.
func AppendToOutgoingContext(ctx context.Context, kv ...string) context.Context { return ctx }
