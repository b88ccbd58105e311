#!/usr/bin/env bash
# selflint.sh: lint this project with stock golangci-lint v2.15.0 and the
# project's .golangci.yml, on the root module and on cmd/apikeylint (a
# nested module joined by go.work). Installs golangci-lint with `go install`
# (from the Go module proxy) when that version is not on hand.
#
# Usage: bash .ci/selflint.sh   (from anywhere; exits non-zero on findings)
set -euo pipefail

version=v2.15.0
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bindir=${GOLANGCI_LINT_BIN_DIR:-$(go env GOPATH)/bin}
gcl="$bindir/golangci-lint"

start=$(date +%s)
step_start=$start
step() {
	local now
	now=$(date +%s)
	echo "selflint: ---- $* (previous step $((now - step_start))s)"
	step_start=$now
}

step "golangci-lint $version"
if ! "$gcl" version 2>/dev/null | grep -q "version ${version#v} "; then
	echo "installing golangci-lint $version into $bindir"
	(cd / && GOWORK=off GOBIN="$bindir" go install "github.com/golangci/golangci-lint/v2/cmd/golangci-lint@$version")
fi
"$gcl" version

status=0
step "root module (github.com/apikeylint/apikeylint)"
(cd "$root" && "$gcl" run --color=never --config "$root/.golangci.yml" ./...) || status=1

step "CLI module (cmd/apikeylint)"
(cd "$root/cmd/apikeylint" && "$gcl" run --color=never --config "$root/.golangci.yml" ./...) || status=1

step "done"
if [ "$status" -ne 0 ]; then
	echo "selflint: FAIL: golangci-lint reported issues (see above) after $(($(date +%s) - start))s" >&2
	exit 1
fi
echo "selflint: OK in $(($(date +%s) - start))s"
