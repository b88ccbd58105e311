#!/usr/bin/env bash
# install.sh: prove that a release installs before it exists. Publishes this
# checkout into a file:// Go module proxy in a temporary directory
# (publish_checkout, .ci/lib.sh): the root module at the version that
# cmd/apikeylint/go.mod requires, the command module at a test version. Then
# `go install github.com/apikeylint/apikeylint/cmd/apikeylint@<test version>`
# with GOWORK=off from that proxy, as a user would run it from the real one,
# and runs the installed binary: -version, and the demo (exit 3, one finding
# of each check).
#
# Other modules come from the local module cache's download directory (a
# file:// proxy too) and then the machine's GOPROXY. The module cache is a
# temporary one, so the published test versions never reach the real cache.
#
# Usage: bash .ci/install.sh   (from anywhere; exits non-zero on failure)
set -euo pipefail

# shellcheck source=.ci/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ci_setup install

cmd_version=v0.1.1-installcheck
publish_checkout "$root" "$work" "$cmd_version"
export GOBIN="$work/bin"

echo "install: go install github.com/apikeylint/apikeylint/cmd/apikeylint@$cmd_version"
start=$(date +%s)
(cd "$work" && go install "github.com/apikeylint/apikeylint/cmd/apikeylint@$cmd_version") ||
	fail "go install …@$cmd_version failed"
echo "install: installed in $(($(date +%s) - start))s"
bin="$GOBIN/apikeylint"
[ -x "$bin" ] || fail "no $bin"

version=$("$bin" -version)
echo "    $version"
case "$version" in
"apikeylint $cmd_version (analyzer $root_version) go"*) ;;
*) fail "-version printed '$version', want 'apikeylint $cmd_version (analyzer $root_version) go…'" ;;
esac

unset GOWORK GOPROXY GONOSUMDB GOFLAGS GOMODCACHE GOBIN
set +e
out=$(cd "$root" && "$bin" ./testdata/demo 2>&1)
rc=$?
set -e
printf '%s\n' "$out" | sed 's/^/    | /'
[ "$rc" -eq 3 ] || fail "the installed apikeylint on testdata/demo exited $rc, want 3"
for cat in hardcoded-key bearer-scheme key-source frontend-key; do
	grep -q ": $cat: " <<<"$out" || fail "the installed apikeylint found no $cat in the demo"
done
echo "install: OK"
