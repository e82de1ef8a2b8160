#!/usr/bin/env bash
# The web server under load on loopback, measured with wrk (Debian's package: apt-get install wrk): the public area
# page (a static page; its data is the access API's answer) and the access API
# for random London areas at 200 concurrent connections, and consultation response submissions (each with its own
# idempotency key) on the embedded H2 database at 32, beside /api/health (the baseline: routing and the database's
# trivial query). One 10 s warm-up, then RUNS runs of 10 s each; wrk shares the
# machine's cores with the server. Usage: bench/run-web.sh [runs] (default 3)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${1:-3}"
cd "$ROOT"
command -v wrk >/dev/null || { echo "bench/run-web.sh needs wrk (apt-get install wrk)" >&2; exit 1; }
./blueprint --version >/dev/null
OUT="$(mktemp -d)"
SERVER=""
trap '[ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; rm -rf "$OUT"' EXIT
awk -F, 'NR > 1 {print $1}' datasets/london/lsoa/london_lsoa21.csv > "$OUT/areas.txt"
./blueprint serve --port 0 --data-dir "$OUT/data" --responses-per-minute 100000000 --json > "$OUT/serve.json" \
    2>/dev/null &
SERVER=$!
until [ -s "$OUT/serve.json" ]; do sleep 0.2; done
URL=$(python3 -c "import json; print(json.load(open('$OUT/serve.json'))['url'])")
echo "machine: $(nproc) cores; $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2); server $URL on the embedded H2"
wrk -t2 -c200 -d10s -s bench/wrk-access.lua "$URL" -- "$OUT/areas.txt" >/dev/null   # warm-up (JIT)
summary() { awk '/ 50%/ {p50=$2} / 99%/ {p99=$2} /Requests\/sec/ {rps=$2} /Non-2xx/ {bad=$4}
                 END {printf "%s req/s, median %s, P99 %s, non-2xx %s\n", rps, p50, p99, (bad ? bad : 0)}'; }
for r in $(seq 1 "$RUNS"); do
    echo "health  (200 connections, baseline): $(wrk -t2 -c200 -d10s --latency "$URL/api/health" | summary)"
    echo "area page (200 connections): $(wrk -t2 -c200 -d10s --latency "$URL/area.html" | summary)"
    echo "access  (200 connections): $(wrk -t2 -c200 -d10s --latency -s bench/wrk-access.lua "$URL" \
        -- "$OUT/areas.txt" | summary)"
    echo "respond  (32 connections): $(wrk -t2 -c32 -d10s --latency -s bench/wrk-respond.lua "$URL" | summary)"
done
