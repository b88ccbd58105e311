// Package web is a package of the user's code: Render writes its value
// into the HTTP response, Log does not.
package web

import (
	"fmt"
	"log"
	"net/http"
)

// Render writes a page with the value in it.
func Render(w http.ResponseWriter, title, value string) {
	fmt.Fprintf(w, "<h1>%s</h1><script>const cfg = %q</script>", title, value)
}

// Log logs a title.
func Log(title, value string) { log.Println(title) }
