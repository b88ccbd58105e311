// Package app serves pages through web: the server's key passed to a
// function that writes it into the response reaches every client.
package app

import (
	"net/http"
	"os"

	"frontendcross/web"
)

func handler(w http.ResponseWriter, r *http.Request) {
	key := os.Getenv("WAVESPEED_API_KEY")
	web.Render(w, "home", key) // want `frontend-key: API key from WAVESPEED_API_KEY passed to web.Render, which writes it to the HTTP response \(web.go:13\)`
	web.Render(w, "home", os.Getenv("SITE_NAME"))
	web.Log("home", key)
}
