#!/usr/bin/env bash
# The browser tests of the review site: Playwright (Python) driving Debian's chromium.
# Installs both when missing (chromium needs root for apt-get), then runs tests/web/test_browser*.py.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
if ! command -v chromium >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "chromium is not installed: sudo apt-get install chromium"; exit 1
  fi
fi
"$BIN/python" -c "import playwright" 2>/dev/null || "$BIN/pip" install -q playwright==1.65.2
"$BIN/pytest" tests/web/test_browser.py tests/web/test_browser_cycle.py "$@"
