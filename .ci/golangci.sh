#!/usr/bin/env bash
# golangci.sh: build golangci-lint v2.15.0 with the apikeylint module plugin
# (offline equivalent of `golangci-lint custom`: testdata/golangci is a
# wrapper module whose main blank-imports cmd/gclplugin; only the Go module
# proxy is needed), then lint testdata/golangci/fixture with it and check the
# findings (a hardcoded WaveSpeed key in main.go, an Authorization header
# without "Bearer " in client.go), the exit code, --fix, //nolint, the
# settings, and that an unknown setting fails clearly.
#
# Usage: bash .ci/golangci.sh   (from anywhere; exits non-zero on failure)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

export GOWORK=off
export GOFLAGS="${GOFLAGS:-} -mod=mod"
# golangci-lint caches analysis results per package and linter name, not per
# plugin build: a shared cache would replay findings of an older analyzer.
export GOLANGCI_LINT_CACHE="$work/golangci-cache"

start=$(date +%s)
step_start=$start
step() {
	local now
	now=$(date +%s)
	echo "golangci: ---- $* (previous step $((now - step_start))s)"
	step_start=$now
}
fail() {
	echo "golangci: FAIL: $*" >&2
	exit 1
}

gcl="$work/custom-gcl"
fixture="$root/testdata/golangci/fixture"
key=3f9a1c7e5b2d4f608e1a9c3b7d5f2e4a6c8b0d1e3f5a7c9b2d4e6f8a0b1c3d5e

# lint DIR [ARGS...]: run the custom binary in a fresh copy's DIR; sets $out
# (stdout and stderr) and $rc.
lint() {
	local dir=$1
	shift
	set +e
	out=$(cd "$dir" && "$gcl" run --color=never "$@" ./... 2>&1)
	rc=$?
	set -e
	printf '%s\n' "$out" | sed 's/^/    | /'
	echo "    exit code $rc"
}

# fresh NAME: copy the fixture to $work/NAME and print the path.
fresh() {
	local d="$work/$1"
	mkdir -p "$d"
	cp -R "$fixture/." "$d/"
	echo "$d"
}

# settings DIR YAML...: rewrite DIR/.golangci.yml with the given lines as the
# plugin's settings block (already indented under `settings:`).
settings() {
	local dir=$1
	shift
	{
		printf '%s\n' 'version: "2"' 'linters:' '  default: none' '  enable: [apikeylint]' \
			'  settings:' '    custom:' '      apikeylint:' '        type: module' '        settings:'
		printf '          %s\n' "$@"
	} >"$dir/.golangci.yml"
}

step "building the custom golangci-lint (testdata/golangci, golangci-lint v2.15.0 + cmd/gclplugin)"
(cd "$root/testdata/golangci" && go build -ldflags='-s -w' -o "$gcl" .)
"$gcl" version
echo
d=$(fresh plain)
(cd "$d" && "$gcl" linters --color=never) | grep '^apikeylint:' ||
	fail "the custom binary does not list the apikeylint linter for the fixture's config"

step "lint the fixture: expect the hardcoded key, the bearer-scheme finding and exit code 1"
lint "$d"
[ "$rc" -eq 1 ] || fail "want exit code 1 on findings, got $rc"
grep -Eq '^main\.go:10:23: hardcoded-key: WaveSpeed API key .*\(apikeylint\)$' <<<"$out" ||
	fail "no hardcoded-key finding at main.go:10:23 from apikeylint"
grep -Eq '^client\.go:11:34: bearer-scheme: .*\(apikeylint\)$' <<<"$out" ||
	fail "no bearer-scheme finding at client.go:11:34 from apikeylint"
if grep -q "$key" <<<"${out//var wavespeedAPIKey = \"$key\"/}"; then
	fail "the message repeats the key"
fi

step "--fix rewrites the key to os.Getenv(\"WAVESPEED_API_KEY\") and adds \"Bearer \""
d=$(fresh fix)
lint "$d" --fix
grep -q 'var wavespeedAPIKey = os.Getenv("WAVESPEED_API_KEY")' "$d/main.go" || fail "--fix did not rewrite main.go"
grep -q "$key" "$d/main.go" && fail "--fix left the key in main.go"
grep -q '"os"' "$d/main.go" || fail "--fix did not import os"
grep -Eq '"Bearer " ?\+ ?os\.Getenv\("WAVESPEED_API_KEY"\)' "$d/client.go" || fail "--fix did not add the Bearer scheme in client.go"
(cd "$d" && go build ./...) || fail "the fixed fixture does not compile"
lint "$d"
[ "$rc" -eq 0 ] || fail "want a clean run after --fix, got exit code $rc"

step "//nolint:apikeylint silences the line (and only that line)"
d=$(fresh nolint)
sed -i "s|^var wavespeedAPIKey = \"$key\"\$|& //nolint:apikeylint // fixture|" "$d/main.go"
grep -q 'nolint:apikeylint' "$d/main.go" || fail "could not add the nolint directive"
lint "$d"
[ "$rc" -eq 1 ] || fail "want exit code 1 (client.go still has a finding), got $rc"
grep -q 'hardcoded-key' <<<"$out" && fail "//nolint:apikeylint did not silence main.go:10"
grep -q '^client\.go:11:34: bearer-scheme' <<<"$out" || fail "the bearer-scheme finding in client.go went away"

step "settings: checks: [bearer-scheme] turns hardcoded-key off"
d=$(fresh checks-off)
settings "$d" 'checks: [bearer-scheme]'
lint "$d"
[ "$rc" -eq 1 ] || fail "want exit code 1 with checks: [bearer-scheme], got $rc"
grep -q 'hardcoded-key' <<<"$out" && fail "hardcoded-key reported although the check is off"
grep -q '^client\.go:11:34: bearer-scheme' <<<"$out" || fail "no bearer-scheme finding with checks: [bearer-scheme]"


step "settings: checks as a comma-separated string, allowed-sources as a list"
d=$(fresh checks-string)
settings "$d" 'checks: "bearer-scheme, hardcoded-key"' 'allowed-sources: [example.com/secrets.Load]'
lint "$d"
[ "$rc" -eq 1 ] || fail "want exit code 1 with checks: \"bearer-scheme, hardcoded-key\", got $rc"
grep -q 'hardcoded-key' <<<"$out" || fail "no hardcoded-key finding with the string form of checks"
grep -q 'bearer-scheme' <<<"$out" || fail "no bearer-scheme finding with the string form of checks"

step "settings: facts: true (the analyzer then declares a fact) gives the same findings"
d=$(fresh facts)
settings "$d" 'facts: true'
lint "$d"
[ "$rc" -eq 1 ] || fail "want exit code 1 with facts: true, got $rc"
grep -q '^main\.go:10:23: hardcoded-key' <<<"$out" || fail "no hardcoded-key finding with facts: true"
grep -q '^client\.go:11:34: bearer-scheme' <<<"$out" || fail "no bearer-scheme finding with facts: true"

step "settings: an unknown key fails and names the key"
d=$(fresh unknown-key)
settings "$d" 'chekcs: [bearer-scheme]'
lint "$d"
[ "$rc" -ne 0 ] && [ "$rc" -ne 1 ] || fail "want a configuration error exit code for an unknown setting, got $rc"
grep -q 'unknown field "chekcs"' <<<"$out" || fail "the error does not name the unknown setting"

step "settings: an unknown check fails and names it"
d=$(fresh unknown-check)
settings "$d" 'checks: [hardcoded-key, bogus-check]'
lint "$d"
[ "$rc" -ne 0 ] && [ "$rc" -ne 1 ] || fail "want a configuration error exit code for an unknown check, got $rc"
grep -q 'unknown check "bogus-check"' <<<"$out" || fail "the error does not name the unknown check"

step "done"
echo "golangci: OK in $(($(date +%s) - start))s"
