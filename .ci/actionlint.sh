#!/usr/bin/env bash
# actionlint.sh: check with actionlint, built from the Go module proxy at a
# pinned version:
#   - the workflow README.md gives (the ```yaml block whose first line is
#     "# .github/workflows/apikeylint.yml"), which uses the action;
#   - the same workflow with the action as a local one (uses: ./) next to
#     this checkout's action.yml, so that actionlint reads the action's
#     metadata and checks the workflow's with: inputs against it;
#   - action.yml's steps, as the reusable workflow .ci/actionrun -workflow
#     makes of them (actionlint reads workflows only): expressions,
#     contexts and, with shellcheck, the run: scripts;
#   - the workflow without the action that docs/integrations.md gives.
#
# Usage: bash .ci/actionlint.sh   (from anywhere; exits non-zero on failure)
set -euo pipefail

version=v1.7.12
# shellcheck source=.ci/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ci_setup actionlint
wfdir="$work/.github/workflows"
mkdir -p "$wfdir"

# extract FILE OUT: the one workflow block of FILE.
extract() {
	awk '
		/^```yaml$/ { getline first; if (first == "# .github/workflows/apikeylint.yml") { inblock = 1; print first }; next }
		inblock && /^```$/ { inblock = 0; found++; next }
		inblock { print }
		END { if (found != 1) { print "actionlint: want exactly one workflow block in " FILENAME ", found " found + 0 > "/dev/stderr"; exit 1 } }
	' "$1" >"$2"
	echo "actionlint: $(basename "$1")'s workflow ($(wc -l <"$2") lines):"
	sed 's/^/    | /' "$2"
}

readme="$wfdir/readme.yml"
extract "$root/README.md" "$readme"
grep -qE '^ +- uses: apikeylint/apikeylint@v[0-9]' "$readme" || fail "README.md's workflow does not use the action (uses: apikeylint/apikeylint@vX)"
grep -q 'fetch-depth: 0' "$readme" || fail "README.md's workflow scans commits without fetch-depth: 0"

sed -E 's#uses: apikeylint/apikeylint@v[^ ]*#uses: ./#' "$readme" >"$wfdir/readme-local.yml"
cp "$root/action.yml" "$work/action.yml"

manual="$wfdir/manual.yml"
extract "$root/docs/integrations.md" "$manual"
grep -q 'apikeylint -format=sarif ./... > apikeylint.sarif' "$manual" || fail "the manual workflow does not write apikeylint.sarif"
grep -q 'upload-sarif' "$manual" || fail "the manual workflow does not upload the SARIF"
grep -q 'apikeylint commits' "$manual" || fail "the manual workflow does not run apikeylint commits"

(cd "$root/.ci/actionrun" && GOWORK=off go run . -action "$root/action.yml" -workflow) >"$wfdir/action-steps.yml"
echo "actionlint: action.yml's steps as a workflow: $(wc -l <"$wfdir/action-steps.yml") lines"

# actionlint checks run: scripts with shellcheck when it is installed.
if ! command -v shellcheck >/dev/null && command -v apt-get >/dev/null && [ "$(id -u)" -eq 0 ]; then
	echo "actionlint: installing Debian's shellcheck"
	(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq shellcheck >/dev/null) ||
		echo "actionlint: no shellcheck; run: scripts go unchecked"
fi

git -C "$work" init -q # actionlint resolves uses: ./ from the repository root
(cd "$work" && GOWORK=off GOFLAGS='' go run "github.com/rhysd/actionlint/cmd/actionlint@$version" -no-color -verbose \
	.github/workflows/readme.yml .github/workflows/readme-local.yml .github/workflows/action-steps.yml .github/workflows/manual.yml)
echo "actionlint: OK"
