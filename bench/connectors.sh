#!/usr/bin/env bash
# Hot install of a connector over REST in a running distribution:
#  1. upload->usable latency: POST /api/v1/connectors with the HTTP connector jar until its descriptor is served,
#     median over 20 uploads (each followed by an uninstall);
#  2. leak check: Metaspace, heap and loaded classes after a full GC, before and after 200 install/uninstall cycles.
# Usage: ./mvnw -DskipTests install && bench/connectors.sh [uploads, default 20] [cycles, default 200]
set -euo pipefail
# Karaf wants JAVA_HOME; derive it from the java on the PATH when unset
export JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
cd "$(dirname "$0")/.."

uploads=${1:-20}
cycles=${2:-200}
archive=$(ls distribution/assembly/target/tributary-*.tar.gz 2>/dev/null | head -n 1)
jar=$(ls bundles/connector-http/target/tributary-connector-http-*.jar 2>/dev/null | head -n 1)
[ -n "$archive" ] && [ -n "$jar" ] || { echo "build first: ./mvnw -DskipTests install" >&2; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

work=$(mktemp -d)
tar xzf "$archive" -C "$work"
home=$(ls -d "$work"/*/)
port=$(free_port)
sed -i "s/^org.osgi.service.http.port.*/org.osgi.service.http.port = $port/" "$home/etc/org.ops4j.pax.web.cfg"
sed -i "s/^sshPort.*/sshPort = $(free_port)/" "$home/etc/org.apache.karaf.shell.cfg"
api="http://127.0.0.1:$port/api/v1"
stop_and_clean() {
  "$home/bin/stop" >/dev/null 2>&1 || true
  [ -n "${pid:-}" ] && while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  rm -rf "$work"
}
trap stop_and_clean EXIT

admin_password="bench-$(date +%s%N)"
TRIBUTARY_ADMIN_PASSWORD="$admin_password" "$home/bin/start"
until curl -fs "$api/health" >/dev/null 2>&1; do sleep 0.1; done
pid=$(cat "$home/karaf.pid")
token=$(curl -fs -H 'Content-Type: application/json' -d "{\"username\":\"admin\",\"password\":\"$admin_password\"}" \
        "$api/auth/login" | sed 's/.*"token":"\([^"]*\)".*/\1/')
auth="Authorization: Bearer $token"

install() {
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "$auth" -H 'Content-Type: application/java-archive' --data-binary "@$jar" "$api/connectors")
  [ "$status" = 201 ] || { echo "upload answered $status" >&2; exit 1; }
}
uninstall() {
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' -X DELETE -H "$auth" "$api/connectors/http/1.0.0")
  [ "$status" = 204 ] || { echo "uninstall answered $status" >&2; exit 1; }
}
memory() {  # "metaspace_kib heap_kib loaded_classes" after a full GC
  jcmd "$pid" GC.run >/dev/null
  local info; info=$(jcmd "$pid" GC.heap_info)
  local heap meta classes
  heap=$(echo "$info" | awk '/garbage-first heap|total.*used/ {for (i=1;i<=NF;i++) if ($i=="used") {print $(i+1); exit}}' | tr -d 'K,')
  meta=$(echo "$info" | awk '/Metaspace/ {for (i=1;i<=NF;i++) if ($i=="used") {print $(i+1); exit}}' | tr -d 'K,')
  classes=$(jstat -class "$pid" | awk 'NR==2 {print $1 - $3}')
  echo "$meta $heap $classes"
}

latencies=()
for i in $(seq 1 "$uploads"); do
  begin=$(now_ms)
  install
  curl -fs -o /dev/null -H "$auth" "$api/connectors/http/1.0.0"
  latencies+=($(( $(now_ms) - begin )))
  uninstall
done
echo "upload->usable over $uploads uploads: median $(printf '%s\n' "${latencies[@]}" | median) ms (min $(printf '%s\n' "${latencies[@]}" | sort -n | head -1), max $(printf '%s\n' "${latencies[@]}" | sort -n | tail -1))"

read -r meta0 heap0 classes0 < <(memory)
for i in $(seq 1 "$cycles"); do install; uninstall; done
read -r meta1 heap1 classes1 < <(memory)
echo "after $cycles install/uninstall cycles (full GC before each reading):"
echo "  Metaspace used: $((meta0 / 1024)) MiB -> $((meta1 / 1024)) MiB ($(( (meta1 - meta0) / 1024 )) MiB)"
echo "  heap used:      $((heap0 / 1024)) MiB -> $((heap1 / 1024)) MiB ($(( (heap1 - heap0) / 1024 )) MiB)"
echo "  loaded classes: $classes0 -> $classes1 ($((classes1 - classes0)))"
