package source

import (
	"flag"
	"fmt"
	"net/http"
	"os"
	"strings"
)

// Locals and conversions.
var f1 = flag.String("f1", "", "") // want `key-source: API key read from command-line flag -f1`

func locals() {
	a := *f1
	b := []byte(a)
	c := strings.TrimSpace(string(b))
	use(WithAPIKey(c))
	aOK := os.Getenv("WAVESPEED_API_KEY")
	bOK := []byte(aOK)
	use(WithAPIKey(strings.TrimSpace(string(bOK))))
}

// Concatenation into a header.
var f2 = flag.String("f2", "", "") // want `key-source: API key read from command-line flag -f2`

func concat(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+*f2)
	req.Header.Set("Authorization", "Bearer "+os.Getenv("WAVESPEED_API_KEY"))
	req.Header.Set("X-Request-Id", "id-"+*f2)
}

// fmt.Sprintf into a header map.
var f3 = flag.String("f3", "", "") // want `key-source: API key read from command-line flag -f3`

func sprintf() {
	h := map[string]string{"Authorization": fmt.Sprintf("Bearer %s", *f3)}
	hOK := map[string]string{"Authorization": fmt.Sprintf("Bearer %s", os.Getenv("WAVESPEED_API_KEY"))}
	use(h, hOK)
}

// A field written in a constructor and read in a method.
type service struct{ cred string }

func newService(c string) *service { return &service{cred: c} }

func (s *service) do(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+s.cred)
}

var f4 = flag.String("f4", "", "") // want `key-source: API key read from command-line flag -f4`

func fields() { use(newService(*f4)) }

type envService struct{ cred string }

func newEnvService(c string) *envService { return &envService{cred: c} }

func (s *envService) do(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+s.cred)
}

func fieldsOK() { use(newEnvService(os.Getenv("WAVESPEED_API_KEY"))) }

// Function results.
func readKeyFile() string {
	b, _ := os.ReadFile("key.txt") // want `key-source: API key read from a file`
	return string(b)
}

func readKeyEnv() string { return os.Getenv("WAVESPEED_API_KEY") }

func results() { use(NewClient(readKeyFile()), NewClient(readKeyEnv())) }

// A key-named function returning a flag.
var f5 = flag.String("f5", "", "") // want `key-source: WaveSpeed API key read from command-line flag -f5`

func wavespeedAPIKey() string { return *f5 }

func wavespeedAPIKeyOK() string { return os.Getenv("WAVESPEED_API_KEY") }

// Closures.
func closures() {
	get := func() string { return flag.Arg(3) } // want `key-source: API key read from the command line`
	getOK := func() string { return os.Getenv("WAVESPEED_API_KEY") }
	use(NewClient(get()), NewClient(getOK()))
}

var f6 = flag.String("f6", "", "") // want `key-source: API key read from command-line flag -f6`

func capture() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		req, _ := http.NewRequest("GET", "https://api.wavespeed.ai", nil)
		req.Header.Set("Authorization", "Bearer "+*f6)
		req.Header.Set("Authorization", "Bearer "+os.Getenv("WAVESPEED_API_KEY"))
	})
}

// os.ExpandEnv of a config value is the environment.
func expand() {
	data, _ := os.ReadFile("config.json")
	use(NewClient(os.ExpandEnv(string(data))))
}

// Suppressed with a reason.
var f7 = flag.String("wavespeed-key-7", "", "") //apikeylint:ignore local dev tool, key typed by hand

// A helper's result carries its argument's source at each call, not every
// caller's: parsing a file through consume does not make consume("x") a key.
func consume(v string) string { return strings.TrimSpace(v) }

func perCall() {
	b, _ := os.ReadFile("mime.types")
	use(consume(string(b)))
	token := consume("Bearer x")
	k, _ := os.ReadFile("wavespeed.key") // want `key-source: WaveSpeed API key read from a file`
	wavespeedAPIKey := consume(string(k))
	use(token, wavespeedAPIKey)
}
