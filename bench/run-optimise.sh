#!/usr/bin/env bash
# Every OR-Library p-median (pmed1-pmed40) and capacitated p-median (pmedcap1 1-20) instance: our heuristic's
# objective, lower bound, gap and time against the published optimum, and OR-Tools' (SCIP) time on the same
# instances where it finishes within its limit. Prints a Markdown table for BENCHMARKS.md.
# Usage: bench/run-optimise.sh [ortools-seconds-limit]   (default 120; OR-Tools is skipped above 300 vertices)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LIMIT="${1:-120}"
cd "$ROOT"
./blueprint --version >/dev/null
opt() { awk -v k="$1" '$1==k {print $2}' datasets/orlib/pmed/pmedopt.txt; }
field() { python3 -c "import json,sys; d=json.load(sys.stdin); print(d['$1'])"; }
echo "| instance | n | p | published optimum | ours | lower bound | stated gap | our seconds | OR-Tools objective | OR-Tools seconds |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for k in $(seq 1 40); do
    f="datasets/orlib/pmed/pmed$k.txt"
    ours=$(./blueprint optimise pmedian --orlib "$f" --json)
    n=$(echo "$ours" | field customers)
    ex_obj="-"; ex_s="-"
    if [ "$n" -le 300 ]; then
        if ex=$(./blueprint optimise pmedian --orlib "$f" --exact --seconds "$LIMIT" --json 2>/dev/null); then
            ex_obj=$(echo "$ex" | field objective); ex_s=$(echo "$ex" | field seconds)
        fi
    fi
    printf '| pmed%s | %s | %s | %s | %.0f | %.0f | %.3f%% | %s | %s | %s |\n' "$k" "$n" "$(echo "$ours" | field p)" \
        "$(opt pmed$k)" "$(echo "$ours" | field objective)" "$(echo "$ours" | field lower_bound)" \
        "$(echo "$ours" | python3 -c "import json,sys; print(100*json.load(sys.stdin)['gap'])")" \
        "$(echo "$ours" | field seconds)" "$ex_obj" "$ex_s"
done
echo
echo "| instance | n | p | published | ours | lower bound | stated gap | our seconds | OR-Tools objective | OR-Tools seconds |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for k in $(seq 1 20); do
    f="datasets/orlib/pmedcap/pmedcap1_$k.txt"
    ours=$(./blueprint optimise cpmedian --orlib "$f" --seconds 20 --json)
    ex_obj="-"; ex_s="-"
    if ex=$(./blueprint optimise cpmedian --orlib "$f" --exact --seconds "$LIMIT" --json 2>/dev/null); then
        ex_obj=$(echo "$ex" | field objective); ex_s=$(echo "$ex" | field seconds)
    fi
    printf '| pmedcap1_%s | %s | %s | %.0f | %.0f | %.0f | %.3f%% | %s | %s | %s |\n' "$k" "$(echo "$ours" | field customers)" \
        "$(echo "$ours" | field p)" "$(echo "$ours" | field published_best)" "$(echo "$ours" | field objective)" \
        "$(echo "$ours" | field lower_bound)" "$(echo "$ours" | python3 -c "import json,sys; print(100*json.load(sys.stdin)['gap'])")" \
        "$(echo "$ours" | field seconds)" "$ex_obj" "$ex_s"
done
