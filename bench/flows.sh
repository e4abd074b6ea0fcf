#!/usr/bin/env bash
# PostgreSQL -> PostgreSQL, upsert, one map step: the flow engine against a hand-written JDBC batch copy of the same
# rows (the same four columns read, the same mapping), side by side in one run, the runtime under -Xmx256m.
#  - prints both times, rows/s, the ratio engine throughput / hand-written throughput (goal >= 0.8),
#  - and the runtime's peak heap use during the flow run (jstat samples every 100 ms).
# Needs the machine's PostgreSQL (127.0.0.1:5432, trust auth, database test).
# Usage: ./mvnw -DskipTests install && bench/flows.sh [rows, default 1000000]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
. bench/lib/runtime.sh

suffix=$(date +%s%N | tail -c 9)
src="bench_src_$suffix"; dst_engine="bench_dst_engine_$suffix"; dst_hand="bench_dst_hand_$suffix"
bench_cleanup() {
  [ -n "${sampler:-}" ] && kill "$sampler" 2>/dev/null
  psql_run "DROP TABLE IF EXISTS $src" "DROP TABLE IF EXISTS $dst_engine" "DROP TABLE IF EXISTS $dst_hand" >/dev/null
}

echo "preparing $rows source rows..."
psql_run "CREATE TABLE $src (id INT PRIMARY KEY, name VARCHAR(40) NOT NULL, qty INT NOT NULL, price NUMERIC(10,2) NOT NULL, updated_at TIMESTAMP NOT NULL)" \
  "INSERT INTO $src SELECT g, 'item ' || g, g % 7, (g % 1000) / 10.0, now() FROM generate_series(1, $rows) g" \
  "CREATE TABLE $dst_engine (id INT PRIMARY KEY, label VARCHAR(60), total NUMERIC(14,2))" \
  "CREATE TABLE $dst_hand (id INT PRIMARY KEY, label VARCHAR(60), total NUMERIC(14,2))" "ANALYZE $src"

start_runtime EXTRA_JAVA_OPTS=-Xmx256m
echo "runtime: $(jcmd "$pid" VM.flags | tr ' ' '\n' | grep MaxHeapSize)"
flow=$(post /flows "{\"workspaceId\":\"$workspace\",\"name\":\"bench\",
  \"source\":{\"connection\":\"$connection\",\"operation\":\"select\",\"config\":{\"table\":\"$src\",\"columns\":[\"id\",\"name\",\"qty\",\"price\"],\"keyColumns\":[\"id\"]}},
  \"steps\":[{\"type\":\"map\",\"name\":\"shape\",\"expression\":\"{'id': id, 'label': \$uppercase(name), 'total': qty * price}\"}],
  \"destinations\":[{\"name\":\"copy\",\"connection\":\"$connection\",\"operation\":\"write\",\"mode\":\"upsert\",\"config\":{\"table\":\"$dst_engine\",\"keyColumns\":[\"id\"]}}],
  \"settings\":{\"pageSize\":1000,\"concurrency\":2}}" | field id)

# each side runs twice into an emptied table: the first run warms the JIT up, the second is measured
hand_copy() {
  psql_run "TRUNCATE $dst_hand" >/dev/null
  java -cp "$pg_driver" bench/java/HandCopy.java "jdbc:postgresql://127.0.0.1:5432/test" "$src" "$dst_hand"
}
echo "hand-written JDBC batch copy (warm-up, then measured)..."
read -r _ hand_cold_ms < <(hand_copy)
read -r hand_rows hand_ms < <(hand_copy)

engine_run() {  # prints the run's wall time in ms, from the request to the run's end
  psql_run "TRUNCATE $dst_engine" >/dev/null
  local begin run body status
  begin=$(now_ms)
  run=$(post "/flows/$flow/runs" '{"mode":"normal"}' | field id)
  while :; do
    body=$(curl -fs -H "$auth" "$api/runs/$run")
    status=$(echo "$body" | field status)
    [ "$status" = running ] || [ "$status" = queued ] || break
    sleep 0.1
  done
  [ "$status" = succeeded ] || { echo "the run ended $status: $body" >&2; return 1; }
  echo $(( $(now_ms) - begin ))
}
echo "flow engine (warm-up, then measured)..."
engine_cold_ms=$(engine_run)
# one jstat process sampling every 100 ms (a jstat per sample would cost a JVM start each time)
jstat -gc "$pid" 100 > "$work/gc" & sampler=$!
engine_ms=$(engine_run)
kill "$sampler" 2>/dev/null || true; sampler=
copied=$(psql_run "SELECT count(*) FROM $dst_engine")

echo
echo "rows:                  $rows (engine copied $copied, hand-written $hand_rows)"
echo "hand-written JDBC:     $hand_ms ms ($(( hand_rows * 1000 / hand_ms )) rows/s); warm-up run $hand_cold_ms ms"
echo "flow engine:           $engine_ms ms ($(( rows * 1000 / engine_ms )) rows/s); warm-up run $engine_cold_ms ms"
echo "ratio (engine/hand):   $(awk -v h="$hand_ms" -v e="$engine_ms" 'BEGIN {printf "%.2f", h / e}') (throughput; goal >= 0.8)"
peak_kib=$(awk 'NR > 1 && $1 ~ /^[0-9]/ {used = $3 + $4 + $6 + $8; if (used > peak) peak = used} END {printf "%d", peak}' "$work/gc")
echo "peak heap during run:  $(( peak_kib / 1024 )) MiB of 256 MiB (young + old used, jstat every 100 ms)"
