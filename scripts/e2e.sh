#!/usr/bin/env bash
# The documented flows against the sandbox (or BASE_URL), then the Allure report, whatever the outcome. One shard
# (`--shard=i/n`) writes its blob report and Allure results instead, for `npm run report:merge`.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit $?
npx playwright test --project='e2e-*' "$@"
status=$?
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
