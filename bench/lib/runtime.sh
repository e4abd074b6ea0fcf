# Shared by the flow benchmarks (sourced, from the repository root): the built distribution unpacked into a temporary
# folder on free ports, started, signed in as the bootstrap admin, with the JDBC connector installed and a workspace
# holding a connection to the machine's PostgreSQL (127.0.0.1:5432, trust auth, database test).
# Sets: work, home, api, pid, auth, workspace, connection. The caller's bench_cleanup (if defined) runs at exit.

export JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
archive=$(ls distribution/assembly/target/tributary-*.tar.gz 2>/dev/null | head -n 1)
jdbc_jar=$(ls bundles/connector-jdbc/target/tributary-connector-jdbc-*.jar 2>/dev/null | head -n 1)
pg_driver=$(find ~/.m2/repository/org/postgresql/postgresql -name 'postgresql-*.jar' | sort | tail -n 1)
[ -n "$archive" ] && [ -n "$jdbc_jar" ] || { echo "build first: ./mvnw -DskipTests install" >&2; exit 1; }

psql_run() { java -cp "$pg_driver" bench/java/Sql.java "jdbc:postgresql://127.0.0.1:5432/test" "$@"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
field() { grep -o "\"$1\":\"[^\"]*\"" | head -n 1 | cut -d '"' -f 4; }  # the first such field of a JSON answer
post() {  # prints the body; on an error status says so on stderr and fails
  local out code
  out=$(curl -sS -w '\n%{http_code}' -X POST -H "$auth" -H 'Content-Type: application/json' -d "$2" "$api$1")
  code=${out##*$'\n'}; out=${out%$'\n'*}
  [ "$code" -lt 300 ] || { echo "POST $1 answered $code: $out" >&2; return 1; }
  echo "$out"
}

work=$(mktemp -d)
tar xzf "$archive" -C "$work"
home=$(ls -d "$work"/*/)
port=$(free_port)
sed -i "s/^org.osgi.service.http.port.*/org.osgi.service.http.port = $port/" "$home/etc/org.ops4j.pax.web.cfg"
sed -i "s/^sshPort.*/sshPort = $(free_port)/" "$home/etc/org.apache.karaf.shell.cfg"
api="http://127.0.0.1:$port/api/v1"
stop_runtime() {
  "$home/bin/stop" >/dev/null 2>&1 || true
  [ -n "${pid:-}" ] && while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  if declare -F bench_cleanup >/dev/null; then bench_cleanup || true; fi
  rm -rf "$work"
}
trap stop_runtime EXIT

# Starts the runtime with extra environment (e.g. EXTRA_JAVA_OPTS=-Xmx256m) and prepares the PostgreSQL connection.
start_runtime() {
  local admin_password token
  admin_password="bench-$(date +%s%N)"
  env "$@" TRIBUTARY_ADMIN_PASSWORD="$admin_password" "$home/bin/start"
  until curl -fs "$api/health" 2>/dev/null | grep -q '"UP"'; do sleep 0.2; done
  pid=$(cat "$home/karaf.pid")
  token=$(curl -fs -H 'Content-Type: application/json' -d "{\"username\":\"admin\",\"password\":\"$admin_password\"}" \
          "$api/auth/login" | field token)
  auth="Authorization: Bearer $token"
  # health covers the store and sign-in; the tenancy and engine endpoints join the API a moment later
  for path in /workspaces /flows; do
    until curl -fs -o /dev/null -H "$auth" "$api$path"; do sleep 0.2; done
  done
  curl -fs -o /dev/null -X POST -H "$auth" -H 'Content-Type: application/java-archive' --data-binary "@$jdbc_jar" \
       "$api/connectors"
  workspace=$(post /workspaces '{"name":"bench"}' | field id)
  connection=$(post /connections "{\"workspaceId\":\"$workspace\",\"connector\":{\"id\":\"jdbc\",\"version\":\"1.0.0\"},\"name\":\"pg\",\"config\":{\"url\":\"jdbc:postgresql://127.0.0.1:5432/test\",\"user\":\"postgres\"}}" | field id)
}
