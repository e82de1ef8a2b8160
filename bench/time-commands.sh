#!/usr/bin/env bash
# Wall-clock medians of whole commands as a user runs them (JVM start-up included), each beside the cost of starting
# the application at all (blueprint --version), so the figures read as ratios on any machine.
# Usage: bench/time-commands.sh [runs]   (default 5)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${1:-5}"
cd "$ROOT"
./blueprint --version >/dev/null   # build first if needed, outside the timings

median_seconds() {
    local times=()
    for _ in $(seq "$RUNS"); do
        local start end
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1
        end=$(date +%s%N)
        times+=("$(( (end - start) / 1000000 ))")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m/1000}'
}

OUT="$(mktemp -d)"
base=$(median_seconds ./blueprint --version)
printf '%-62s %8s %8s\n' "command (median of $RUNS runs)" "seconds" "x start"
printf '%-62s %8s %8s\n' "blueprint --version (JVM start-up baseline)" "$base" "1.0"
for cmd in "./blueprint demo --out $OUT" \
           "./blueprint access --service gp --json" \
           "./blueprint access --service gp --dataset datasets/england --json" \
           "./blueprint appraise scenarios/london-stroke-2010.yaml --json" \
           "./blueprint appraise scenarios/london-polyclinics-hub.yaml --json" \
           "./blueprint appraise bench/england-gp-closures.yaml --json" \
           "./blueprint appraise bench/england-polyclinics-hub.yaml --json" \
           "./blueprint consult analyse datasets/london/consultation/london_consultation_2008_synthetic.csv --type-column respondent_type --area-column lsoa21 --age-column age_band --question q1_polyclinics --question q2_extended_hours --question q3_stroke_units --codebook codebooks/london-polyclinics-2008.yaml --reweight --json"; do
    t=$(median_seconds $cmd)
    printf '%-62s %8s %8s\n' "${cmd/$OUT/TMP}" "$t" "$(awk -v a="$t" -v b="$base" 'BEGIN{printf "%.1f", a/b}')"
done
rm -rf "$OUT"
