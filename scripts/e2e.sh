#!/usr/bin/env bash
# The documented flows against the sandbox (or BASE_URL), then the Allure report, whatever the outcome.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit $?
npx playwright test --project='e2e-*' "$@"
status=$?
npx allure generate allure-results --output allure-report >/dev/null && echo "Allure report: allure-report/index.html · Playwright report: playwright-report/index.html"
npx tsx scripts/check-reports.ts || status=1
exit $status
