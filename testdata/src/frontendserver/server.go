// Package frontendserver is the frontend-key fixture for keys handed to
// clients: the server's own key written to an HTTP response (header, body,
// JSON, template data), each beside the same handler without the key, and
// the server's legitimate uses of its key for its own outgoing requests.
package frontendserver

import (
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"net/http"
	"os"
)

type Server struct {
	client *http.Client
	apiKey string
	model  string
}

func New() *Server {
	return &Server{client: http.DefaultClient, apiKey: os.Getenv("WAVESPEED_API_KEY"), model: "wavespeed-ai/flux-dev"}
}

// Good: the server uses its key for its own outgoing request.
func (s *Server) generate(w http.ResponseWriter, r *http.Request) {
	req, _ := http.NewRequest("POST", "https://api.wavespeed.ai/api/v3/"+s.model, r.Body)
	req.Header.Set("Authorization", "Bearer "+s.apiKey)
	resp, err := s.client.Do(req)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.Header().Set("Content-Type", "application/json")
	io.Copy(w, resp.Body)
}

// Bad: the key in a response header.
func (s *Server) header(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-WaveSpeed-Key", s.apiKey)  // want `frontend-key: API key from apiKey set in an HTTP response header reaches every client; keep the key on the server and make the API call there`
	w.Header()["X-Api-Key"] = []string{s.apiKey} // want `API key from apiKey set in an HTTP response header`
}

// Good: a non-secret header.
func (s *Server) headerOK(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-WaveSpeed-Model", s.model)
	w.Header()["X-Model"] = []string{s.model}
}

// Bad: the key in the body.
func (s *Server) body(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "key=%s\n", s.apiKey)               // want `API key from apiKey written to the HTTP response`
	w.Write([]byte(os.Getenv("OPENAI_API_KEY")))       // want `API key from OPENAI_API_KEY written to the HTTP response`
	io.WriteString(w, "Bearer "+os.Getenv("HF_TOKEN")) // want `API key from HF_TOKEN written to the HTTP response`
}

// Good: the same writes without the key.
func (s *Server) bodyOK(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "model=%s\n", s.model)
	w.Write([]byte(os.Getenv("APP_VERSION")))
	io.WriteString(w, "ok "+os.Getenv("REGION"))
}

type publicConfig struct {
	APIKey  string `json:"apiKey"`
	BaseURL string `json:"baseURL"`
}

type serverConfig struct {
	APIKey  string `json:"-"`
	BaseURL string `json:"baseURL"`
}

// Bad: a config endpoint that hands the browser the key.
func (s *Server) config(w http.ResponseWriter, r *http.Request) {
	json.NewEncoder(w).Encode(map[string]string{"apiKey": s.apiKey, "model": s.model}) // want `API key from apiKey encoded into the HTTP response`
}

// Good: the same endpoint without it.
func (s *Server) configOK(w http.ResponseWriter, r *http.Request) {
	json.NewEncoder(w).Encode(map[string]string{"model": s.model})
}

// Bad: a struct with the key field set from the environment.
func configStruct(w http.ResponseWriter, r *http.Request) {
	cfg := publicConfig{BaseURL: "/api"}
	cfg.APIKey = os.Getenv("WAVESPEED_API_KEY")
	enc := json.NewEncoder(w)
	enc.Encode(cfg) // want `API key from WAVESPEED_API_KEY encoded into the HTTP response`
}

// Good: the key field is tagged json:"-" and never encoded.
func configStructHidden(w http.ResponseWriter, r *http.Request) {
	cfg := serverConfig{BaseURL: "/api"}
	cfg.APIKey = os.Getenv("WAVESPEED_API_KEY")
	enc := json.NewEncoder(w)
	enc.Encode(cfg)
}

// Bad: marshalled, then written.
func (s *Server) marshal(w http.ResponseWriter, r *http.Request) {
	b, _ := json.Marshal(&publicConfig{APIKey: s.apiKey, BaseURL: "/api"})
	w.Write(b) // want `API key from apiKey written to the HTTP response`
}

// Good: the hidden field is not marshalled.
func (s *Server) marshalOK(w http.ResponseWriter, r *http.Request) {
	b, _ := json.Marshal(&serverConfig{APIKey: s.apiKey, BaseURL: "/api"})
	w.Write(b)
}

var page = template.Must(template.New("page").Parse(`<script>const key = "{{.Key}}";</script>`))

// Bad: template data with the key, executed to the response.
func (s *Server) render(w http.ResponseWriter, r *http.Request) {
	page.Execute(w, map[string]any{"Key": s.apiKey, "Model": s.model}) // want `API key from apiKey passed to a template rendered to the HTTP response`
}

// Good: the same page without the key.
func (s *Server) renderOK(w http.ResponseWriter, r *http.Request) {
	page.Execute(w, map[string]any{"Model": s.model})
}

// Good: a key-management endpoint returns the user's newly created key on
// purpose; a key-named local of unknown origin is not the server's key.
func createKey(w http.ResponseWriter, r *http.Request) {
	apiKey := newRandomKey()
	json.NewEncoder(w).Encode(map[string]string{"apiKey": apiKey})
}

func newRandomKey() string { return "generated" }

// Good: a key written somewhere other than the response.
func (s *Server) logKeyLength(w http.ResponseWriter) {
	fmt.Fprintf(io.Discard, "%d", len(s.apiKey))
	fmt.Fprintln(w, "ok")
}

// The key reaches the response through a helper's parameter and result,
// names that say nothing of keys: the value-flow layer follows it.
func settingsFromEnv() string { return os.Getenv("WAVESPEED_API_KEY") }

func echo(w http.ResponseWriter, v string) {
	w.Write([]byte(v)) // want `API key from WAVESPEED_API_KEY written to the HTTP response`
}

func (s *Server) handleSettings(w http.ResponseWriter, r *http.Request) {
	echo(w, settingsFromEnv())
	echo(w, os.Getenv("REGION"))
}
