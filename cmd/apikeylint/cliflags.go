package main

import (
	"flag"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/apikeylint/apikeylint/cmd/apikeylint/internal/buildinfo"
)

// cliFlag is one of the command's own flags: handled by main, removed
// before the driver parses the rest.
type cliFlag struct {
	takesValue bool
	usage      string
}

// cliFlags are the command's own flags (TestKnownFlags expects -help to
// list them with the driver's).
var cliFlags = map[string]cliFlag{
	"version":         {false, "print the apikeylint module version and the Go version, and exit"},
	"format":          {true, "output format: text, json, sarif (SARIF 2.1.0 for code scanning) or github (workflow-command annotations); exit status 3 on findings in every format"},
	"baseline":        {true, "report only findings that are not recorded in this baseline file"},
	"update-baseline": {false, "with -baseline=FILE, record the current findings in FILE instead of reporting them"},
}

// Output formats for -format.
var formats = []string{"text", "json", "sarif", "github"}

// cliOptions are the values of the command's own flags, and of the driver
// flags that the structured output path needs to see.
type cliOptions struct {
	version        bool
	format         string // "" when -format was not given
	baseline       string
	updateBaseline bool

	driverJSON bool // -json: the driver's JSON, exit status 0
	fix        bool // -fix or -diff
	verbose    bool // -v
	context    int  // -c=N, -1 when not given
}

// structured reports whether the run must go through the -json path
// (runStructured): JSON, SARIF or GitHub output, or a baseline.
func (o cliOptions) structured() bool {
	return (o.format != "" && o.format != "text") || o.baseline != ""
}

// outputFormat is the format the structured path prints.
func (o cliOptions) outputFormat() string {
	switch {
	case o.format != "":
		return o.format
	case o.driverJSON:
		return "json"
	}
	return "text"
}

// parseCLIFlags takes the command's own flags out of args (checkFlags has
// checked the names) and returns their values and the remaining arguments
// for the driver.
func parseCLIFlags(args []string) (opts cliOptions, rest []string, err error) {
	opts.context = -1
	flags, _ := splitArgs(args)
	tail := args[len(flags):]
	for i := 0; i < len(flags); i++ {
		arg := flags[i]
		name, val, hasVal := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		f, own := cliFlags[name]
		if !own {
			rest = append(rest, arg)
			if !hasVal && takesValue(name) && i+1 < len(flags) {
				i++
				val, hasVal = flags[i], true
				rest = append(rest, val)
			}
			switch name {
			case "json", "fix", "diff", "v":
				on := true
				if hasVal {
					on, _ = strconv.ParseBool(val)
				}
				switch name {
				case "json":
					opts.driverJSON = on
				case "v":
					opts.verbose = on
				default:
					opts.fix = opts.fix || on
				}
			case "c":
				if n, err := strconv.Atoi(val); err == nil {
					opts.context = n
				}
			}
			continue
		}
		if f.takesValue && !hasVal {
			if i+1 >= len(flags) {
				return opts, nil, fmt.Errorf("flag -%s needs a value", name)
			}
			i++
			val = flags[i]
		}
		on := true
		if !f.takesValue && hasVal {
			if on, err = strconv.ParseBool(val); err != nil {
				return opts, nil, fmt.Errorf("flag -%s: want true or false, not %q", name, val)
			}
		}
		switch name {
		case "version":
			opts.version = on
		case "update-baseline":
			opts.updateBaseline = on
		case "format":
			if !slices.Contains(formats, val) {
				return opts, nil, fmt.Errorf("flag -format: unknown format %q (want %s)", val, strings.Join(formats, ", "))
			}
			opts.format = val
		case "baseline":
			if val == "" {
				return opts, nil, fmt.Errorf("flag -baseline needs a file name")
			}
			opts.baseline = val
		}
	}
	switch {
	case opts.updateBaseline && opts.baseline == "":
		return opts, nil, fmt.Errorf("flag -update-baseline needs -baseline=FILE")
	case opts.driverJSON && opts.format != "" && opts.format != "json":
		return opts, nil, fmt.Errorf("flags -json and -format=%s conflict (-json is the driver's JSON; use one of them)", opts.format)
	case opts.fix && opts.structured():
		return opts, nil, fmt.Errorf("flags -fix and -diff work only with -format=text and without -baseline")
	}
	return opts, append(rest, tail...), nil
}

// helpAsked reports whether the driver is about to print its usage.
func helpAsked(args []string) bool {
	flags, _ := splitArgs(args)
	for _, f := range flags {
		switch strings.TrimLeft(f, "-") {
		case "h", "help":
			return true
		}
	}
	return false
}

// registerCLIFlags adds the command's own flags to the flag set the driver
// prints with -help. It is called for -help only: go vet's -flags query
// must list the driver's flags alone, since go vet cannot pass ours on.
func registerCLIFlags() {
	for _, name := range slices.Sorted(func(yield func(string) bool) {
		for n := range cliFlags {
			if !yield(n) {
				return
			}
		}
	}) {
		f := cliFlags[name]
		if f.takesValue {
			flag.String(name, "", f.usage)
		} else {
			flag.Bool(name, false, f.usage)
		}
	}
}

// versionLine is what -version prints: the command module's version, the
// analyzer module's when it differs, and the Go version.
func versionLine() string {
	v, av, goVersion := buildinfo.Versions()
	line := "apikeylint " + v
	if av != "" {
		line += " (analyzer " + av + ")"
	}
	return line + " " + goVersion
}
