#!/usr/bin/env bash
# The whole test suite, as CI runs it: set-up, type-check, lint (code and CI templates), every Playwright project, then a scan of the
# reports for card numbers.
set -euo pipefail
cd "$(dirname "$0")/.."
# `npm run profile` (PROFILE_MARKS set) times each phase of the run from these marks.
mark() { if [ -n "${PROFILE_MARKS:-}" ]; then echo "{\"name\":\"$1\",\"t\":$(date +%s%3N)}" >> "$PROFILE_MARKS"; fi; }
mark setup; bash scripts/setup.sh
# A bad setting or shard weights file ends the run here, in seconds and before the last run's reports are cleared.
mark settings; npx tsx scripts/settings-check.ts "$@"
mark type-check; echo "== type-check"; npx tsc --noEmit -p .
mark lint; echo "== lint and format"; npm run -s lint
mark ci-templates; echo "== CI templates"; bash scripts/lint-ci.sh
mark tests
echo "== tests"
status=0
# The docs check of the vendored page writes its results per language here; the README's coverage line is
# written from this run's only.
rm -rf reports/docs-check/en-US reports/docs-check/ko-KR reports/junit.xml
npx playwright test "$@" || status=$?
mark tests-exit
# The file CI systems read, validated against the schema they validate against (harness/reporters/schema-valid-junit.ts).
if [ -f reports/junit.xml ]; then
  mark junit-check; echo "== JUnit"; xmllint --noout --schema schemas/junit-10.xsd reports/junit.xml || status=1
fi
if [ -f reports/docs-check/en-US/docs-drift.json ] && [ -f reports/docs-check/ko-KR/docs-drift.json ]; then
  mark docs-coverage; echo "== docs coverage"; npx tsx bindings/cli/docs-coverage.ts --from reports/docs-check/ko-KR --from reports/docs-check/en-US --out reports/docs-check || status=1
fi
mark check-reports; echo "== reports"; npx tsx scripts/check-reports.ts || status=1
mark end
exit $status
