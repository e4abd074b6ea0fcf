#!/usr/bin/env bash
# Cold start of the distribution: time from bin/start to the first healthy GET /api/v1/health, and the resident
# memory (RSS) of the idle runtime 20 s later. Each run unpacks the archive afresh. Prints every run and the medians.
# Usage: ./mvnw -DskipTests install && bench/startup.sh [runs, default 5]
set -euo pipefail
# Karaf wants JAVA_HOME; derive it from the java on the PATH when unset
export JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
cd "$(dirname "$0")/.."

runs=${1:-5}
idle_seconds=${IDLE_SECONDS:-20}
archive=$(ls distribution/assembly/target/tributary-*.tar.gz 2>/dev/null | head -n 1)
[ -n "$archive" ] || { echo "no archive: run ./mvnw -DskipTests install first" >&2; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

starts=(); rss=()
for run in $(seq 1 "$runs"); do
  work=$(mktemp -d)
  tar xzf "$archive" -C "$work"
  home=$(ls -d "$work"/*/)
  port=$(free_port)
  sed -i "s/^org.osgi.service.http.port.*/org.osgi.service.http.port = $port/" "$home/etc/org.ops4j.pax.web.cfg"
  sed -i "s/^sshPort.*/sshPort = $(free_port)/" "$home/etc/org.apache.karaf.shell.cfg"

  begin=$(date +%s%N)
  "$home/bin/start"
  deadline=$((SECONDS + 120))
  until curl -fs "http://127.0.0.1:$port/api/v1/health" >/dev/null 2>&1; do
    [ $SECONDS -lt $deadline ] || { echo "run $run: not healthy after 120 s" >&2; "$home/bin/stop"; exit 1; }
    sleep 0.05
  done
  ms=$(( ($(date +%s%N) - begin) / 1000000 ))

  sleep "$idle_seconds"
  pid=$(cat "$home/karaf.pid")
  kib=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")
  "$home/bin/stop"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  rm -rf "$work"

  echo "run $run: healthy after ${ms} ms, idle RSS $((kib / 1024)) MiB"
  starts+=("$ms"); rss+=("$((kib / 1024))")
done

echo "median of $runs cold starts: $(printf '%s\n' "${starts[@]}" | median) ms to first healthy response, idle RSS $(printf '%s\n' "${rss[@]}" | median) MiB"
