#!/usr/bin/env bash
# Runs the jobs of .gitlab-ci.yml with gitlab-ci-local, as a GitLab runner's shell executor runs them: each job in a
# copy of this checkout's tracked files (--shell-isolation), starting from a clean folder, with the artifacts of the
# jobs it needs copied in, one job at a time (a machine of two cores runs one shard at a time). The image is not
# pulled (--force-shell-executor): the jobs run on this machine, as root here as in the Playwright image. The docs
# job runs as on a merge request. Any job that fails fails this script, so a broken template fails CI.
# Usage: bash scripts/gitlab-ci-jobs.sh [<job> ...]   (default every job; gitlab-ci-local's --needs is added for named jobs)
set -uo pipefail
cd "$(dirname "$0")/.."

# gitlab-ci-local copies each job's files with rsync.
if ! command -v rsync >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends rsync >/dev/null
  else
    echo "gitlab-ci-jobs: rsync is missing: install it (apt-get install rsync)" >&2
    exit 2
  fi
fi

# gitlab-ci-local's state (gitignored): builds/<job> is each job's folder, output/<job>.log its log. The copies are
# removed after the run (each holds its own node_modules), the logs kept.
state=.gitlab-ci-local
rm -rf "$state/builds" "$state/artifacts"
args=(--force-shell-executor --shell-isolation --concurrency 1 --no-artifacts-to-source --state-dir "$state"
  # The runner's npm cache: every job's `npm ci` then installs from this machine's cache, as a GitLab runner
  # restores its cache (the template keeps .npm/ between jobs).
  --variable "npm_config_cache=${npm_config_cache:-$HOME/.npm}"
  --variable CI_PIPELINE_SOURCE=merge_request_event --ignore-predefined-vars CI_PIPELINE_SOURCE)
[ $# -gt 0 ] && args+=(--needs "$@")  # the named jobs, and the jobs they need
started=$(date +%s)
npx gitlab-ci-local "${args[@]}"
status=$?
rm -rf "$state/builds" "$state/artifacts"
echo "gitlab-ci-jobs: .gitlab-ci.yml's jobs $([ $status = 0 ] && echo passed || echo FAILED) under gitlab-ci-local in $(($(date +%s) - started)) s (logs in $state/output/)"
exit $status
