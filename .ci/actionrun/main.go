// Command actionrun runs the steps of a composite action (action.yml) the
// way the GitHub Actions runner does, without GitHub: .ci/action.sh uses it
// to test apikeylint's action end to end in CI.
//
// It reads the action's inputs the way the runner hands them to an action,
// from INPUT_<NAME> environment variables (the with: of a workflow step;
// unset means the input's default), evaluates each step's if: and env:
// expressions (inputs, github, steps.<id>.outputs, runner and env
// contexts), and runs each run: step with `bash --noprofile --norc -eo
// pipefail` in the workspace, with the step's env:, GITHUB_OUTPUT,
// GITHUB_ENV, GITHUB_PATH, RUNNER_TEMP, GITHUB_WORKSPACE and
// GITHUB_ACTION_PATH as the runner sets them. A uses: step is not run: it
// is printed with its evaluated with:, and a sarif_file it names must be a
// SARIF 2.1.0 file. After a failed step, only steps whose if: calls
// always() or failure() run.
//
// It exits 0 when every step that ran succeeded, 1 when one failed, and 2
// when the action uses YAML or expressions it does not understand.
//
// With -workflow it prints the action's steps as a reusable workflow
// instead (inputs as workflow_call inputs), so that actionlint, which reads
// workflows only, can check the steps' expressions and, with shellcheck,
// their scripts.
//
// Usage:
//
//	actionrun -action action.yml -workspace DIR [-github name=value]...
//	actionrun -action action.yml -workflow
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
)

type kvFlag map[string]string

func (f kvFlag) String() string { return "" }

func (f kvFlag) Set(s string) error {
	k, v, ok := strings.Cut(s, "=")
	if !ok {
		return fmt.Errorf("want name=value, got %q", s)
	}
	f[k] = v
	return nil
}

func main() {
	action := flag.String("action", "action.yml", "the composite action's metadata file")
	workspace := flag.String("workspace", ".", "the workspace (the caller's checkout) the steps run in")
	gh := kvFlag{}
	flag.Var(gh, "github", "a github context value, as name=value (action_ref=v1, event_name=push, event.before=…); repeatable")
	asWorkflow := flag.Bool("workflow", false, "print the action's steps as a reusable workflow (for actionlint) instead of running them")
	flag.Parse()
	if *asWorkflow {
		if err := printWorkflow(os.Stdout, *action); err != nil {
			fmt.Fprintf(os.Stderr, "actionrun: %v\n", err)
			os.Exit(2)
		}
		return
	}
	ok, err := run(*action, *workspace, gh)
	switch {
	case err != nil:
		fmt.Fprintf(os.Stderr, "actionrun: %v\n", err)
		os.Exit(2)
	case !ok:
		fmt.Println("actionrun: result: failure")
		os.Exit(1)
	}
	fmt.Println("actionrun: result: success")
}

func run(actionPath, workspace string, gh map[string]string) (bool, error) {
	src, err := os.ReadFile(actionPath)
	if err != nil {
		return false, err
	}
	action, err := parseYAML(string(src))
	if err != nil {
		return false, fmt.Errorf("%s: %w", actionPath, err)
	}
	runs := action.sub("runs")
	if runs == nil || runs.str("using") != "composite" {
		return false, fmt.Errorf("%s: not a composite action", actionPath)
	}
	steps, _ := runs.get("steps").([]any)
	if len(steps) == 0 {
		return false, fmt.Errorf("%s: no steps", actionPath)
	}
	workspace, err = filepath.Abs(workspace)
	if err != nil {
		return false, err
	}
	actionDir, err := filepath.Abs(filepath.Dir(actionPath))
	if err != nil {
		return false, err
	}
	temp, err := os.MkdirTemp("", "actionrun-")
	if err != nil {
		return false, err
	}
	defer os.RemoveAll(temp)

	inputs := map[string]string{}
	if in := action.sub("inputs"); in != nil {
		for _, name := range in.keys {
			def := ""
			if m := in.sub(name); m != nil {
				def = m.str("default")
			}
			inputs[name] = def
			if v, ok := os.LookupEnv("INPUT_" + strings.ToUpper(strings.ReplaceAll(name, " ", "_"))); ok {
				inputs[name] = v
			}
		}
	}
	outputs := map[string]map[string]string{} // step id → outputs
	jobEnv := map[string]string{}             // from GITHUB_ENV
	var pathAdds []string                     // from GITHUB_PATH, newest first
	ctx := &evalContext{}
	ctx.lookup = func(path string) (string, bool) {
		root, rest, _ := strings.Cut(path, ".")
		switch root {
		case "inputs":
			v, ok := inputs[rest]
			return v, ok
		case "github":
			if rest == "action_path" {
				return actionDir, true
			}
			if rest == "workspace" {
				return workspace, true
			}
			v, ok := gh[rest]
			return v, ok
		case "runner":
			if rest == "temp" {
				return temp, true
			}
		case "env":
			v, ok := jobEnv[rest]
			return v, ok
		case "steps":
			id, out, _ := strings.Cut(rest, ".outputs.")
			v, ok := outputs[id][out]
			return v, ok
		}
		return "", false
	}

	for n, s := range steps {
		step, _ := s.(*mapping)
		name := step.str("name")
		if name == "" {
			name = fmt.Sprintf("step %d", n+1)
		}
		for _, k := range step.keys {
			if !slices.Contains([]string{"name", "id", "if", "shell", "env", "run", "uses", "with", "working-directory"}, k) {
				return false, fmt.Errorf("step %q: key %q is not supported here", name, k)
			}
		}
		doRun, err := condition(step.str("if"), ctx)
		if err != nil {
			return false, fmt.Errorf("step %q: if: %w", name, err)
		}
		if !doRun {
			fmt.Printf("actionrun: --- %s: skipped (if: %s)\n", name, step.str("if"))
			continue
		}
		fmt.Printf("actionrun: --- %s\n", name)
		var failed bool
		if uses := step.str("uses"); uses != "" {
			failed, err = usesStep(uses, step.sub("with"), ctx)
		} else {
			failed, err = runStep(step, name, ctx, stepEnv{
				workspace: workspace, actionDir: actionDir, temp: temp,
				jobEnv: jobEnv, pathAdds: &pathAdds, outputs: outputs,
			})
		}
		if err != nil {
			return false, fmt.Errorf("step %q: %w", name, err)
		}
		if failed {
			fmt.Printf("actionrun: --- %s: failed\n", name)
			ctx.failed = true
		}
	}
	if outs := action.sub("outputs"); outs != nil {
		for _, name := range outs.keys {
			v, err := interpolate(outs.sub(name).str("value"), ctx)
			if err != nil {
				return false, fmt.Errorf("output %s: %w", name, err)
			}
			fmt.Printf("actionrun: output %s=%s\n", name, v)
		}
	}
	return !ctx.failed, nil
}

type stepEnv struct {
	workspace, actionDir, temp string
	jobEnv                     map[string]string
	pathAdds                   *[]string
	outputs                    map[string]map[string]string
}

// runStep runs one run: step; failed reports a non-zero exit.
func runStep(step *mapping, name string, ctx *evalContext, se stepEnv) (failed bool, err error) {
	if step.str("shell") != "bash" {
		return false, fmt.Errorf("shell %q: only bash is supported (composite run: steps must name their shell)", step.str("shell"))
	}
	script := step.str("run")
	if strings.Contains(script, "${{") {
		return false, errors.New("run: holds a ${{ }} expression; pass values through env:")
	}
	dir, err := os.MkdirTemp(se.temp, "step-")
	if err != nil {
		return false, err
	}
	files := map[string]string{}
	for _, f := range []string{"GITHUB_OUTPUT", "GITHUB_ENV", "GITHUB_PATH"} {
		files[f] = filepath.Join(dir, strings.ToLower(f))
		if err := os.WriteFile(files[f], nil, 0o644); err != nil {
			return false, err
		}
	}
	scriptFile := filepath.Join(dir, "script.sh")
	if err := os.WriteFile(scriptFile, []byte(script), 0o644); err != nil {
		return false, err
	}
	env := os.Environ()
	path := os.Getenv("PATH")
	if len(*se.pathAdds) > 0 {
		path = strings.Join(*se.pathAdds, string(os.PathListSeparator)) + string(os.PathListSeparator) + path
	}
	env = append(env, "PATH="+path, "CI=true", "GITHUB_ACTIONS=true", "RUNNER_TEMP="+se.temp,
		"GITHUB_WORKSPACE="+se.workspace, "GITHUB_ACTION_PATH="+se.actionDir)
	for k, v := range files {
		env = append(env, k+"="+v)
	}
	for k, v := range se.jobEnv {
		env = append(env, k+"="+v)
	}
	if e := step.sub("env"); e != nil {
		for _, k := range e.keys {
			v, err := interpolate(e.str(k), ctx)
			if err != nil {
				return false, fmt.Errorf("env %s: %w", k, err)
			}
			env = append(env, k+"="+v)
		}
	}
	cmd := exec.Command("bash", "--noprofile", "--norc", "-eo", "pipefail", scriptFile)
	cmd.Dir = se.workspace
	if wd := step.str("working-directory"); wd != "" {
		cmd.Dir = filepath.Join(se.workspace, wd)
	}
	cmd.Env = env
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stdout
	runErr := cmd.Run()
	var exit *exec.ExitError
	if runErr != nil && !errors.As(runErr, &exit) {
		return false, runErr
	}
	if id := step.str("id"); id != "" {
		outs, err := readKV(files["GITHUB_OUTPUT"])
		if err != nil {
			return false, err
		}
		se.outputs[id] = outs
	}
	envs, err := readKV(files["GITHUB_ENV"])
	if err != nil {
		return false, err
	}
	for k, v := range envs {
		se.jobEnv[k] = v
	}
	data, err := os.ReadFile(files["GITHUB_PATH"])
	if err != nil {
		return false, err
	}
	for _, p := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if p != "" {
			*se.pathAdds = append([]string{p}, *se.pathAdds...)
		}
	}
	return runErr != nil, nil
}

// readKV reads a GITHUB_OUTPUT or GITHUB_ENV file: name=value lines and
// name<<DELIMITER … DELIMITER blocks.
func readKV(file string) (map[string]string, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		if l == "" {
			continue
		}
		if k, delim, ok := strings.Cut(l, "<<"); ok && !strings.Contains(k, "=") {
			var lines []string
			for sc.Scan() && sc.Text() != delim {
				lines = append(lines, sc.Text())
			}
			out[k] = strings.Join(lines, "\n")
			continue
		}
		k, v, ok := strings.Cut(l, "=")
		if !ok {
			return nil, fmt.Errorf("%s: bad line %q", filepath.Base(file), l)
		}
		out[k] = v
	}
	return out, sc.Err()
}

// usesStep prints a uses: step instead of running it, and checks the
// SARIF file it would upload.
func usesStep(uses string, with *mapping, ctx *evalContext) (failed bool, err error) {
	fmt.Printf("actionrun: uses %s (not run here)\n", uses)
	if with == nil {
		return false, nil
	}
	for _, k := range with.keys {
		v, err := interpolate(with.str(k), ctx)
		if err != nil {
			return false, fmt.Errorf("with %s: %w", k, err)
		}
		fmt.Printf("actionrun:   with %s: %s\n", k, v)
		if k == "sarif_file" {
			data, err := os.ReadFile(v)
			if err != nil || !strings.Contains(string(data), `"version": "2.1.0"`) {
				fmt.Printf("actionrun:   sarif_file %s is not a SARIF 2.1.0 file (%v)\n", v, err)
				return true, nil
			}
		}
	}
	return false, nil
}
