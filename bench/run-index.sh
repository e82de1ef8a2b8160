#!/usr/bin/env bash
# Nearest-site and within-threshold queries at London and England scale: k-d tree against the all-pairs scan.
# Usage: bench/run-index.sh [extra JMH options]   (results also written to bench/results/index.json)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
mvn -q -B -DskipTests -pl bench -am package
mkdir -p bench/results
java -Dblueprint.home="$ROOT" -jar bench/target/benchmarks.jar NearestSiteBenchmark \
    -rf json -rff bench/results/index.json "$@"
