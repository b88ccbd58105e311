package source

import (
	"flag"
	"net/http"
	"os"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"
)

// A flag whose name says key is a key read from the command line.
var wavespeedKey = flag.String("wavespeed-key", "", "WaveSpeed API key") // want `^key-source: WaveSpeed API key read from command-line flag -wavespeed-key \(visible in ps and shell history\); read it from the environment: os.Getenv\("WAVESPEED_API_KEY"\)$`
var wavespeedKeyOK = os.Getenv("WAVESPEED_API_KEY")

// A flag with a neutral name is a key when it reaches one.
var k = flag.String("k", "", "the key") // want `^key-source: API key read from command-line flag -k \(visible in ps and shell history\); read it from the environment: os.Getenv\("API_KEY"\)$`
var kOK = os.Getenv("WAVESPEED_API_KEY")

func neutralFlag() { use(NewClient(*k), NewClient(kOK)) }

// Flags that feed URLs and bodies are not keys.
var baseURL = flag.String("base-url", "https://api.wavespeed.ai", "API base URL")
var keyFile = flag.String("api-key-file", "", "file holding the key (a path, not a key)")

func urlFlag() (*http.Request, error) {
	return http.NewRequest("GET", *baseURL+"/api/v3/predictions", nil)
}

// StringVar into a key-named variable.
func stringVar() {
	var apiKey, region string
	flag.StringVar(&apiKey, "key", "", "") // want `key-source: API key read from command-line flag -key`
	flag.StringVar(&region, "region", "", "")
	apiKeyOK := os.Getenv("WAVESPEED_API_KEY")
	use(apiKey, region, apiKeyOK)
}

// FlagSet methods.
func flagSet(args []string) {
	fs := flag.NewFlagSet("gen", flag.ExitOnError)
	tok := fs.String("wavespeed-token", "", "") // want `key-source: WaveSpeed API key read from command-line flag -wavespeed-token`
	model := fs.String("model", "", "")
	fs.Parse(args)
	use(tok, model)
}

// flag.Var with a custom value.
type secretValue struct{ s string }

func (v *secretValue) String() string     { return v.s }
func (v *secretValue) Set(s string) error { v.s = s; return nil }

func flagVar() {
	var v, name secretValue
	flag.Var(&v, "openai-api-key", "") // want `key-source: OpenAI API key read from command-line flag -openai-api-key \(visible in ps and shell history\); read it from the environment: os.Getenv\("OPENAI_API_KEY"\)`
	flag.Var(&name, "name", "")
	use(NewClient(name.String()+"-suffix") == nil)
}

// os.Args and flag.Arg.
func osArgs() {
	c := NewClient(os.Args[1]) // want `key-source: API key read from the command line \(visible in ps and shell history\); read it from the environment: os.Getenv\("API_KEY"\)`
	cOK := NewClient(os.Getenv("WAVESPEED_API_KEY"))
	f, _ := os.Open(os.Args[2]) // an input path, not a key
	use(c, cOK, f)
}

func flagArg() {
	c := NewClient(flag.Arg(0)) // want `key-source: API key read from the command line`
	cOK := NewClient(os.Getenv("WAVESPEED_API_KEY"))
	use(c, cOK, flag.Arg(1))
}

// pflag and cobra.
func cobraCmd() *cobra.Command {
	var apiKey, model string
	cmd := &cobra.Command{
		Use: "gen",
		Run: func(cmd *cobra.Command, args []string) { // want `key-source: API key read from the command line`
			c := NewClient(args[0])
			use(c, model)
		},
	}
	cmd.Flags().StringVar(&apiKey, "wavespeed-api-key", "", "") // want `key-source: WaveSpeed API key read from command-line flag -wavespeed-api-key`
	cmd.Flags().StringVar(&model, "model", "", "")
	return cmd
}

func cobraOK() *cobra.Command {
	return &cobra.Command{
		Use: "gen",
		Run: func(cmd *cobra.Command, args []string) {
			c := NewClient(os.Getenv("WAVESPEED_API_KEY"))
			use(c, args[0])
		},
	}
}

func pflags(cmd *cobra.Command) {
	t := pflag.StringP("token", "t", "", "") // want `key-source: API key read from command-line flag -token`
	m := pflag.StringP("model", "m", "", "")
	s, _ := cmd.Flags().GetString("secret") // want `key-source: API key read from command-line flag -secret`
	n, _ := cmd.Flags().GetString("name")
	use(t, m, s, n)
}

// viper getters: config values.
func viperGet() {
	key := viper.GetString("wavespeed.api_key") // want `key-source: WaveSpeed API key read from config key "wavespeed.api_key" \(such files get committed, copied into images and shared\)`
	url := viper.GetString("wavespeed.base_url")
	v := viper.New()
	c := NewClient(v.GetString("auth")) // want `key-source: API key read from config key "auth"`
	use(key, url, c)
}
