# shellcheck shell=bash
# lib.sh: sourced by .ci/install.sh, .ci/action.sh and .ci/actionlint.sh.
#
# ci_setup NAME sets root (the checkout) and work (a temporary directory,
# removed on exit) and defines fail MESSAGE, which prints "NAME: FAIL:
# MESSAGE" and exits 1.
#
# publish_checkout
# publishes this checkout into a file:// Go module proxy in a temporary
# directory (with .ci/modproxy, golang.org/x/mod/zip): the root module at the
# version that cmd/apikeylint/go.mod requires, the command module at a test
# version. It then exports the environment in which
# `go install github.com/apikeylint/apikeylint/cmd/apikeylint@<test version>`
# installs from that proxy, as a user would from the real one: GOWORK=off,
# GOPROXY (that proxy, then the local module cache's download directory,
# then the machine's GOPROXY), a temporary GOMODCACHE so that the test
# versions never reach the real cache, and no checksum database for them.
#
# Usage:
#
#	source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
#	ci_setup install
#	publish_checkout "$root" "$work" CMD_VERSION   # sets root_version
ci_setup() {
	ci_name=$1
	root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
	work=$(mktemp -d)
	trap 'chmod -R u+w "$work" 2>/dev/null || true; rm -rf "$work"' EXIT
}

fail() {
	echo "${ci_name:-ci}: FAIL: $*" >&2
	exit 1
}

publish_checkout() {
	local root=$1 work=$2 cmd_version=$3
	root_version=$(cd "$root/cmd/apikeylint" && GOWORK=off go mod edit -json |
		sed -n '/"Path": "github.com\/apikeylint\/apikeylint"/{n;s/.*"Version": "\(.*\)".*/\1/p;}')
	[ -n "$root_version" ] || fail "cmd/apikeylint/go.mod does not require github.com/apikeylint/apikeylint"
	if grep -q '^replace' "$root/cmd/apikeylint/go.mod"; then
		fail "cmd/apikeylint/go.mod has a replace directive: go install …@version refuses it"
	fi
	grep -q "replace github.com/apikeylint/apikeylint $root_version => " "$root/go.work" ||
		fail "go.work does not map github.com/apikeylint/apikeylint $root_version to the checkout"
	echo "proxy: root module at $root_version (required by cmd/apikeylint), command module at $cmd_version"

	local proxy="$work/proxy"
	(cd "$root/.ci/modproxy" && GOWORK=off go build -o "$work/modproxy" .)
	"$work/modproxy" -proxy "$proxy" -src "$root" -version "$root_version"
	"$work/modproxy" -proxy "$proxy" -src "$root/cmd/apikeylint" -version "$cmd_version"
	ls -R "$proxy" | sed 's/^/    /'

	local cache_proxy
	cache_proxy="file://$(go env GOMODCACHE)/cache/download"
	GOPROXY="file://$proxy,$cache_proxy,$(go env GOPROXY)"
	export GOWORK=off GOPROXY
	export GONOSUMDB=github.com/apikeylint  # no checksum database entry exists for unreleased versions
	export GOFLAGS="-modcacherw -trimpath" # -trimpath: build cache hits across the temporary module caches
	export GOMODCACHE="$work/modcache"
	export GOTOOLCHAIN=local
}
