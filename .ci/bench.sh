#!/usr/bin/env bash
# Benchmark apikeylint against its load-and-type-check floor and gosec G101.
#
# Usage:  bash .ci/bench.sh [target...]        (default: every target)
#
# Targets:
#   std         the standard library (apikeylint std)
#   go-openai   github.com/sashabaranov/go-openai/...
#   openai-go   github.com/openai/openai-go/v3/...
#   anthropic   github.com/anthropics/anthropic-sdk-go/v2/...
#   minio       github.com/minio/minio-go/v7/...
#   caddy       github.com/caddyserver/caddy/v2/...
#   net         net/... of the standard library (GOROOT code: no summaries)
#   client-go   k8s.io/client-go/...            (the big one)
#   caddy-own   caddy copied out of the module cache and linted there, so that
#               it counts as the user's own code (cross-package summaries on)
#   precommit   `apikeylint ./...` in a warm small module after editing one file
#
# Tools timed on each target (TOOLS selects a subset):
#   apikeylint  the real linter, built from ./cmd/apikeylint (-test=true, the default)
#   noop        testdata/noop: a no-op analyzer with no facts; the checker loads
#               the roots from source and their deps from export data
#               (LoadSyntax), as it does for apikeylint by default: its floor
#   apikeylint-cross  apikeylint -facts, which declares a fact type
#   noop-inspect  the same no-op requiring the inspect pass (NOOP_INSPECT=1): the
#               floor of an analyzer built on the inspector, as apikeylint is
#   noop-facts  the same no-op declaring a fact type (NOOP_FACTS=1); the checker
#               then type-checks every dependency from source (LoadAllSyntax), as
#               it does for apikeylint -facts: that mode's floor
#   gosec       gosec -include=G101 -quiet -fmt=json ./... in the target's source
#               directory (gosec skips _test.go files by default)
#
# Environment:
#   N=5          timed runs per tool and target (medians are reported)
#   ALTERNATE=1  time apikeylint and noop alternately, run by run, so that both
#                see the same load (the other TOOLS are skipped)
#   WARMUP=1     untimed runs first, to warm the build cache
#   TOOLS="apikeylint noop apikeylint-cross noop-facts gosec"
#   SCRATCH=/work/scratch   module that requires the real modules; created
#                           (pinned versions below) when it has no go.mod
#   BIN=/tmp/apikeylint-bench  where binaries, logs and copies go
#
# apikeylint exits 3 when it reports findings and gosec exits 1: neither fails
# the benchmark; the findings are counted. Progress goes to stderr, the
# markdown table to stdout.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
N=${N:-5}
WARMUP=${WARMUP:-1}
TOOLS=${TOOLS:-"apikeylint noop apikeylint-cross noop-facts gosec"}
SCRATCH=${SCRATCH:-/work/scratch}
BIN=${BIN:-${TMPDIR:-/tmp}/apikeylint-bench}
ALL_TARGETS="std net go-openai openai-go anthropic minio caddy client-go caddy-own precommit"
ALTERNATE=${ALTERNATE:-0}

log() { printf '%s\n' "$*" >&2; }

declare -A PATTERN=(
	[std]=std
	[net]=net/...
	[caddy-own]=./...
	[go-openai]=github.com/sashabaranov/go-openai/...
	[openai-go]=github.com/openai/openai-go/v3/...
	[anthropic]=github.com/anthropics/anthropic-sdk-go/v2/...
	[minio]=github.com/minio/minio-go/v7/...
	[caddy]=github.com/caddyserver/caddy/v2/...
	[client-go]=k8s.io/client-go/...
	[precommit]=./...
)
# Versions for a freshly created scratch module (the newest that load with Go 1.26).
SCRATCH_MODULES=(
	github.com/sashabaranov/go-openai@v1.43.0
	github.com/openai/openai-go/v3@v3.98.0
	github.com/anthropics/anthropic-sdk-go/v2@v2.15.0
	github.com/minio/minio-go/v7@v7.4.1
	github.com/caddyserver/caddy/v2@v2.11.9
	k8s.io/client-go@v0.37.2
)

targets=("$@")
[ ${#targets[@]} -gt 0 ] || read -r -a targets <<<"$ALL_TARGETS"
for t in "${targets[@]}"; do
	[ -n "${PATTERN[$t]:-}" ] || { log "unknown target '$t' (known: $ALL_TARGETS)"; exit 2; }
done

mkdir -p "$BIN/logs"
BIN=$(cd "$BIN" && pwd)

# ---- timing ----------------------------------------------------------------
TIMER=/usr/bin/time
if [ ! -x "$TIMER" ]; then
	log "installing Debian 'time' for peak RSS"
	{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time; } >&2 || true
fi
[ -x "$TIMER" ] || { TIMER=; log "no /usr/bin/time: peak RSS not measured"; }

# run_timed OUTPREFIX DIR CMD... : runs CMD in DIR, stdout/stderr to
# OUTPREFIX.out/.err, and prints "seconds peak_kb exit_code".
run_timed() {
	local out=$1 dir=$2; shift 2
	local rc=0
	if [ -n "$TIMER" ]; then
		(cd "$dir" && "$TIMER" -o "$out.time" -f '%e %M' "$@" >"$out.out" 2>"$out.err") || rc=$?
		echo "$(tail -n1 "$out.time") $rc"
	else
		local t0 t1
		t0=$(date +%s.%N)
		(cd "$dir" && "$@" >"$out.out" 2>"$out.err") || rc=$?
		t1=$(date +%s.%N)
		echo "$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.2f", b-a}') 0 $rc"
	fi
}

median() { sort -g | awk '{a[NR]=$1} END{if(NR==0){print "-"} else if(NR%2){print a[(NR+1)/2]} else {printf "%.2f\n",(a[NR/2]+a[NR/2+1])/2}}'; }

# ---- build -----------------------------------------------------------------
log "building apikeylint and noop into $BIN"
(cd "$ROOT" && go build -o "$BIN/apikeylint" ./cmd/apikeylint)
(cd "$ROOT" && go build -o "$BIN/noop" ./testdata/noop)

GOSEC=
if [[ " $TOOLS " == *" gosec "* ]]; then
	GOSEC=$(command -v gosec || true)
	[ -n "$GOSEC" ] || [ ! -x "$(go env GOPATH)/bin/gosec" ] || GOSEC=$(go env GOPATH)/bin/gosec
	if [ -z "$GOSEC" ]; then
		log "installing gosec"
		if (cd "$BIN" && GOWORK=off GOFLAGS= go install github.com/securego/gosec/v2/cmd/gosec@latest) >&2; then
			GOSEC=$(go env GOPATH)/bin/gosec
		else
			log "NOTE: gosec could not be installed; skipping it"
		fi
	fi
fi

# ---- scratch module with the real modules ----------------------------------
needs_scratch=
for t in "${targets[@]}"; do case $t in std | net | precommit) ;; *) needs_scratch=1 ;; esac; done
if [ -n "$needs_scratch" ] && [ ! -f "$SCRATCH/go.mod" ]; then
	log "creating scratch module in $SCRATCH"
	mkdir -p "$SCRATCH"
	printf 'module scratch\n\ngo 1.26.0\n' >"$SCRATCH/go.mod"
	{
		echo '// Package scratch blank-imports one package of each real module benchmarked.'
		echo 'package scratch'
		echo
		echo 'import ('
		for m in "${SCRATCH_MODULES[@]}"; do
			p=${m%@*}
			[ "$p" = k8s.io/client-go ] && p=k8s.io/client-go/kubernetes
			echo "	_ \"$p\""
			# vertex brings cloud.google.com/go/auth into go.mod, so that its own
			# requirements (otelgrpc) count in the pruned module graph; without
			# it auth/grpctransport fails to type-check.
			[ "$p" = github.com/anthropics/anthropic-sdk-go/v2 ] && echo "	_ \"$p/vertex\""
		done
		echo ')'
	} >"$SCRATCH/imports.go"
	(cd "$SCRATCH" && GOWORK=off GOFLAGS=-mod=mod go get "${SCRATCH_MODULES[@]}" && GOWORK=off GOFLAGS=-mod=mod go mod tidy && GOWORK=off GOFLAGS=-mod=mod go mod download) >&2
fi

# ---- the pre-commit module: small, warm, one file edited before each run ----
PRE=$BIN/precommit
make_precommit() {
	rm -rf "$PRE"
	mkdir -p "$PRE/client" "$PRE/server" "$PRE/cmd/app"
	printf 'module precommit\n\ngo 1.26.0\n' >"$PRE/go.mod"
	cat >"$PRE/client/client.go" <<'EOF'
// Package client calls an HTTP API with a key read from the environment.
package client

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
)

type Client struct {
	base string
	key  string
	hc   *http.Client
}

func New(base string) (*Client, error) {
	key := os.Getenv("EXAMPLE_API_KEY")
	if key == "" {
		return nil, fmt.Errorf("EXAMPLE_API_KEY is not set")
	}
	return &Client{base: base, key: key, hc: http.DefaultClient}, nil
}

func (c *Client) Get(ctx context.Context, path string, v any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+path, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+c.key)
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(v)
}
EOF
	cat >"$PRE/client/client_test.go" <<'EOF'
package client

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestNew(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	defer srv.Close()
	t.Setenv("EXAMPLE_API_KEY", "")
	if _, err := New(srv.URL); err == nil {
		t.Fatal("want error")
	}
}
EOF
	cat >"$PRE/server/server.go" <<'EOF'
// Package server serves a small JSON API.
package server

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"strings"
)

func Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /items/{id}", func(w http.ResponseWriter, r *http.Request) {
		id := strings.TrimSpace(r.PathValue("id"))
		slog.Info("item", "id", id)
		_ = json.NewEncoder(w).Encode(map[string]string{"id": id})
	})
	return mux
}
EOF
	cat >"$PRE/cmd/app/main.go" <<'EOF'
package main

import (
	"context"
	"log"
	"net/http"

	"precommit/client"
	"precommit/server"
)

func main() {
	c, err := client.New("http://127.0.0.1:8080")
	if err != nil {
		log.Fatal(err)
	}
	var v map[string]string
	_ = c.Get(context.Background(), "/items/1", &v)
	log.Fatal(http.ListenAndServe("127.0.0.1:8080", server.Handler()))
}
EOF
}

# ---- counting findings -------------------------------------------------------
count_akl() { # diagnostics are "file:line:col: message" lines on stderr
	{ grep -E '^.+:[0-9]+:[0-9]+: ' "$1.err" || true; } | sort -u | wc -l | tr -d ' '
}
count_gosec() {
	# -quiet prints nothing at all when there is no issue
	[ -s "$1.out" ] || { echo "0 G101"; return; }
	if command -v jq >/dev/null; then # "Golang errors": packages gosec failed to load
		jq -r '"\(.Issues | length) G101, \(.["Golang errors"] // {} | length) pkgs with load errors"' "$1.out" 2>/dev/null || echo "?"
	else
		echo "$(grep -c '"rule_id"' "$1.out" || true) G101"
	fi
}

# ---- one tool on one target -------------------------------------------------
ROWS=()
AKL_MED=
bench_tool() { # target tool dir cmd...
	local target=$1 tool=$2 dir=$3; shift 3
	local i secs=() peak=0 rc=0 res s kb code edits=0 prefix
	prefix="$BIN/logs/$target.$tool"
	local total=$((WARMUP + N))
	for ((i = 1; i <= total; i++)); do
		if [ "$target" = precommit ]; then # a real edit: mtime alone changes no Go cache key
			edits=$((edits + 1))
			printf '\n// edit %s %s %s\n' "$tool" "$i" "$(date +%s%N)" >>"$PRE/client/client.go"
		fi
		res=$(run_timed "$prefix" "$dir" "$@")
		read -r s kb code <<<"$res"
		if ((i <= WARMUP)); then
			log "  $target $tool warm-up: ${s}s rc=$code"
			continue
		fi
		log "  $target $tool run $((i - WARMUP))/$N: ${s}s $((kb / 1024))MB rc=$code"
		secs+=("$s")
		((kb > peak)) && peak=$kb
		rc=$code
	done
	local med min max
	med=$(printf '%s\n' "${secs[@]}" | median)
	min=$(printf '%s\n' "${secs[@]}" | sort -g | head -n1)
	max=$(printf '%s\n' "${secs[@]}" | sort -g | tail -n1)
	local findings="-"
	case $tool in
	apikeylint | apikeylint-cross) findings=$(count_akl "$prefix")
		[ "$tool" = apikeylint ] && AKL_MED=$med
		((rc == 0 || rc == 3)) || findings="ERROR rc=$rc (see $prefix.err)" ;;
	noop | noop-facts | noop-inspect) ((rc == 0)) || findings="ERROR rc=$rc (see $prefix.err)" ;;
	gosec) findings=$(count_gosec "$prefix") ;;
	esac
	local ratio="-"
	if [ -n "$AKL_MED" ] && [ "$med" != "-" ]; then
		ratio=$(awk -v a="$AKL_MED" -v b="$med" 'BEGIN{if(b>0) printf "%.2f", a/b; else print "-"}')
	fi
	ROWS+=("| $target | ${PKGS:-?} | $tool | $med | $min | $max | $((peak / 1024)) | $ratio | $findings |")
}

# bench_pair TARGET DIR ENV... -- PATTERN: apikeylint and noop, alternated run
# by run (a pre-commit edit before each), so that both see the same load.
bench_pair() {
	local target=$1 dir=$2; shift 2
	local envs=() pattern i res s kb code a=() n=() rc=0
	while [ "$1" != -- ]; do envs+=("$1"); shift; done
	pattern=$2
	local total=$((WARMUP + N))
	for ((i = 1; i <= total; i++)); do
		for tool in apikeylint noop; do
			if [ "$target" = precommit ]; then
				printf '\n// edit %s %s %s\n' "$tool" "$i" "$(date +%s%N)" >>"$PRE/client/client.go"
			fi
			res=$(run_timed "$BIN/logs/$target.$tool" "$dir" "${envs[@]}" "$BIN/$tool" "$pattern")
			read -r s kb code <<<"$res"
			[ "$tool" = apikeylint ] && rc=$code
			((i <= WARMUP)) && continue
			if [ "$tool" = apikeylint ]; then a+=("$s"); else n+=("$s"); fi
			log "  $target $tool run $((i - WARMUP))/$N: ${s}s rc=$code"
		done
	done
	local am nm findings
	am=$(printf '%s\n' "${a[@]}" | median)
	nm=$(printf '%s\n' "${n[@]}" | median)
	findings=$(count_akl "$BIN/logs/$target.apikeylint")
	((rc == 0 || rc == 3)) || findings="ERROR rc=$rc"
	ROWS+=("| $target | ${PKGS:-?} | apikeylint | $am | $(printf '%s\n' "${a[@]}" | sort -g | head -n1) | $(printf '%s\n' "${a[@]}" | sort -g | tail -n1) | - | 1.00 | $findings |")
	ROWS+=("| $target | ${PKGS:-?} | noop | $nm | $(printf '%s\n' "${n[@]}" | sort -g | head -n1) | $(printf '%s\n' "${n[@]}" | sort -g | tail -n1) | - | $(awk -v a="$am" -v b="$nm" 'BEGIN{if(b>0) printf "%.2f", a/b; else print "-"}') | - |")
}

# ---- main loop ---------------------------------------------------------------
for t in "${targets[@]}"; do
	pattern=${PATTERN[$t]}
	AKL_MED=
	case $t in
	precommit)
		make_precommit
		dir=$PRE
		envs=(env GOWORK=off GOFLAGS=-mod=mod)
		gosec_dir=$PRE
		;;
	caddy-own)
		# A writable copy outside the module cache: its packages are the
		# user's own code, so summaries of its other packages are read.
		src=$(cd "$SCRATCH" && GOWORK=off GOFLAGS=-mod=mod go list -m -f '{{.Dir}}' github.com/caddyserver/caddy/v2)
		dir=$BIN/caddy-own
		if [ ! -f "$dir/go.mod" ]; then
			rm -rf "$dir" && cp -r "$src" "$dir" && chmod -R u+w "$dir"
		fi
		envs=(env GOWORK=off GOFLAGS=-mod=mod)
		gosec_dir=$dir
		;;
	std | net)
		dir=${SCRATCH}
		[ -d "$dir" ] || dir=$BIN
		envs=(env GOWORK=off GOFLAGS=-mod=mod)
		[ -f "$dir/go.mod" ] || envs=(env GOWORK=off)
		gosec_dir=$(go env GOROOT)/src
		;;
	*)
		dir=$SCRATCH
		envs=(env GOWORK=off GOFLAGS=-mod=mod)
		mod=${pattern%/...}
		# gosec takes directories: lint a writable copy of the module as a main module.
		src=$(cd "$SCRATCH" && GOWORK=off GOFLAGS=-mod=mod go list -m -f '{{.Dir}}' "$mod")
		gosec_dir=$BIN/src/$t
		if [[ " $TOOLS " == *" gosec "* ]] && [ ! -d "$gosec_dir" ]; then
			mkdir -p "$BIN/src" && cp -r "$src" "$gosec_dir" && chmod -R u+w "$gosec_dir"
		fi
		;;
	esac
	PKGS=$(cd "$dir" && "${envs[@]}" go list -e "$pattern" 2>/dev/null | wc -l | tr -d ' ')
	log "== $t ($pattern, $PKGS packages) in $dir"
	if [ "$ALTERNATE" = 1 ]; then
		bench_pair "$t" "$dir" "${envs[@]}" -- "$pattern"
		continue
	fi
	for tool in $TOOLS; do
		case $tool in
		apikeylint) bench_tool "$t" apikeylint "$dir" "${envs[@]}" "$BIN/apikeylint" "$pattern" ;;
		noop) bench_tool "$t" noop "$dir" "${envs[@]}" "$BIN/noop" "$pattern" ;;
		apikeylint-cross) bench_tool "$t" apikeylint-cross "$dir" "${envs[@]}" "$BIN/apikeylint" -facts "$pattern" ;;
		noop-facts) bench_tool "$t" noop-facts "$dir" "${envs[@]}" NOOP_FACTS=1 "$BIN/noop" "$pattern" ;;
		noop-inspect) bench_tool "$t" noop-inspect "$dir" "${envs[@]}" NOOP_INSPECT=1 "$BIN/noop" "$pattern" ;;
		gosec)
			if [ -z "$GOSEC" ]; then
				ROWS+=("| $t | $PKGS | gosec | - | - | - | - | - | skipped: gosec not installed |")
			elif [ "$t" = std ]; then # GOROOT/src is module std with a vendor directory
				bench_tool "$t" gosec "$gosec_dir" env GOWORK=off GOFLAGS= "$GOSEC" -include=G101 -quiet -fmt=json ./...
			else
				bench_tool "$t" gosec "$gosec_dir" env GOWORK=off GOFLAGS=-mod=mod "$GOSEC" -include=G101 -quiet -fmt=json ./...
			fi
			;;
		*) log "unknown tool $tool"; exit 2 ;;
		esac
	done
done

# ---- report -----------------------------------------------------------------
echo "## apikeylint benchmark"
echo
echo "$(go version), $(nproc) cores, N=$N timed runs after $WARMUP warm-up run(s); wall seconds; peak RSS is the largest of the timed runs."
echo "\`apikeylint ÷ this\` is apikeylint's median over this row's median."
echo
echo "| target | pkgs | tool | median s | min s | max s | peak RSS MB | apikeylint ÷ this | findings |"
echo "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | --- |"
printf '%s\n' "${ROWS[@]}"
echo
echo "Logs of the last run of each: $BIN/logs/<target>.<tool>.{out,err}"
