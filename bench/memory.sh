#!/usr/bin/env bash
# Live heap per open session on /assessment and /fit (production jar, production mode), N sessions
# each (default 200), every user with all skills rated. Usage: bench/memory.sh [N]
# Needs JAVA_HOME (JDK 21+) and Debian's chromium at /usr/bin/chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-200}"
JAVA="${JAVA_HOME:?set JAVA_HOME}/bin/java"
PORT=18081
WORK=target/memory-bench
PASSWORD="correct horse battery"
mkdir -p "$WORK"

# always rebuild: a jar from a plain `package` is not a production build and does not start on its own
./mvnw -B -q -Pproduction -DskipTests package
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt" > /dev/null

run_server() {  # prints the server's pid; its log goes to $WORK/server.log
  rm -rf "$WORK/db"
  SKILLPATH_DATA_DIR="$WORK/db" "$JAVA" -Xmx3g -XX:+UseG1GC -jar target/skillpath-0.1.0-SNAPSHOT.jar \
    --server.port=$PORT --server.servlet.session.timeout=60m > "$WORK/server.log" 2>&1 &
  echo $!
}

prepare_users() {  # one real sign-up, then N users sharing its password hash, all skills rated
  until curl -s -o /dev/null -f "http://localhost:$PORT/roles"; do sleep 0.2; done
  local pg_port
  pg_port=$(grep -oP "listening on localhost:\K[0-9]+" "$WORK/server.log" | head -1)
  psql -q -h localhost -p "$pg_port" -U postgres -c "
    insert into app_user (username, password_hash)
      select 'bench' || i, '$("$JAVA" -cp "$(cat "$WORK/classpath.txt")" bench/HashPassword.java "$PASSWORD" 2> /dev/null | tail -1)'
      from generate_series(0, $N - 1) i;
    insert into skill_rating (owner_id, skill_id, level)
      select u.id, s.id, (u.id + s.id) % 5 from app_user u cross join skill s;"
}

for PAGE in assessment fit; do
  PID=$(run_server)
  prepare_users
  "$JAVA" -cp "$(cat "$WORK/classpath.txt")" bench/MemoryBenchmark.java "http://localhost:$PORT" "$PID" "$PAGE" "$N" bench "$PASSWORD"
  kill -TERM "$PID"; wait "$PID" 2> /dev/null || true
done
