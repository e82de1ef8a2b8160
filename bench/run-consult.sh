#!/usr/bin/env bash
# Campaign detection at scale. 1,000,000 synthetic London responses (consult synthesise, seed 2008) through
# `consult campaigns` (MinHash/LSH, -Xmx4g): wall time, detection time and peak resident memory; then 20,000
# responses through the same command and through --all-pairs (every pair of distinct texts verified), with the
# ratio and whether both find the same campaigns. Prints medians of RUNS runs as Markdown for BENCHMARKS.md.
# Usage: bench/run-consult.sh [runs]   (default 3)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${1:-3}"
OUT="$ROOT/bench/target/consult"
mkdir -p "$OUT"
cd "$ROOT"
./blueprint --version >/dev/null
[ -f "$OUT/consult-1m.csv" ] || ./blueprint consult synthesise --responses 1000000 --seed 2008 \
    --out "$OUT/consult-1m.csv" --json >/dev/null
[ -f "$OUT/consult-20k.csv" ] || ./blueprint consult synthesise --responses 20000 --seed 2008 \
    --out "$OUT/consult-20k.csv" --json >/dev/null

# one run: prints "wall_seconds detection_ms peak_rss_mb campaigns responses_in_campaigns"
once() {
    local file="$1"; shift
    /usr/bin/time -f "%e %M" -o "$OUT/time.txt" env BLUEPRINT_JAVA_OPTS="-Xmx4g" ./blueprint consult campaigns \
        "$file" --id-column response_id --text-column response --json "$@" > "$OUT/last.json"
    read -r wall rss < "$OUT/time.txt"
    python3 - "$OUT/last.json" "$wall" "$rss" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
print(sys.argv[2], d["detection_ms"], int(sys.argv[3]) // 1024, d["campaign_count"], d["responses_in_campaigns"])
PY
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
col() { awk -v c="$1" '{print $c}' "$2"; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; $(java -version 2>&1 | head -1)"
: > "$OUT/1m.txt"
for r in $(seq 1 "$RUNS"); do once "$OUT/consult-1m.csv" >> "$OUT/1m.txt"; done
cp "$OUT/last.json" "$OUT/1m-last.json"
: > "$OUT/20k-lsh.txt"
: > "$OUT/20k-all.txt"
for r in $(seq 1 "$RUNS"); do
    once "$OUT/consult-20k.csv" >> "$OUT/20k-lsh.txt"
    cp "$OUT/last.json" "$OUT/20k-lsh.json"
    once "$OUT/consult-20k.csv" --all-pairs >> "$OUT/20k-all.txt"
    cp "$OUT/last.json" "$OUT/20k-all.json"
done
same=$(python3 - "$OUT/20k-lsh.json" "$OUT/20k-all.json" <<'PY'
import json, sys
a, b = (sorted(sorted(c["response_ids"]) for c in json.load(open(f))["campaigns"]) for f in sys.argv[1:3])
print("identical" if a == b else "different")
PY
)
echo
echo "| workload | runs | wall s (median) | detection ms (median) | peak RSS MB (median) | campaigns | responses in campaigns |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for w in 1m 20k-lsh 20k-all; do
    f="$OUT/$w.txt"
    echo "| $w | $RUNS | $(col 1 "$f" | median) | $(col 2 "$f" | median) | $(col 3 "$f" | median) | $(col 4 "$f" | tail -1) | $(col 5 "$f" | tail -1) |"
done
lsh=$(col 2 "$OUT/20k-lsh.txt" | median)
all=$(col 2 "$OUT/20k-all.txt" | median)
echo
echo "20,000 responses: all pairs / LSH detection time = $(python3 -c "print(round($all / max($lsh, 1), 1))")x; campaigns $same"
