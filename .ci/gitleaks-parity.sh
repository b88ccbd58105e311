#!/usr/bin/env bash
# gitleaks-parity.sh: `apikeylint commits` must find exactly what stock
# gitleaks (same version as the library, same rules file) finds in the same
# history. Builds a throwaway repository with keys of several providers, runs
# both tools, and compares the sets of (rule id, file, line, commit).
# Exits non-zero on any difference, or when the check would be vacuous.
#
# Usage: .ci/gitleaks-parity.sh   (from anywhere; needs go and git)
set -euo pipefail

GITLEAKS_VERSION=v8.30.1
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin"

echo "parity: installing gitleaks $GITLEAKS_VERSION and building apikeylint"
(cd "$work" && GOWORK=off GOBIN="$work/bin" go install "github.com/zricethezav/gitleaks/v8@$GITLEAKS_VERSION")
(cd "$root" && go build -o "$work/bin/apikeylint" ./cmd/apikeylint)
gitleaks="$work/bin/gitleaks"
apikeylint="$work/bin/apikeylint"

# Keys are made here, never stored: 64-hex from sha256 of a seed, the
# alphanumeric ones from the same digest mapped onto [A-Za-z0-9].
hex64() { printf '%s' "$1" | sha256sum | cut -c1-64; }
alnum() { # alnum SEED LEN
	local h out="" i c
	h=$(hex64 "$1")$(hex64 "$1-2")
	for ((i = 0; i < $2; i++)); do
		c=$((16#${h:i*2 % 120:2} % 62))
		out+=$(printf '%s' "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789" | cut -c$((c + 1)))
	done
	printf '%s' "$out"
}

repo="$work/repo"
mkdir -p "$repo"
g() {
	git -C "$repo" -c commit.gpgsign=false -c core.autocrlf=false "$@"
}
export GIT_AUTHOR_NAME="Parity Test" GIT_AUTHOR_EMAIL=parity@example.com
export GIT_COMMITTER_NAME="Parity Test" GIT_COMMITTER_EMAIL=parity@example.com
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
commit() { g add -A && g commit -q -m "$1"; }

g init -q -b main
printf '# demo\n' >"$repo/README.md"
commit "readme"
printf 'WAVESPEED_API_KEY=%s\n' "$(hex64 parity-env)" >"$repo/.env"
commit "add env"
rm "$repo/.env"
commit "remove env"
printf 'server:\n  port: 8080\nwavespeed_api_key: %s\n' "$(hex64 parity-yaml)" >"$repo/config.yaml"
printf '{\n  "name": "demo",\n  "wavespeedKey": "%s"\n}\n' "$(hex64 parity-json)" >"$repo/settings.json"
commit "config"
cat >"$repo/client.go" <<EOF
package client

// WaveSpeed client.
const base = "https://api.wavespeed.ai"

func headers() map[string]string {
	return map[string]string{"Authorization": "Bearer $(hex64 parity-bearer)"}
}
EOF
printf 'curl -H "Authorization: Bearer %s" https://example.com\n' "$(hex64 parity-other)" >"$repo/other.sh"
commit "client"
printf 'WSK = "wsk_live_%s"\nREPLICATE_API_TOKEN = "r8_%s"\n' "$(alnum parity-wsk 32)" "$(alnum parity-r8 37)" >"$repo/keys.py"
printf 'token: ghp_%s\n' "$(alnum parity-ghp 36)" >"$repo/ci.yml"
printf 'WAVESPEED_API_KEY=%s # gitleaks:allow\n' "$(hex64 parity-allow)" >"$repo/allowed.env"
# Formats the registry adds: a prefixed one, a context one (DeepSeek's
# sk- + 32 hex beside a DeepSeek name) and one keyed on a mention (Discord).
printf 'GROQ_API_KEY=gsk_%s\nDEEPSEEK_API_KEY=sk-%s\n' "$(alnum parity-groq 52)" "$(hex64 parity-deepseek | cut -c1-32)" >"$repo/ai.env"
printf '# discord bot\nDISCORD_BOT_TOKEN=MTE%s.%s.%s\n' "$(alnum parity-discord-a 21)" "$(alnum parity-discord-b 6)" "$(alnum parity-discord-c 38)" >"$repo/bot.env"
commit "more keys"
printf 'package main\n\nfunc main() {\n\twavespeedKey := "%s"\n\t_ = wavespeedKey\n}\n' "$(hex64 parity-main)" >"$repo/main.go"
commit "main"
printf 'wavespeed_api_key: %s\n' "$(hex64 parity-ignored)" >"$repo/ignored.yaml"
commit "ignored"
printf '%s:ignored.yaml:wavespeed-api-key:1\n' "$(g rev-parse HEAD)" >"$repo/.gitleaksignore"

"$apikeylint" commits --print-rules >"$work/rules.toml"

# Both tools exit 1 (gitleaks: --exit-code) on findings; anything else fails.
rc=0
(cd "$repo" && "$gitleaks" git --config "$work/rules.toml" --no-banner --log-level error --exit-code 7 \
	--report-format json --report-path "$work/gitleaks.json" "$repo") || rc=$?
[[ $rc == 7 ]] || { echo "parity: gitleaks exited $rc, want 7 (findings)"; exit 1; }
for mode in builtin config; do
	args=()
	[[ $mode == config ]] && args=(--config "$work/rules.toml")
	rc=0
	"$apikeylint" commits "${args[@]}" --format json --report "$work/apikeylint-$mode.json" "$repo" 2>/dev/null || rc=$?
	[[ $rc == 1 ]] || { echo "parity: apikeylint commits ($mode rules) exited $rc, want 1"; exit 1; }
done

# One "rule<TAB>file<TAB>line<TAB>commit" per finding, from the JSON reports
# (both are gitleaks' report.Finding, encoded with one-space indents).
keys_of() {
	awk '
		/^  "RuleID": /    { r = $0; sub(/^  "RuleID": "/, "", r); sub(/",?$/, "", r) }
		/^  "StartLine": / { l = $0; sub(/^  "StartLine": /, "", l); sub(/,$/, "", l) }
		/^  "File": /      { f = $0; sub(/^  "File": "/, "", f); sub(/",?$/, "", f) }
		/^  "Commit": /    { c = $0; sub(/^  "Commit": "/, "", c); sub(/",?$/, "", c); print r "\t" f "\t" l "\t" c }
	' "$1" | sort -u
}
keys_of "$work/gitleaks.json" >"$work/gitleaks.set"
status=0
for mode in builtin config; do
	keys_of "$work/apikeylint-$mode.json" >"$work/apikeylint-$mode.set"
	if ! diff -u "$work/gitleaks.set" "$work/apikeylint-$mode.set" >"$work/diff-$mode"; then
		echo "parity: MISMATCH between gitleaks and apikeylint commits ($mode rules):"
		cat "$work/diff-$mode"
		status=1
	fi
done

echo "parity: gitleaks found $(wc -l <"$work/gitleaks.set") findings:"
sed 's/^/  /' "$work/gitleaks.set"
for want in wavespeed-api-key wavespeed-bearer-token wavespeed-wsk-key replicate-api-token groq-api-key deepseek-api-key discord-bot-token; do
	grep -q "^$want	" "$work/gitleaks.set" || { echo "parity: no $want finding: the check is vacuous"; status=1; }
done
for unwanted in 'allowed.env' 'ignored.yaml' 'other.sh'; do
	if grep -h "	$unwanted	" "$work/gitleaks.set" "$work/apikeylint-builtin.set" | grep -q '^wavespeed'; then
		echo "parity: unexpected wavespeed finding in $unwanted"
		status=1
	fi
done
# No whole key in our report.
for seed in parity-env parity-yaml parity-json parity-bearer parity-main; do
	if grep -q "$(hex64 "$seed")" "$work/apikeylint-builtin.json"; then
		echo "parity: apikeylint report holds an unredacted key ($seed)"
		status=1
	fi
done
[[ $status == 0 ]] && echo "parity: OK, same findings"
exit "$status"
