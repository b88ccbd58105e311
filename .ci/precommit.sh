#!/usr/bin/env bash
# precommit.sh: check the pre-commit hooks in .pre-commit-hooks.yaml end to
# end. It commits a copy of this checkout's files to a temporary hook
# repository (pre-commit clones hook repositories, so their files must be
# committed), makes a throwaway Go project that uses both hooks through
# `pre-commit install`, and shows with real `git commit`s that
#   - a clean commit passes,
#   - a commit adding a hardcoded WaveSpeed key to a Go file is blocked
#     (hook apikeylint),
#   - a commit adding one to .env is blocked (hook apikeylint-commits).
# Installs Debian's pre-commit when it is missing. Needs only the Go module
# proxy (and Debian's archive for pre-commit).
#
# Usage: bash .ci/precommit.sh   (from anywhere; exits non-zero on failure)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d)
cleanup() {
	chmod -R u+w "$work" 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT

start=$(date +%s)
step_start=$start
step() {
	local now
	now=$(date +%s)
	echo "precommit: ---- $* (previous step $((now - step_start))s)"
	step_start=$now
}
fail() {
	echo "precommit: FAIL: $*" >&2
	exit 1
}

step "pre-commit"
if ! command -v pre-commit >/dev/null 2>&1; then
	sudo=
	[ "$(id -u)" -eq 0 ] || sudo=sudo
	echo "installing Debian's pre-commit"
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq pre-commit >/dev/null
fi
pre-commit --version

# A private pre-commit cache, so every run installs the hooks afresh from
# this checkout. pre-commit's golang language points GOPATH at the hook
# environment; keep using the machine's module cache instead of
# downloading every module again into it.
export PRE_COMMIT_HOME="$work/pre-commit-home"
GOMODCACHE=$(go env GOMODCACHE)
export GOMODCACHE
unset GOWORK
export GIT_AUTHOR_NAME=apikeylint-ci GIT_AUTHOR_EMAIL=ci@apikeylint.invalid
export GIT_COMMITTER_NAME=apikeylint-ci GIT_COMMITTER_EMAIL=ci@apikeylint.invalid
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1

step "hook repository: this checkout's files, committed to $work/hooks"
hooks="$work/hooks"
mkdir -p "$hooks"
(
	cd "$root"
	git ls-files -z --cached --others --exclude-standard |
		while IFS= read -r -d '' f; do
			[ -f "$f" ] && printf '%s\0' "$f"
		done |
		tar --null -T - -cf -
) | tar -C "$hooks" -xf -
git -C "$hooks" init -q -b main
git -C "$hooks" add -A
git -C "$hooks" commit -q -m "apikeylint hooks under test"
rev=$(git -C "$hooks" rev-parse HEAD)
[ -f "$hooks/.pre-commit-hooks.yaml" ] || fail "no .pre-commit-hooks.yaml in the checkout"

step "project: a Go module using both hooks"
proj="$work/project"
mkdir -p "$proj"
cd "$proj"
git init -q -b main
cat >go.mod <<'GOMOD'
module example.com/app

go 1.26.0
GOMOD
cat >main.go <<'GO'
// Command app calls the WaveSpeed API with a key from the environment.
package main

import (
	"fmt"
	"net/http"
	"os"
)

func main() {
	req, err := http.NewRequest("GET", "https://api.wavespeed.ai/api/v3/balance", nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	req.Header.Set("Authorization", "Bearer "+os.Getenv("WAVESPEED_API_KEY"))
	fmt.Println(req.URL)
}
GO
cat >.pre-commit-config.yaml <<YAML
repos:
  - repo: $hooks
    rev: $rev
    hooks:
      - id: apikeylint
      - id: apikeylint-commits
YAML
pre-commit install
git add -A

step "install the hook environments (go install in the hook repository)"
pre-commit install-hooks

head_before=
# commit MSG: run `git commit` (and so the hooks); sets $out and $rc and
# checks that a blocked commit left HEAD alone.
commit() {
	head_before=$(git rev-parse -q --verify HEAD || true)
	set +e
	out=$(git commit -m "$1" 2>&1)
	rc=$?
	set -e
	printf '%s\n' "$out" | sed 's/^/    | /'
	echo "    exit code $rc"
	if [ "$rc" -ne 0 ] && [ "$(git rev-parse -q --verify HEAD || true)" != "$head_before" ]; then
		fail "a blocked commit moved HEAD"
	fi
}

key=3f9a1c7e5b2d4f608e1a9c3b7d5f2e4a6c8b0d1e3f5a7c9b2d4e6f8a0b1c3d5e

step "a clean commit passes"
commit "clean start"
[ "$rc" -eq 0 ] || fail "the clean commit was blocked"
grep -Eq '^apikeylint\.+Passed' <<<"$out" || fail "hook apikeylint did not run and pass"
grep -Eq '^apikeylint commits\.+Passed' <<<"$out" || fail "hook apikeylint-commits did not run and pass"

step "a commit adding a hardcoded WaveSpeed key to a Go file is blocked"
cat >keys.go <<GO
package main

var wavespeedAPIKey = "$key"
GO
git add keys.go
commit "add a hardcoded key"
[ "$rc" -ne 0 ] || fail "the commit of keys.go went through"
grep -Eq '^apikeylint\.+Failed' <<<"$out" || fail "hook apikeylint did not fail"
grep -q 'keys.go:3:23: hardcoded-key' <<<"$out" || fail "no hardcoded-key finding for keys.go:3:23"
git rm -q --cached keys.go
rm keys.go

step "a commit adding a WaveSpeed key to .env is blocked"
printf 'WAVESPEED_API_KEY=%s\n' "$key" >.env
git add .env
commit "add .env"
[ "$rc" -ne 0 ] || fail "the commit of .env went through"
grep -Eq '^apikeylint\.+\(no files to check\)Skipped' <<<"$out" || fail "hook apikeylint should skip a commit without Go files"
grep -Eq '^apikeylint commits\.+Failed' <<<"$out" || fail "hook apikeylint-commits did not fail"
grep -q '\.env' <<<"$out" || fail "the finding does not name .env"
git rm -q --cached .env
rm .env

step "a clean commit still passes"
printf '# app\n\nSet WAVESPEED_API_KEY in the environment.\n' >README.md
git add README.md
commit "add README"
[ "$rc" -eq 0 ] || fail "the clean commit was blocked"
[ "$(git rev-list --count HEAD)" -eq 2 ] || fail "want exactly the two clean commits in the project"

step "timing, not asserted: the apikeylint hook on a one-file change in the warm module"
for i in 1 2 3 4 5; do
	printf '\n// edit %s\n' "$i" >>main.go
	git add main.go
	t0=$(date +%s%N)
	pre-commit run apikeylint >/dev/null 2>&1 || fail "the hook failed on a clean one-line edit"
	echo "    run $i: $((($(date +%s%N) - t0) / 1000000)) ms (pre-commit run apikeylint)"
done
git checkout -q HEAD -- main.go

step "done"
echo "precommit: OK in $(($(date +%s) - start))s"
