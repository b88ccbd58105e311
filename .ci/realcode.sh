#!/usr/bin/env bash
# Run apikeylint on real code nobody here wrote, to keep it precise: every
# finding it prints there must be one the module's maintainers would thank
# us for. Not part of CI (it downloads about 30 modules); run it before
# calling a check done and list what it prints in your note.
#
# Usage:  bash .ci/realcode.sh [module...]      (default: every module below)
#
# It builds ./cmd/apikeylint, requires each module at the pinned version in a
# scratch module of its own (under $REAL, default /work/realcode), and runs
# `apikeylint <module>/...` (tests included, cross-package flows on) on it; for
# modules with js/wasm code also with GOOS=js GOARCH=wasm. It prints one line
# per run (packages, exit code, findings) and the findings themselves, and
# exits 1 when a run failed to load. std and the benchmark targets are in
# .ci/bench.sh (TOOLS=apikeylint N=1 WARMUP=0 gives their findings).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
REAL=${REAL:-/work/realcode}
BIN=${BIN:-${TMPDIR:-/tmp}/apikeylint-realcode}

# module@version (the newest that loaded with Go 1.26 on 2026-11-26); a
# trailing " js" also runs the js/wasm pass.
MODULES=(
	"github.com/sashabaranov/go-openai@v1.43.0"
	"github.com/openai/openai-go/v3@v3.98.0"
	"github.com/anthropics/anthropic-sdk-go/v2@v2.15.0"
	"github.com/minio/minio-go/v7@v7.4.1"
	"github.com/caddyserver/caddy/v2@v2.11.9"
	"github.com/tmc/langchaingo@v0.1.14"
	"github.com/bwmarrin/discordgo@v0.29.0"
	"github.com/go-telegram-bot-api/telegram-bot-api/v5@v5.5.1"
	"github.com/hashicorp/vault/api@v1.23.0"
	"github.com/hashicorp/consul/api@v1.34.5"
	"github.com/slack-go/slack@v0.35.0"
	"github.com/stripe/stripe-go/v82@v82.5.1"
	"github.com/sendgrid/sendgrid-go@v3.16.1+incompatible"
	"github.com/twilio/twilio-go@v1.31.0"
	"github.com/getsentry/sentry-go@v0.50.0"
	"github.com/coreos/go-oidc/v3@v3.21.0"
	"github.com/golang-jwt/jwt/v5@v5.3.1"
	"golang.org/x/oauth2@v0.38.0"
	"github.com/go-resty/resty/v2@v2.17.2"
	"github.com/gin-gonic/gin@v1.12.0"
	"github.com/labstack/echo/v4@v4.16.0"
	"github.com/gofiber/fiber/v2@v2.52.15"
	"github.com/nats-io/nats.go@v1.55.0"
	"github.com/redis/go-redis/v9@v9.23.0"
	"github.com/prometheus/client_golang@v1.25.0"
	"github.com/maxence-charriere/go-app/v10@v10.1.0 js"
)

want=("$@")
mkdir -p "$REAL" "$BIN"
(cd "$ROOT" && go build -o "$BIN/apikeylint" ./cmd/apikeylint)
export GOWORK=off GOFLAGS=-mod=mod

failed=0
for entry in "${MODULES[@]}"; do
	read -r modver js <<<"$entry"
	mod=${modver%@*}
	if [ ${#want[@]} -gt 0 ] && [[ " ${want[*]} " != *" $mod "* ]]; then
		continue
	fi
	# A scratch module of its own, so that one module's requirements (a
	# newer sentry-go) cannot break another's build (langchaingo's
	# cockroachdb/errors), in this run or the next.
	scratch=$REAL/$(tr / _ <<<"$mod")
	mkdir -p "$scratch" && cd "$scratch"
	[ -f go.mod ] || printf 'module realcode\n\ngo 1.26.0\n' >go.mod
	go get "$modver" >/dev/null 2>&1 || { echo "$mod: go get $modver failed"; failed=1; continue; }
	passes=(host)
	[ "$js" = js ] && passes+=(js)
	for pass in "${passes[@]}"; do
		env=()
		[ "$pass" = js ] && env=(GOOS=js GOARCH=wasm)
		out=$BIN/$(tr / _ <<<"$mod").$pass.txt
		pkgs=$(env "${env[@]}" go list -e "$mod/..." 2>/dev/null | wc -l | tr -d ' ')
		rc=0
		env "${env[@]}" "$BIN/apikeylint" "$mod/..." >"$out" 2>&1 || rc=$?
		n=$({ grep -E '^.+:[0-9]+:[0-9]+: [a-z-]+: ' "$out" || true; } | wc -l | tr -d ' ')
		echo "$mod ($pass): $pkgs packages, exit $rc, $n findings"
		if [ "$rc" -ne 0 ] && [ "$rc" -ne 3 ]; then
			failed=1
			head -n 5 "$out" | sed 's/^/    /'
		fi
		[ "$n" -eq 0 ] || grep -E ': [a-z-]+: |^\s+used as a key' "$out" | sed "s|^.*/pkg/mod/|    |"
	done
done
exit $failed
