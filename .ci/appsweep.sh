#!/usr/bin/env bash
# Run apikeylint on whole applications, as a new user would: each one is
# copied out of the module cache into a scratch directory (so that its
# packages are the user's own code, with cross-package summaries) and
# linted with `apikeylint ./...` from its root, tests included. Not part of
# CI: it downloads the applications and their dependencies (several GB for
# the ACME client's DNS providers) and takes long on a small machine. Run it
# before calling a precision change done, one application at a time on a
# shared machine, and list every finding it prints with a verdict (policy
# or true) in your note.
#
# Usage:  bash .ci/appsweep.sh [module...]   (default: every application below)
#
# An entry may carry environment settings after the version (CGO_ENABLED=0).
# Packages that do not load in that environment (go list reports an error
# for them or their dependencies) are left out, and counted.
#
# The kinds the precision work is about (issue 19): a cloud provider's CLI,
# an ACME client with DNS providers, an MCP server, a Telegram bot
# framework, an OpenAI-compatible server with an LLM CLI, and a cloud
# proxy CLI with OAuth credentials. Pinned to the newest version that the
# Go module proxy served on 2026-12-05.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
APPS=${APPS:-/work/appsweep}
BIN=${BIN:-${TMPDIR:-/tmp}/apikeylint-appsweep}

APPLICATIONS=(
	"github.com/aws-cloudformation/rain@v1.24.4"              # AWS CloudFormation CLI (per-user AWS config, flags)
	"github.com/go-acme/lego/v5@v5.6.0"                       # ACME client, dozens of DNS providers
	"github.com/grafana/mcp-grafana@v1.6.3"                   # MCP server (service account tokens, proxied auth)
	"github.com/go-telegram/bot@v1.19.0"                      # Telegram bot framework with examples
	"github.com/ollama/ollama@v0.17.4 CGO_ENABLED=0"          # OpenAI-compatible server and LLM CLI (per-user key store); llama.cpp's C++ needs headers this machine lacks
	"github.com/GoogleCloudPlatform/cloud-sql-proxy/v2@v2.27.0" # Google Cloud CLI proxy (OAuth tokens, credential files)
)

want=("$@")
mkdir -p "$APPS" "$BIN"
(cd "$ROOT" && go build -o "$BIN/apikeylint" ./cmd/apikeylint)
export GOWORK=off GOFLAGS=-mod=mod

failed=0
for entry in "${APPLICATIONS[@]}"; do
	entry=${entry%%#*}
	read -r modver envs <<<"$entry"
	mod=${modver%@*}
	if [ ${#want[@]} -gt 0 ] && [[ " ${want[*]} " != *" $mod "* ]]; then
		continue
	fi
	dir=$APPS/$(tr / _ <<<"$mod")
	if [ ! -f "$dir/go.mod" ]; then
		src=$(cd "$APPS" && go mod download -json "$modver" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')
		if [ -z "$src" ]; then
			echo "$mod: go mod download $modver failed"
			failed=1
			continue
		fi
		rm -rf "$dir"
		cp -r "$src" "$dir"
		chmod -R u+w "$dir"
	fi
	out=$BIN/$(tr / _ <<<"$mod").txt
	rc=0
	# shellcheck disable=SC2086 # envs is a list of NAME=value words
	all=$(cd "$dir" && env $envs go list -e ./... 2>/dev/null | wc -l | tr -d ' ')
	# shellcheck disable=SC2086
	mapfile -t pkgs < <(cd "$dir" && env $envs go list -e -f '{{if and (not .Error) (not .DepsErrors)}}{{.ImportPath}}{{end}}' ./... 2>/dev/null | grep -v '^$')
	# shellcheck disable=SC2086
	(cd "$dir" && env $envs "$BIN/apikeylint" "${pkgs[@]}" >"$out" 2>&1) || rc=$?
	cats='(hardcoded-key|bearer-scheme|key-source|frontend-key|key-exposure)'
	n=$({ grep -E "^.+:[0-9]+:[0-9]+: $cats: " "$out" || true; } | wc -l | tr -d ' ')
	echo "$modver${envs:+ ($envs)}: ${#pkgs[@]} of $all packages, exit $rc, $n findings"
	if [ "$rc" -ne 0 ] && [ "$rc" -ne 3 ]; then
		failed=1
		# Load errors (type errors in packages whose cgo or build tags this
		# machine cannot satisfy): the rest is still analyzed.
		grep -vE ": $cats: " "$out" | head -n 5 | sed 's/^/    /'
	fi
	[ "$n" -eq 0 ] || grep -E ": $cats: |^\s+used as a key" "$out" | sed "s|^$dir/|    |"
done
exit $failed
