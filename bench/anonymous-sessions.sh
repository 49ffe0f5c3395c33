#!/usr/bin/env bash
# Heap per anonymous session (development mode, from target/classes): N bare page views (each a new client without cookies: GET of the page,
# then the bootstrap's init request that creates the Vaadin UI), live heap after full GCs before and after.
# Usage: bench/anonymous-sessions.sh [N=300] [anonymous timeout=3m] [seconds to wait after=100] [page=roles]
# Needs JAVA_HOME (JDK 21+) and curl. Prints live heap before, after N views, and after the timeout.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-300}"; TIMEOUT="${2:-3m}"; PORT=18097; PAGE="${4:-roles}"
JAVA="${JAVA_HOME:?set JAVA_HOME}/bin/java"; JCMD="$JAVA_HOME/bin/jcmd"; WORK=target/anonymous-sessions; mkdir -p "$WORK"
./mvnw -B -q compile
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$WORK/classpath.txt" > /dev/null
rm -rf $WORK/db
"$JAVA" -Xmx1g -XX:+UseG1GC -cp "target/classes:$(cat $WORK/classpath.txt)" app.skillpath.Application \
  --server.port=$PORT --management.server.port=0 --skillpath.data-dir=$WORK/db --vaadin.devmode.devTools.enabled=false \
  --skillpath.session.anonymous-timeout=$TIMEOUT --vaadin.launch-browser=false > $WORK/server.log 2>&1 &
PID=$!
echo "server pid $PID"
until curl -s -o /dev/null -f "http://localhost:$PORT/roles"; do sleep 1; done
live() { $JCMD $PID GC.run > /dev/null; $JCMD $PID GC.run > /dev/null; $JCMD $PID GC.heap_info | grep -oP 'used \K[0-9]+(?=K)' | head -1; }
uis() { $JCMD $PID GC.class_histogram | grep -E ' com\.vaadin\.flow\.component\.UI$| org\.apache\.catalina\.session\.StandardSession$' | awk '{print $2, $4}' | tr '\n' ' '; }
view() {
  local jar; jar=$(mktemp)
  curl -s -o /dev/null -c "$jar" -b "$jar" "http://localhost:$PORT/$PAGE"
  curl -s -o /dev/null -c "$jar" -b "$jar" "http://localhost:$PORT/?v-r=init&location=$PAGE&query="
  rm -f "$jar"
}
for i in 1 2 3 4 5; do view; done   # warm-up
sleep 2
BASE=$(live); echo "baseline live heap ${BASE} KB; $(uis)"
START=$(date +%s)
for i in $(seq 1 "$N"); do view; done
echo "$N views in $(( $(date +%s) - START )) s"
AFTER=$(live); echo "after $N anonymous page views: live heap ${AFTER} KB; $(uis)"
echo "per anonymous session: $(( (AFTER - BASE) / N )) KB"
echo "waiting for the anonymous timeout ($TIMEOUT) plus Tomcat's expiry pass (up to a minute) ..."
sleep "${3:-100}"
END=$(live); echo "after the timeout: live heap ${END} KB; $(uis)"
kill -TERM $PID; wait $PID 2>/dev/null || true
