#!/usr/bin/env bash
# actionlint.sh: check the GitHub code-scanning workflow that README.md
# gives (the ```yaml block whose first line is
# "# .github/workflows/apikeylint.yml") with actionlint, built from the Go
# module proxy at a pinned version.
#
# Usage: bash .ci/actionlint.sh   (from anywhere; exits non-zero on failure)
set -euo pipefail

version=v1.7.12
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
wf="$work/.github/workflows/apikeylint.yml"
mkdir -p "$(dirname "$wf")"

awk '
	/^```yaml$/ { getline first; if (first == "# .github/workflows/apikeylint.yml") { inblock = 1; print first }; next }
	inblock && /^```$/ { inblock = 0; found++; next }
	inblock { print }
	END { if (found != 1) { print "actionlint: want exactly one workflow block in README.md, found " found + 0 > "/dev/stderr"; exit 1 } }
' "$root/README.md" >"$wf"
echo "actionlint: README.md's workflow ($(wc -l <"$wf") lines):"
sed 's/^/    | /' "$wf"
grep -q 'apikeylint -format=sarif ./... > apikeylint.sarif' "$wf" || { echo "actionlint: the workflow does not write apikeylint.sarif" >&2; exit 1; }
grep -q 'upload-sarif' "$wf" || { echo "actionlint: the workflow does not upload the SARIF" >&2; exit 1; }
grep -q 'apikeylint commits' "$wf" || { echo "actionlint: the workflow does not run apikeylint commits" >&2; exit 1; }

# actionlint checks run: scripts with shellcheck when it is installed.
if ! command -v shellcheck >/dev/null && command -v apt-get >/dev/null && [ "$(id -u)" -eq 0 ]; then
	echo "actionlint: installing Debian's shellcheck"
	(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq shellcheck >/dev/null) ||
		echo "actionlint: no shellcheck; run: scripts go unchecked"
fi

(cd "$work" && GOWORK=off GOFLAGS= go run "github.com/rhysd/actionlint/cmd/actionlint@$version" -no-color -verbose .github/workflows/apikeylint.yml)
echo "actionlint: OK"
