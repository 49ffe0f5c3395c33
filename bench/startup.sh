#!/usr/bin/env bash
# Start-up time of the production jar, from launch to the first served page, with the embedded
# database (new, and existing as on every later start), plain and with Java 25's ahead-of-time
# cache (AOT). Usage: bench/startup.sh [runs]
# Needs JAVA_HOME pointing at JDK 25 (the AOT cache options are 25+). Prints one line per run.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-3}"
JAVA="${JAVA_HOME:?set JAVA_HOME to a JDK 25}/bin/java"
PORT=18080
WORK=target/startup-bench
rm -rf "$WORK" && mkdir -p "$WORK"

./mvnw -B -q -Pproduction -DskipTests package
"$JAVA" -Djarmode=tools -jar target/skillpath-0.1.0-SNAPSHOT.jar extract --destination "$WORK/app" > /dev/null

time_to_first_page() {  # $1: data directory ("" = a new one); then extra JVM options; prints seconds to the first HTTP 200
  local data="${1:-$WORK/db-$RANDOM}"
  shift
  local start end
  start=$(date +%s.%N)
  SKILLPATH_DATA_DIR="$data" "$JAVA" "$@" -jar "$WORK/app/skillpath-0.1.0-SNAPSHOT.jar" --server.port=$PORT --management.server.port=0 \
    > "$WORK/run.log" 2>&1 &
  local pid=$!
  until curl -s -o /dev/null -f "http://localhost:$PORT/roles"; do sleep 0.05; done
  end=$(date +%s.%N)
  kill -TERM $pid; wait $pid 2> /dev/null || true
  echo "$end - $start" | bc
}

# training run: writes the AOT cache when the JVM exits
SKILLPATH_DATA_DIR="$WORK/db-train" "$JAVA" -XX:AOTCacheOutput="$WORK/app.aot" \
  -jar "$WORK/app/skillpath-0.1.0-SNAPSHOT.jar" --server.port=$PORT --management.server.port=0 > "$WORK/train.log" 2>&1 &
TRAIN=$!
until curl -s -o /dev/null -f "http://localhost:$PORT/roles"; do sleep 0.1; done
curl -s -o /dev/null "http://localhost:$PORT/roles/machine-learning-engineer"
kill -TERM $TRAIN; wait $TRAIN 2> /dev/null || true

# a data directory that already holds the database, as on every start after the first
time_to_first_page "$WORK/db-existing" > /dev/null

for i in $(seq 1 "$RUNS"); do
  echo "plain jar, new database, run $i: $(time_to_first_page "") s"
done
for i in $(seq 1 "$RUNS"); do
  echo "plain jar, existing database, run $i: $(time_to_first_page "$WORK/db-existing") s"
done
for i in $(seq 1 "$RUNS"); do
  echo "with AOT cache, new database, run $i: $(time_to_first_page "" -XX:AOTCache="$WORK/app.aot") s"
done
for i in $(seq 1 "$RUNS"); do
  echo "with AOT cache, existing database, run $i: $(time_to_first_page "$WORK/db-existing" -XX:AOTCache="$WORK/app.aot") s"
done
