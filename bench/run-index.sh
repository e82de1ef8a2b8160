#!/usr/bin/env bash
# The spatial index against the all-pairs scan at London and England scale, per query type (JMH, 3 forks).
# Usage: bench/run-index.sh [extra JMH options]   (results also written to bench/results/index.json)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
mvn -q -B -DskipTests -pl bench -am package
mkdir -p bench/results
java -Dblueprint.home="$ROOT" -jar bench/target/benchmarks.jar SpatialIndexBenchmark \
    -rf json -rff bench/results/index.json "$@"
