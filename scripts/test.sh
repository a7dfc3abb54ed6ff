#!/usr/bin/env bash
# The whole test suite, as CI runs it: set-up, type-check, lint, then every Playwright project.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "== type-check"; npx tsc --noEmit -p .
echo "== lint"; npx eslint --max-warnings 0 .
echo "== tests"; npx playwright test "$@"
