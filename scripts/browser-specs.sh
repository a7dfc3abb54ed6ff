#!/usr/bin/env bash
# Browser specs against the sandbox (or BASE_URL), then the Allure report, whatever the tests' outcome (bad input ends it at once). One shard
# (`--shard=i/n`) writes its blob report and Allure results instead, for `npm run report:merge`.
# Usage: bash scripts/browser-specs.sh '<project>[,<project>…]' [playwright args ...]
#   npm run e2e           'e2e-*': the documented flows and the product's specs
#   npm run test:browser  'harness-*,e2e-*': those and the docs check's and the harness's own (what CI shards)
set -uo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 1 ] || [ -z "$1" ] || [ "${1#-}" != "$1" ]; then
  echo "usage: bash scripts/browser-specs.sh '<project>[,<project>…]' [playwright args ...]" >&2
  exit 2
fi
projects=()
IFS=, read -ra names <<<"$1"
for name in "${names[@]}"; do projects+=("--project=$name"); done
shift
bash scripts/setup.sh || exit $?
# Arguments given: read as Playwright reads them, so a bad one is one line and exit 2 before the run (Playwright's own
# exit 1 would read as failed tests, and the last run's results would be made into a report again). None: nothing to
# read, and the config checks the settings itself.
if [ $# -gt 0 ]; then npx tsx scripts/settings-check.ts "${projects[@]}" "$@" || exit $?; fi
npx playwright test "${projects[@]}" "$@"
status=$?
# 2: bad input (a setting, an option), its one line already printed; no test ran, so there is no report to build
# from (the last run's results would overwrite its report) and no shard written.
[ $status -eq 2 ] && exit 2
case " $* " in
  *" --shard"*) echo "Shard written to ${BLOB_DIR:-blob-report}/ with allure-results/ beside it: merge the shards with npm run report:merge -- <folders>" ;;
  *) npx allure generate allure-results --output allure-report >/dev/null && echo "Allure report: allure-report/index.html · Playwright report: playwright-report/index.html" ;;
esac
case " $* " in
  # A shard's outputs are its blob report and what lies beside it, wherever BLOB_DIR puts them.
  *" --shard"*) blob=${BLOB_DIR:-blob-report}; beside=$(dirname "$blob")
     npx tsx scripts/check-reports.ts "$blob" $(for d in "$beside/allure-results" "$beside/reports" test-results; do [ -d "$d" ] && echo "$d"; done) || status=1 ;;
  *) npx tsx scripts/check-reports.ts || status=1 ;;
esac
exit $status
