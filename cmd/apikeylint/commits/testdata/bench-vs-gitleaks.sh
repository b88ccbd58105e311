#!/usr/bin/env bash
# bench-vs-gitleaks.sh: time `apikeylint commits` against stock `gitleaks git`
# with the same rules on the same generated history (not a test; run by hand).
#
# Usage: bash cmd/apikeylint/commits/testdata/bench-vs-gitleaks.sh [commits] [runs]
#   commits: size of the generated history (default 400)
#   runs:    timed runs of each tool, alternating (default 7)
# Prints the median wall time of each and the ratio apikeylint/gitleaks.
set -euo pipefail

ncommits=${1:-400}
runs=${2:-7}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)
work=${BENCH_DIR:-$(mktemp -d /tmp/apikeylint-bench.XXXXXX)}
mkdir -p "$work/bin"

[[ -x $work/bin/gitleaks ]] || (cd "$work" && GOWORK=off GOBIN="$work/bin" go install github.com/zricethezav/gitleaks/v8@v8.30.1)
(cd "$root" && go build -o "$work/bin/apikeylint" ./cmd/apikeylint)
"$work/bin/apikeylint" commits --print-rules >"$work/rules.toml"

repo=$work/repo
if [[ ! -d $repo/.git ]]; then
	echo "bench: generating $ncommits commits in $repo"
	export GIT_AUTHOR_NAME=Bench GIT_AUTHOR_EMAIL=bench@example.com
	export GIT_COMMITTER_NAME=Bench GIT_COMMITTER_EMAIL=bench@example.com
	export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
	mkdir -p "$repo" && git -C "$repo" init -q -b main
	for ((i = 1; i <= ncommits; i++)); do
		d="$repo/pkg$((i % 20))"
		mkdir -p "$d"
		{
			echo "package pkg$((i % 20))"
			echo
			for ((j = 0; j < 40; j++)); do
				printf 'func f%d_%d(apiKey string, token int) string { return "%s" + apiKey }\n' \
					"$i" "$j" "$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
			done
		} >"$d/file$i.go"
		{
			echo "service: demo$i"
			for ((j = 0; j < 30; j++)); do
				printf 'setting_%d: %s\n' "$j" "$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
			done
			printf 'image: ghcr.io/demo/app@sha256:%s\n' "$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"
		} >"$d/config$((i % 5)).yaml"
		if ((i % 50 == 0)); then
			printf 'WAVESPEED_API_KEY=%s\n' "$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')" >"$repo/.env$i"
		fi
		git -C "$repo" add -A
		git -C "$repo" -c commit.gpgsign=false commit -q -m "commit $i"
	done
fi

# Wall time and CPU time (user+sys, the tool and its git children): on a
# busy machine the CPU figure is the steadier one.
TIMEFORMAT='%R %U %S'
median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
: >"$work/t-gitleaks"
: >"$work/t-apikeylint"
for ((r = 0; r < runs; r++)); do
	{ time "$work/bin/gitleaks" git --config "$work/rules.toml" --no-banner --log-level error \
		--report-format json --report-path "$work/gitleaks.json" "$repo" >/dev/null 2>&1 || true; } 2>>"$work/t-gitleaks"
	{ time "$work/bin/apikeylint" commits --format json --report "$work/apikeylint.json" "$repo" >/dev/null 2>&1 || true; } 2>>"$work/t-apikeylint"
done
col() { awk -v c="$1" '{ if (c == "wall") print $1; else print $2 + $3 }' "$2" | median; }
gw=$(col wall "$work/t-gitleaks") aw=$(col wall "$work/t-apikeylint")
gc=$(col cpu "$work/t-gitleaks") ac=$(col cpu "$work/t-apikeylint")
ratio() { awk -v a="$1" -v g="$2" 'BEGIN {printf "%.3f", a / g}'; }
echo "bench: $ncommits commits, $runs runs each (medians)"
echo "bench: wall: gitleaks ${gw}s, apikeylint commits ${aw}s, ratio $(ratio "$aw" "$gw")"
echo "bench: cpu:  gitleaks ${gc}s, apikeylint commits ${ac}s, ratio $(ratio "$ac" "$gc")"
echo "bench: findings: gitleaks $(grep -c '"RuleID"' "$work/gitleaks.json"), apikeylint $(grep -c '"RuleID"' "$work/apikeylint.json")"
