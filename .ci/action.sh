#!/usr/bin/env bash
# action.sh: run the GitHub Action (action.yml) end to end without GitHub.
# Publishes this checkout into a file:// module proxy (publish_checkout,
# .ci/lib.sh) at a test version, then runs every step of action.yml with
# .ci/actionrun, which sets the inputs (INPUT_*) and each step's env: the way
# the runner does, with github.action_ref set to the test version, as for
# `uses: apikeylint/apikeylint@<test version>`. So the action's install step
# really runs `go install …/cmd/apikeylint@<test version>`.
#
# Cases, each in a fresh git repository used as the workspace:
#   - the demo program (testdata/demo as its own module, committed), format
#     github, commits true on a push: the job fails, with ::error annotations
#     from the analyzer and from commits, and no whole key in the output;
#   - the same with format sarif: the job fails and both SARIF files that
#     the upload steps name are SARIF 2.1.0;
#   - a clean module, commits true on a pull request: the job succeeds;
#   - inputs that try to inject shell code: nothing runs, the job fails;
#   - a bad format: the job fails with one error.
#
# Usage: bash .ci/action.sh   (from anywhere; exits non-zero on failure)
set -euo pipefail

# shellcheck source=.ci/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ci_setup action

(cd "$root/.ci/actionrun" && GOWORK=off go vet . && GOWORK=off go test -count=1 . && GOWORK=off go build -o "$work/actionrun" .)

cmd_version=v0.1.1-actioncheck
publish_checkout "$root" "$work" "$cmd_version"

demo_key=$(grep -o '"[0-9a-f]\{64\}"' "$root/testdata/demo/main.go" | head -1 | tr -d '"')
[ -n "$demo_key" ] || fail "no 64-hex key in testdata/demo/main.go"

gitc() {
	git -c user.name=CI -c user.email=ci@example.com -c commit.gpgsign=false "$@"
}

# newrepo DIR: a git repository with one commit (a README).
newrepo() {
	mkdir -p "$1"
	(cd "$1" && git init -q -b main && printf '# app\n' >README.md && git add . && gitc commit -q -m init)
}

demo="$work/demo"
newrepo "$demo"
cp "$root/testdata/demo/"*.go "$demo/"
printf 'module example.com/demo\n\ngo 1.26\n' >"$demo/go.mod"
demo_base=$(git -C "$demo" rev-parse HEAD)
(cd "$demo" && git add . && gitc commit -q -m "add the demo")
demo_head=$(git -C "$demo" rev-parse HEAD)

clean="$work/clean"
newrepo "$clean"
clean_base=$(git -C "$clean" rev-parse HEAD)
cat >"$clean/main.go" <<'GO'
package main

import (
	"net/http"
	"os"
)

func main() {
	req, _ := http.NewRequest("GET", "https://api.wavespeed.ai/api/v3/balance", nil)
	req.Header.Set("Authorization", "Bearer "+os.Getenv("WAVESPEED_API_KEY"))
	_, _ = http.DefaultClient.Do(req)
}
GO
printf 'module example.com/clean\n\ngo 1.26\n' >"$clean/go.mod"
(cd "$clean" && git add . && gitc commit -q -m "add main")
clean_head=$(git -C "$clean" rev-parse HEAD)

# runaction NAME WORKSPACE [VAR=value...] -- [actionrun -github flags...]:
# runs the action with the given INPUT_* variables; sets out and rc.
runaction() {
	local name=$1 ws=$2
	shift 2
	local vars=()
	while [ "$1" != -- ]; do
		vars+=("$1")
		shift
	done
	shift
	echo
	echo "action: === $name"
	set +e
	out=$(cd "$ws" && env "${vars[@]}" "$work/actionrun" -action "$root/action.yml" -workspace "$ws" \
		-github "action_ref=$cmd_version" "$@" 2>&1)
	rc=$?
	set -e
	printf '%s\n' "$out" | sed 's/^/    | /'
	if grep -qF "$demo_key" <<<"$out" || grep -qF "${demo_key:0:8}" <<<"$out"; then
		fail "$name: the output holds the demo key"
	fi
}

want() { grep -qE -- "$1" <<<"$out" || fail "$name: no line matching '$1' in the output"; }
wantnot() { ! grep -qE -- "$1" <<<"$out" || fail "$name: a line matches '$1'"; }

name="demo, format github, commits on a push"
runaction "$name" "$demo" INPUT_COMMITS=true -- \
	-github event_name=push -github "event.before=$demo_base" -github "sha=$demo_head"
[ "$rc" -eq 1 ] || fail "$name: exit $rc, want 1 (the job fails)"
want "go install github.com/apikeylint/apikeylint/cmd/apikeylint@$cmd_version"
want "^apikeylint $cmd_version "
for cat in hardcoded-key bearer-scheme key-source frontend-key key-exposure; do
	want "^::(error|warning) file=[a-z_]+\.go,line=[0-9]+,col=[0-9]+,.*title=apikeylint%3A $cat::$cat: "
done
want "^::error file=main\.go,line=[0-9]+,col=[0-9]+,endLine=[0-9]+,endColumn=[0-9]+,title=apikeylint commits%3A wavespeed-api-key::.* secret ${demo_key:0:4}…\(64 chars\) in commit "
want "^actionrun: output findings=[1-9][0-9]*$"
want "^::error title=apikeylint::[0-9]+ finding"
want "^actionrun: --- Upload SARIF \(analyzer\): skipped"

name="demo, format sarif, commits"
runaction "$name" "$demo" INPUT_COMMITS=true INPUT_FORMAT=sarif -- \
	-github event_name=push -github "event.before=$demo_base" -github "sha=$demo_head"
[ "$rc" -eq 1 ] || fail "$name: exit $rc, want 1"
want "^actionrun: uses github/codeql-action/upload-sarif@v[0-9]+ \(not run here\)"
want "^actionrun:   with sarif_file: .*/apikeylint\.sarif$"
want "^actionrun:   with sarif_file: .*/apikeylint-commits\.sarif$"
want "^actionrun:   with category: apikeylint-commits$"
wantnot "is not a SARIF 2.1.0 file"
wantnot "^::(error|warning) file="

name="clean module, commits on a pull request"
runaction "$name" "$clean" INPUT_COMMITS=true -- \
	-github event_name=pull_request -github "event.pull_request.base.sha=$clean_base" -github "event.pull_request.head.sha=$clean_head"
[ "$rc" -eq 0 ] || fail "$name: exit $rc, want 0"
want "^apikeylint: 0 finding\(s\) in \./\.\.\.$"
want "^apikeylint commits: 0 key\(s\) in --range $clean_base\.\.$clean_head$"
want "^actionrun: output findings=0$"
want "^actionrun: result: success$"

name="inputs that try to inject shell code"
# shellcheck disable=SC2016 # the inputs hold $(…) and `…` literally, on purpose
runaction "$name" "$clean" 'INPUT_ARGS=$(touch pwned-args)' 'INPUT_PACKAGES=./...; touch pwned-packages' \
	'INPUT_VERSION=v1;touch pwned-version' -- -github event_name=push
[ "$rc" -eq 1 ] || fail "$name: exit $rc, want 1"
want "cannot tell which apikeylint version to install"
# shellcheck disable=SC2016
runaction "$name" "$clean" 'INPUT_ARGS=$(touch pwned-args) `touch pwned-args2`' 'INPUT_PACKAGES=./...; touch pwned-packages' -- -github event_name=push
[ "$rc" -eq 1 ] || fail "$name: exit $rc, want 1"
for f in pwned-args pwned-args2 pwned-packages pwned-version; do
	[ ! -e "$clean/$f" ] || fail "$name: an input ran shell code ($f exists)"
done

name="bad format"
runaction "$name" "$clean" INPUT_FORMAT=xml -- -github event_name=push
[ "$rc" -eq 1 ] || fail "$name: exit $rc, want 1"
want "^::error title=apikeylint::format must be github or sarif, not 'xml'$"

echo
echo "action: OK"
