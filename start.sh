#!/usr/bin/env bash
# Builds Tributary (tests skipped) and starts it in the foreground on its embedded defaults (Derby under data/).
# Stop it with 'shutdown' or Ctrl-D at the tributary> prompt.
set -euo pipefail
# Karaf wants JAVA_HOME; derive it from the java on the PATH when unset
export JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
cd "$(dirname "$0")"

./mvnw -B -ntp -DskipTests install

home=distribution/assembly/target/assembly
port=$(sed -n 's/^[[:space:]]*org\.osgi\.service\.http\.port[[:space:]]*=[[:space:]]*\([0-9]*\).*/\1/p' "$home/etc/org.ops4j.pax.web.cfg")
cat <<INFO

Starting Tributary from $home
  Console:   open http://localhost:$port/ in a browser
  Sign in:   user admin; password from \$TRIBUTARY_ADMIN_PASSWORD if set at the first start, otherwise
             generated into $home/data/initial-admin-password
  REST API:  http://localhost:$port/api/v1 (documentation: http://localhost:$port/api/v1/docs/)
  Check it:  curl http://localhost:$port/api/v1/health

INFO
exec "$home/bin/karaf"
