#!/usr/bin/env bash
# The whole test suite, as CI runs it: set-up, type-check, lint (code and CI templates), every Playwright project, then a scan of the
# reports for card numbers.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "== type-check"; npx tsc --noEmit -p .
echo "== lint"; npx eslint --max-warnings 0 .
echo "== CI templates"; bash scripts/lint-ci.sh
echo "== tests"
status=0
npx playwright test "$@" || status=$?
echo "== reports"; npx tsx scripts/check-reports.ts || status=1
exit $status
