#!/usr/bin/env bash
# Road-network matrices on Camden: the tree matrix against one route call per pair (JMH MatrixBenchmark, 3 forks),
# and the Camden import's time and peak memory (IMPORTS fresh imports, default 3, each under /usr/bin/time -v).
# Usage: bench/run-network.sh [extra JMH options]
#   results: bench/results/network.json (JMH), bench/results/network-import.txt (one line per import)
#   IMPORTS=0 skips the import measurements; SKIP_BUILD=1 uses the jar already in bench/target;
#   IMPORT_JAVA_OPTS (e.g. -Xmx256m) is passed to the import JVMs.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    mvn -q -B -DskipTests -pl bench -am package
fi
JAR=bench/target/benchmarks.jar
OSM=datasets/osm/camden.osm.pbf
mkdir -p bench/results

# The benchmark's network, built once into bench/target (reused while the OpenStreetMap file is unchanged).
java -cp "$JAR" org.nhsblueprint.network.ImportNetwork "$OSM" bench/target/camden-network

# Import time and peak memory: each import into a fresh folder, in its own JVM.
: > bench/results/network-import.txt
for i in $(seq 1 "${IMPORTS:-3}"); do
    dir="$(mktemp -d bench/target/import-XXXXXX)"
    # shellcheck disable=SC2086
    /usr/bin/time -v java ${IMPORT_JAVA_OPTS:-} -cp "$JAR" org.nhsblueprint.network.ImportNetwork "$OSM" "$dir" \
        > "$dir.out" 2> "$dir.time"
    printf '%s wall %s max_rss_kb %s java_opts "%s"\n' "$(cat "$dir.out")" \
        "$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$dir.time")" \
        "$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$dir.time")" "${IMPORT_JAVA_OPTS:-}" \
        | tee -a bench/results/network-import.txt
    rm -rf "$dir" "$dir.out" "$dir.time"
done

java -Dblueprint.home="$ROOT" -jar "$JAR" MatrixBenchmark -rf json -rff bench/results/network.json "$@"
