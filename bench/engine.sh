#!/usr/bin/env bash
# Throughput of the flow engine's step pipeline, in memory: 1,000,000 records in pages of 1000 through a JSONata map
# of five fields and a filter, on 1 and 2 threads, next to the same map and filter written by hand in Java.
# Prints records/s, the median of 5 rounds after 2 warm-up rounds (io.tributary.engine.bench.EngineBench).
# Builds the engine's test classes into its own directory (ENGINE_BENCH_BUILD), not target/.
# Usage: bench/engine.sh [records, default 1000000] [page size, default 1000] [rounds, default 5] [warm-ups, default 2]
set -euo pipefail
cd "$(dirname "$0")/.."

build=${ENGINE_BENCH_BUILD:-${TMPDIR:-/tmp}/tributary-engine-bench}
./mvnw -B -q -o test-compile -f platform/engine/pom.xml -Dengine.build.directory="$build"
./mvnw -B -q -o dependency:build-classpath -f platform/engine/pom.xml -Dengine.build.directory="$build" \
  -Dmdep.includeScope=test -Dmdep.outputFile="$build/bench.classpath"
exec java -Xms512m -Xmx512m \
  -cp "$build/test-classes:$build/classes:$(cat "$build/bench.classpath")" \
  io.tributary.engine.bench.EngineBench "$@"
