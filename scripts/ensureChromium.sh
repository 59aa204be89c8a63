#!/usr/bin/env bash
# Before the browser tests: a Chromium at CHROMIUM_PATH (default /usr/bin/chromium, Debian's package, as in
# playwright.config.ts). Missing at the default path and running as root with apt: installs it the way .ci/run does.
# Otherwise stops with the command to run. Playwright's own browser download cannot work offline.
set -euo pipefail
DEFAULT=/usr/bin/chromium
CHROMIUM="${CHROMIUM_PATH:-$DEFAULT}"

[ -x "$CHROMIUM" ] && exit 0

if [ "$CHROMIUM" = "$DEFAULT" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Chromium is missing: installing Debian's chromium (apt-get install chromium) ..."
  apt-get update -q && apt-get install -y -q chromium
  [ -x "$CHROMIUM" ] && exit 0
fi

if [ "$CHROMIUM" = "$DEFAULT" ]; then
  echo "The browser tests need Chromium at $DEFAULT: run \`sudo apt-get update && sudo apt-get install -y chromium\` (or set CHROMIUM_PATH to a Chromium or Chrome binary), then npm test again." >&2
else
  echo "CHROMIUM_PATH=$CHROMIUM is not an executable file: point it to a Chromium or Chrome binary, or unset it to use Debian's chromium at $DEFAULT, then npm test again." >&2
fi
exit 1
