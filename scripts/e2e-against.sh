#!/usr/bin/env bash
# The browser specs through BASE_URL against a server this script starts, as a team runs the suite against its
# own deployment: starts the server in the background, waits until it answers, runs every browser project (the
# flows and the harness's own), stops it.
# Usage: bash scripts/e2e-against.sh <name> <url|from-log|free-port> '<server command>' [playwright args ...]
# e.g.   TIMEOUT_SCALE=2 bash scripts/e2e-against.sh npm-start http://127.0.0.1:5173 'npm start -- --strictPort'
#        TIMEOUT_SCALE=2 bash scripts/e2e-against.sh npm-start from-log 'npm start -- --port 0'
#        TIMEOUT_SCALE=2 bash scripts/e2e-against.sh npm-start free-port 'npm start -- --port {port} --strictPort'
# from-log: the server takes a free port and the first http://127.0.0.1:<port> it prints is the target, so runs
# side by side (two CI jobs on one host) never meet. free-port: this script claims a spare port (scripts/spare-port.ts:
# free, outside the range the system hands out by itself, claimed until the script ends) and puts it for {port} in
# the command, for a server that cannot be given port 0: Vite's dev server, given 0, tells its pages to fall back to
# ws://127.0.0.1:0 for live reload, which the harness rightly blocks as a request elsewhere. A process that still
# takes that port in between (by naming it) is refused by --strictPort, never served by mistake.
# A slower target raises every timeout together through TIMEOUT_SCALE (a dev server: 2); `--timeout` would raise
# the test's alone, and its actions would still fail at 5 s.
# Reports: the list in the log, failures' traces in test-results/<name>, so the HTML and Allure reports of
# `npm test` stay as they were.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 3 ] || [ -z "$3" ]; then
  echo "usage: bash scripts/e2e-against.sh <name> <url|from-log|free-port> '<server command>' [playwright args ...]" >&2
  exit 2
fi
name=$1 url=$2 server=$3
shift 3
case "$url" in http://*|https://*|from-log|free-port) ;; *) echo "e2e-against: <url> must be an http(s) URL, from-log or free-port, got \"$url\"" >&2; exit 2 ;; esac
# The name is a folder under test-results/, which Playwright empties before the run: never one above it.
case "$name" in
  ''|.|..|-*|*[!A-Za-z0-9._-]*)
    echo "e2e-against: <name> names the run's folder under test-results/ (letters, digits, '.', '_', '-'; not . or ..), got \"$name\"" >&2
    exit 2 ;;
esac
# The settings and Playwright's arguments, in one line with exit 2, before a server is started for nothing (the
# address is not known yet: a stand-in is checked in its place).
BASE_URL=http://127.0.0.1:9 npx tsx scripts/settings-check.ts --project='harness-*' --project='e2e-*' "$@" || exit $?
pid='' claim=''
# The server stopped first, then the port's claim given up.
stop() {
  if [ -n "$pid" ]; then kill -- "-$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  if [ -n "$claim" ]; then rm -f "$claim"; fi
}
trap stop EXIT
if [ "$url" = free-port ]; then
  case "$server" in *"{port}"*) ;; *) echo "e2e-against: free-port needs {port} in the server command, got '$server'" >&2; exit 2 ;; esac
  # "<port> <claim file>"
  spare=$(node --import tsx scripts/spare-port.ts) || { echo "e2e-against: found no spare port on 127.0.0.1" >&2; exit 1; }
  port=${spare%% *} claim=${spare#* }
  case "$port" in [1-9]*) ;; *) echo "e2e-against: found no spare port on 127.0.0.1 (got \"$spare\")" >&2; exit 1 ;; esac
  server=${server//\{port\}/$port}
  url="http://127.0.0.1:$port"
fi
wanted=$url

log="test-results/$name-server.log"
mkdir -p test-results
# Its own session, so stopping it stops npm and the server behind it, and nothing else.
setsid bash -c "$server" >"$log" 2>&1 &
pid=$!

# Node rather than curl: it is there wherever the suite runs.
answers() { [ "$url" != from-log ] && node -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$url"; }
for _ in $(seq 1 300); do
  if [ "$wanted" = from-log ]; then
    # Colours stripped first: a server that sees CI set colours its output (Vite bolds the port inside the URL).
    printed=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -o 'http://127\.0\.0\.1:[0-9][0-9]*' | head -n 1 || true)
    url=${printed:-from-log}
  fi
  answers && break
  if ! kill -0 "$pid" 2>/dev/null; then echo "e2e-against: the server for $name exited; its log ($log):" >&2; cat "$log" >&2; exit 1; fi
  sleep 0.2
done
answers || { echo "e2e-against: nothing answers on $url after a minute or more ($log)" >&2; exit 1; }

echo "== e2e against $name ($url)"
status=0
# The list in the log, after the suite's card number mask: a reporter named here replaces the config's, the mask too.
BASE_URL="$url" npx playwright test --project='harness-*' --project='e2e-*' \
  --reporter=./harness/reporters/card-number-mask.ts,list --output="test-results/$name" "$@" || status=$?
npx tsx scripts/check-reports.ts "test-results/$name" || status=1
exit $status
