#!/usr/bin/env bash
# The Monte Carlo engine on the London polyclinic hub scenario: 10,000 iterations on 1 and 2 threads (JMH single
# shot, 5 forks x 3 measurements after 2 warm-ups, heap capped at 2 GB), and one iteration of the straightforward
# implementation that recomputes every allocation, for the ratio. Results also in bench/results/simulation.json.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
mvn -q -B -DskipTests -pl bench -am package
mkdir -p bench/results
java -Dblueprint.home="$ROOT" -jar bench/target/benchmarks.jar SimulationBenchmark \
    -f 5 -wi 2 -i 3 -jvmArgs "-Xmx2g -Dblueprint.home=$ROOT" -rf json -rff bench/results/simulation.json "$@"
