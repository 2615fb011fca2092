#!/usr/bin/env bash
# Load benchmark of the review site (SQLite, waitress, loopback only): 50 clients for one
# minute, first with no pause between requests (the server saturated), then with a mean
# pause of 500 ms per client (people reading). Every accepted comment must be stored exactly
# once; the script fails otherwise. Figures go to $OUT (default bench/out/web-*.json).
#   scripts/web-bench.sh [--seconds N] [--clients N] [--workers N] [--threads N]
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
OUT=${OUT:-bench/out}
mkdir -p "$OUT"
"$BIN/python" -m forum_messages.web.loadtest --clients 50 --seconds 60 --workers 2 --threads 6 \
  --out "$OUT/web-saturated.json" "$@"
"$BIN/python" -m forum_messages.web.loadtest --clients 50 --seconds 60 --workers 2 --threads 6 \
  --think-ms 500 --out "$OUT/web-paced.json" "$@"
echo "figures in $OUT/web-saturated.json and $OUT/web-paced.json"
