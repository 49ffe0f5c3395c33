#!/usr/bin/env bash
# Live heap per open session on each page (production jar, production mode): bench/memory.sh [N] [pages...]
# Pages (default: all): home roles role compare assessment fit plan account anonymous-roles.
# For each page a fresh server with a fresh database, N users with every skill rated (SQL), each logged in
# through the login form in its own browser context and left on the page (anonymous-roles: N visitors who do
# not log in). One line per page on stdout, one Markdown table row per page appended to
# target/memory-bench/results.md. Method and figures: docs/BENCHMARKS.md, "Memory per session".
#
# N defaults to 100: the per-session figure is a heap difference divided by N, and at 100 sessions on a
# page of 40-300 KB the difference (4-30 MB) is far above the run-to-run noise of the live heap after a full
# GC (a few hundred KB), so it moves by a few KB at most from 100 to 200. Time: each page costs about
# 130 s besides its sessions (server start, warm-up, full GCs), and each session (login, page, close) about
# 5 s, a visitor's 2 s, on 2 cores shared with other builds (load average 15): 100 sessions on all nine
# pages take about 1.5 hours there, 200 about 3 hours (9 pages at N = 5: 24 minutes, without the build).
#
# Needs JAVA_HOME (JDK 21+), psql, and Debian's chromium at /usr/bin/chromium. MVN_ARGS is passed to Maven
# (e.g. -o offline); SKIP_BUILD=1 reuses the jar and classpath of the previous run.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-100}"
shift $(( $# > 0 ? 1 : 0 ))
ALL_PAGES=(home roles role compare assessment fit plan account anonymous-roles)
if [ $# -gt 0 ]; then PAGES=("$@"); else PAGES=("${ALL_PAGES[@]}"); fi
JAVA="${JAVA_HOME:?set JAVA_HOME}/bin/java"
WORK=target/memory-bench
RESULTS="$WORK/results.md"
PASSWORD="correct horse battery"
PLAN_ROLE=machine-learning-engineer
MVN_ARGS="${MVN_ARGS:-}"
mkdir -p "$WORK"

# name | path (after the first slash) | selector only the rendered page has | driver options
page_spec() {
  case "$1" in
    home)            echo "|#home-pitch|" ;;
    roles)           echo "roles|#role-card-data-science-manager|" ;;
    role)            echo "roles/$PLAN_ROLE|#role-$PLAN_ROLE|" ;;
    compare)         echo "compare|#article-conclusion|" ;;
    assessment)      echo "assessment|#assessment-progress|" ;;
    fit)             echo "fit|#fit-score-data-science-manager|" ;;
    # a plan of exactly 10 steps, checked on every page: see bench/plan-copies.sql
    plan)            echo "plan?role=$PLAN_ROLE|#plan-steps|count=.step-card:10 template=plan-template setup=bench/plan-copies.sql" ;;
    account)         echo "account|#delete-account|" ;;
    anonymous-roles) echo "roles|#role-card-data-science-manager|anonymous=true" ;;
    *) echo "unknown page: $1 (pages: ${ALL_PAGES[*]})" >&2; return 1 ;;
  esac
}
for PAGE in "${PAGES[@]}"; do page_spec "$PAGE" > /dev/null; done  # refuse a typo before the long build

if [ "${SKIP_BUILD:-}" != 1 ] || [ ! -f "$WORK/classpath.txt" ]; then
  # always rebuild: a jar from a plain `package` is not a production build and does not start on its own
  ./mvnw $MVN_ARGS -B -q -Pproduction -DskipTests package
  ./mvnw $MVN_ARGS -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt" > /dev/null
fi
CLASSPATH_FILE="$WORK/classpath.txt"
HASH=$("$JAVA" -cp "$(cat "$CLASSPATH_FILE")" bench/HashPassword.java "$PASSWORD" 2> /dev/null | tail -1)

SERVER=""
stop_server() {
  if [ -n "$SERVER" ]; then
    kill -TERM "$SERVER" 2> /dev/null || true
    wait "$SERVER" 2> /dev/null || true
    SERVER=""
  fi
}
trap stop_server EXIT

start_server() {  # sets SERVER and PORT; its log goes to $WORK/server-PAGE.log
  rm -rf "$WORK/db"
  # a free port, not a fixed one: another server on a fixed port would answer in this one's place
  PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("localhost", 0)); print(s.getsockname()[1])')
  # sessions kept for an hour, for visitors too (3 minutes in production): a run of N sessions takes longer,
  # and what is measured is what an open session holds, not how long it is kept
  SKILLPATH_DATA_DIR="$WORK/db" "$JAVA" -Xmx3g -XX:+UseG1GC -jar target/skillpath-0.1.0-SNAPSHOT.jar \
    --server.port=$PORT --server.servlet.session.timeout=60m --skillpath.session.anonymous-timeout=60m \
    > "$WORK/server-$1.log" 2>&1 &
  SERVER=$!
  until grep -q "Tomcat started on port $PORT" "$WORK/server-$1.log"; do
    kill -0 "$SERVER" 2> /dev/null || { echo "server did not start: see $WORK/server-$1.log" >&2; exit 1; }
    sleep 0.5
  done
  curl -s -o /dev/null -f "http://localhost:$PORT/roles"
  # the embedded PostgreSQL asks for a password: the superuser's is in the data directory (0600 file)
  export PGHOST=localhost PGUSER=postgres PGDATABASE=postgres
  PGPORT=$(grep -oP "listening on localhost:\K[0-9]+" "$WORK/server-$1.log" | head -1)
  PGPASSWORD=$(sed -n 's/^postgres=//p' "$WORK/db/skillpath-credentials.properties")
  export PGPORT PGPASSWORD
}

prepare_users() {  # bench0.. (at least the warm-up's 5) and plan-template, sharing one password hash
  local level="(u.id + s.id) % 5"
  # on the plan page everyone is at level 1 in every skill, and so has a gap in all six of the role's
  [ "$1" = plan ] && level=1
  psql -q -v ON_ERROR_STOP=1 -c "
    insert into app_user (username, password_hash)
      select 'bench' || i, '$HASH' from generate_series(0, greatest($N, 5) - 1) i
      union all select 'plan-template', '$HASH';
    insert into skill_rating (owner_id, skill_id, level)
      select u.id, s.id, $level from app_user u cross join skill s;
    insert into skill_rating_history (owner_id, skill_id, level)
      select owner_id, skill_id, level from skill_rating;"
}

{
  echo
  echo "Run of $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD || echo ' with local changes'), N = $N:"
  echo
  echo "| page | sessions | live heap, warm, no session | with N sessions | per session, warm | per session, cold |"
  echo "|---|---|---|---|---|---|"
} >> "$RESULTS"

for PAGE in "${PAGES[@]}"; do
  IFS='|' read -r URL_PATH READY OPTIONS <<< "$(page_spec "$PAGE")"
  STARTED=$(date +%s)
  start_server "$PAGE"
  prepare_users "$PAGE"
  # shellcheck disable=SC2086 # OPTIONS are separate words
  "$JAVA" -cp "$(cat "$CLASSPATH_FILE")" bench/MemoryBenchmark.java "http://localhost:$PORT" "$SERVER" "$PAGE" \
    "$URL_PATH" "$READY" "$N" bench "$PASSWORD" results="$RESULTS" $OPTIONS
  stop_server
  echo "  ($PAGE took $(( $(date +%s) - STARTED )) s in all)"
done
