#!/usr/bin/env bash
# Makes a fresh clone ready: npm packages, a Chromium Playwright can drive, ffmpeg for video, a CJK font, xmllint.
# Idempotent and quick when everything is already there, so every entry point calls it.
set -euo pipefail
cd "$(dirname "$0")/.."

# npm packages: reinstall only when the lockfile changed since the last install.
stamp=node_modules/.package-lock.sha
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
fi

missing=()
have_browser() {
  [ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ] && return 0
  node -e "const {chromium}=require('@playwright/test');process.exit(require('fs').existsSync(chromium.executablePath())?0:1)" 2>/dev/null && return 0
  [ -x /usr/lib/chromium/chromium-headless-shell ] || [ -x /usr/bin/chromium ]
}
# Debian's headless shell only when there is no browser at all: it is the fast fallback, not a requirement.
have_browser || missing+=(chromium chromium-headless-shell)
# Playwright's own ffmpeg, where its install put one (the Playwright image, `npx playwright install`), records video too.
playwright_ffmpeg() { npx playwright install --dry-run ffmpeg 2>/dev/null | sed -n 's/^ *Install location: *//p' | head -n 1; }
command -v ffmpeg >/dev/null || [ -x "$(playwright_ffmpeg)/ffmpeg-linux" ] || missing+=(ffmpeg)
# xmllint validates the JUnit files against the schema CI tools read (specs/unit/junit-schema.spec.ts).
command -v xmllint >/dev/null || missing+=(libxml2-utils)
case "$(fc-list 2>/dev/null)" in *"Noto Sans CJK"*) ;; *) missing+=(fonts-noto-cjk) ;; esac

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "setup: installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(printf '%s\n' "${missing[@]}" | sort -u) >/dev/null
  else
    echo "setup: missing ${missing[*]}: run 'npx playwright install chromium' (needs network), or as root 'apt-get install ${missing[*]}'" >&2
  fi
fi

# Playwright records video with its own ffmpeg build, which cannot be downloaded here: put Debian's where
# Playwright looks for its own. `playwright install --dry-run ffmpeg` prints that folder (public CLI output);
# the file name in it is Playwright's Linux build's. Elsewhere, video needs `npx playwright install ffmpeg`.
# The link made is noted in node_modules (so a Playwright upgrade, which reinstalls it, asks again): asking
# Playwright costs seconds on every run.
ffmpeg_stamp=node_modules/.playwright-ffmpeg
if command -v ffmpeg >/dev/null && [ "$(uname -s)" = Linux ] && ! { [ -f "$ffmpeg_stamp" ] && [ -e "$(cat "$ffmpeg_stamp")" ]; }; then
  dir=$(playwright_ffmpeg)
  if [ -n "$dir" ]; then
    [ -e "$dir/ffmpeg-linux" ] || { mkdir -p "$dir" && ln -sf "$(command -v ffmpeg)" "$dir/ffmpeg-linux"; }
    echo "$dir/ffmpeg-linux" > "$ffmpeg_stamp"
  fi
fi
