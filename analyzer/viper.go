package analyzer

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/apikeylint/apikeylint/analyzer/keys"
)

// viper as an environment reader, and the origins a viper key is bound to.
//
// A package that turns on viper's environment lookup (SetEnvPrefix +
// AutomaticEnv, or BindEnv) and never reads a config file (no
// ReadInConfig, MergeInConfig, ReadConfig, MergeConfig or SetConfigFile)
// reads viper.GetString("token") from the environment: TOOL_TOKEN. The
// value-flow layer takes such a getter as an environment read, with the
// variable's name, and a key bound to a flag (BindPFlag) as that flag.
// Where a config file is read too, messages name each origin the key is
// bound to.

// viperUse is what a package does with viper (all instances together).
type viperUse struct {
	config    bool                // reads a config file
	automatic bool                // AutomaticEnv
	prefix    string              // SetEnvPrefix
	replacer  bool                // SetEnvKeyReplacer
	envs      map[string][]string // BindEnv(key, env…): the variables, or nil for the default name
	flags     map[string]string   // BindPFlag(key, flag): the flag's name ("" when not constant)
	allFlags  bool                // BindPFlags(flagset): every flag under its own name
}

// viperUseOf scans the package's viper calls once per run.
func (r *run) viperUseOf() *viperUse {
	p := r.precision()
	if p.viper != nil {
		return p.viper
	}
	u := &viperUse{envs: map[string][]string{}, flags: map[string]string{}}
	p.viper = u
	imports := false
	for _, imp := range r.pass.Pkg.Imports() {
		imports = imports || imp.Path() == viperPath
	}
	if !imports {
		return u
	}
	for cur := range r.insp.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		fn, _ := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func)
		if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != viperPath {
			continue
		}
		arg := func(i int) string {
			if i < len(call.Args) {
				s, _ := r.constString(call.Args[i])
				return s
			}
			return ""
		}
		switch fn.Name() {
		case "ReadInConfig", "MergeInConfig", "ReadConfig", "MergeConfig", "SetConfigFile", "ReadRemoteConfig", "WatchRemoteConfig":
			u.config = true
		case "AutomaticEnv":
			u.automatic = true
		case "SetEnvPrefix":
			u.prefix = arg(0)
		case "SetEnvKeyReplacer":
			u.replacer = true
		case "BindEnv":
			if k := arg(0); k != "" {
				var envs []string
				for i := 1; i < len(call.Args); i++ {
					if e := arg(i); e != "" {
						envs = append(envs, e)
					}
				}
				u.envs[strings.ToLower(k)] = envs
			}
		case "BindPFlag", "BindFlagValue":
			if k := arg(0); k != "" {
				u.flags[strings.ToLower(k)] = r.lookupFlagName(call.Args[1:])
			}
		case "BindPFlags", "BindFlagValues":
			u.allFlags = true
		}
	}
	return u
}

// lookupFlagName returns the flag name of cmd.Flags().Lookup("name"), the
// argument of BindPFlag.
func (r *run) lookupFlagName(args []ast.Expr) string {
	if len(args) == 0 {
		return ""
	}
	if c, ok := ast.Unparen(args[0]).(*ast.CallExpr); ok && len(c.Args) == 1 {
		if s, ok := r.constString(c.Args[0]); ok {
			return s
		}
	}
	return ""
}

// envName is the environment variable viper reads key from, if it reads
// one: BindEnv's, or the prefixed, upper-cased key under AutomaticEnv.
func (u *viperUse) envName(key string) (string, bool) {
	envs, bound := u.envs[strings.ToLower(key)]
	if len(envs) > 0 {
		return envs[0], true
	}
	if !bound && !u.automatic {
		return "", false
	}
	name := key
	if u.replacer {
		name = strings.NewReplacer(".", "_", "-", "_").Replace(name)
	}
	name = strings.ToUpper(name)
	if u.prefix != "" {
		name = strings.ToUpper(u.prefix) + "_" + name
	}
	return name, true
}

// flagName is the flag bound to key, if any.
func (u *viperUse) flagName(key string) (string, bool) {
	if f, ok := u.flags[strings.ToLower(key)]; ok {
		if f == "" {
			f = key
		}
		return f, true
	}
	return key, u.allFlags
}

// viperOrigin is the value-flow layer's hook for viper reads (newOrigin):
// in a package that reads no config file, a getter bound to a flag is
// that flag, a getter of the environment is an environment read of the
// variable (when the key or the variable is named for a key; else no
// origin), and an Unmarshal of such values is no origin. Other reads keep
// their kind and name.
func (t *flow) viperOrigin(n ast.Node, kind, name string) (string, string) {
	if kind != srcGetter && kind != srcConfig || !t.viperCall(n) {
		return kind, name
	}
	u := t.r.viperUseOf()
	if u.config {
		return kind, name
	}
	if kind == srcConfig {
		if u.automatic || len(u.envs) > 0 || len(u.flags) > 0 || u.allFlags {
			return "", ""
		}
		return kind, name
	}
	if name == "" {
		return kind, name
	}
	if f, ok := u.flagName(name); ok {
		return srcFlag, f
	}
	if env, ok := u.envName(name); ok {
		if keys.NameKindOf(name) == keys.NotKey && keys.NameKindOf(env) == keys.NotKey {
			return "", ""
		}
		return srcEnv, env
	}
	return kind, name
}

// getterOrigins names, for messages, each origin a viper key read in a
// package that also reads a config file can have: "a config file",
// "command-line flag -token", "TOOL_TOKEN in the environment".
func (r *run) getterOrigins(key string) []string {
	u := r.viperUseOf()
	out := []string{"a config file"}
	if f, ok := u.flagName(key); ok {
		out = append(out, "command-line flag -"+f)
	}
	if env, ok := u.envName(key); ok {
		out = append(out, env+" in the environment")
	}
	return out
}

// orList joins names as "a, b or c".
func orList(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}
