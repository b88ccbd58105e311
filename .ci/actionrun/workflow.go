package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// printWorkflow writes the composite action at path as an equivalent
// reusable workflow: its inputs become workflow_call inputs of type string,
// its steps the steps of one job.
func printWorkflow(w io.Writer, path string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	action, err := parseYAML(string(src))
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	runs := action.sub("runs")
	if runs == nil || runs.str("using") != "composite" {
		return fmt.Errorf("%s: not a composite action", path)
	}
	q := strconv.Quote // a JSON string is a YAML double-quoted scalar
	var b strings.Builder
	fmt.Fprintf(&b, "# generated from %s by .ci/actionrun -workflow\nname: %s\non:\n  workflow_call:\n", path, q(action.str("name")))
	if in := action.sub("inputs"); in != nil && len(in.keys) > 0 {
		b.WriteString("    inputs:\n")
		for _, name := range in.keys {
			m := in.sub(name)
			fmt.Fprintf(&b, "      %s:\n        description: %s\n        type: string\n        required: false\n        default: %s\n",
				name, q(m.str("description")), q(m.str("default")))
		}
	}
	b.WriteString("permissions:\n  contents: read\n  security-events: write\njobs:\n  action:\n    runs-on: ubuntu-latest\n    steps:\n")
	steps, _ := runs.get("steps").([]any)
	for _, s := range steps {
		step := s.(*mapping)
		first := true
		for _, k := range step.keys {
			lead := "        "
			if first {
				lead = "      - "
				first = false
			}
			switch v := step.get(k).(type) {
			case string:
				if k == "run" {
					fmt.Fprintf(&b, "%s%s: |\n", lead, k)
					for _, l := range strings.Split(strings.TrimSuffix(v, "\n"), "\n") {
						if l == "" {
							b.WriteString("\n")
						} else {
							b.WriteString("          " + l + "\n")
						}
					}
					continue
				}
				fmt.Fprintf(&b, "%s%s: %s\n", lead, k, q(v))
			case *mapping:
				fmt.Fprintf(&b, "%s%s:\n", lead, k)
				for _, kk := range v.keys {
					fmt.Fprintf(&b, "          %s: %s\n", kk, q(v.str(kk)))
				}
			default:
				return fmt.Errorf("step key %s: unsupported value", k)
			}
		}
	}
	_, err = io.WriteString(w, b.String())
	return err
}
