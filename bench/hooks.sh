#!/usr/bin/env bash
# Durable webhook ingest: POST /hooks/{key} of a webhook flow (each 202 only after the event is persisted in the
# store, embedded Derby by default) under closed-loop load at 1..64 concurrent clients; prints requests/s and
# latency percentiles per level and the saturation point. The flow writes the records into PostgreSQL meanwhile.
# Usage: ./mvnw -DskipTests install && bench/hooks.sh [seconds per level, default 10]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
. bench/lib/runtime.sh

dst="bench_hooks_$(date +%s%N | tail -c 9)"
bench_cleanup() { psql_run "DROP TABLE IF EXISTS $dst" >/dev/null; }
psql_run "CREATE TABLE $dst (id VARCHAR(40) PRIMARY KEY, amount INT)"

start_runtime
hook=$(post /flows "{\"workspaceId\":\"$workspace\",\"name\":\"hooks\",\"enabled\":true,
  \"trigger\":{\"type\":\"webhook\",\"keyField\":\"ref\"},
  \"steps\":[{\"type\":\"map\",\"expression\":\"{'id': ref, 'amount': amount}\"}],
  \"destinations\":[{\"name\":\"copy\",\"connection\":\"$connection\",\"operation\":\"write\",\"mode\":\"upsert\",\"config\":{\"table\":\"$dst\",\"keyColumns\":[\"id\"]}}]}" | field hookUrl)

java bench/java/HookLoad.java "$hook" "$seconds"
sleep 5
echo "records written to PostgreSQL so far: $(psql_run "SELECT count(*) FROM $dst")"
