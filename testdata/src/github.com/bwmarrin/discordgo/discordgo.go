// Package discordgo is a stub of github.com/bwmarrin/discordgo for tests.
package discordgo

// Session is a Discord session; Token holds the token New was given.
type Session struct {
	Token     string
	UserAgent string
}

// New returns a session that sends args[0] verbatim in Authorization.
func New(args ...interface{}) (*Session, error) {
	s := &Session{}
	if len(args) > 0 {
		s.Token, _ = args[0].(string)
	}
	return s, nil
}
