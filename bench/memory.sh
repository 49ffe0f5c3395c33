#!/usr/bin/env bash
# Live heap per open session on each page (production jar, production mode): bench/memory.sh [N] [pages...]
# Pages (default: all): home roles role compare assessment fit plan account team anonymous-roles anonymous-home.
# Users with every skill rated are inserted with SQL, each page its own N users (PAGE-0.., at level 1 in
# every skill for the plan page, so that the plan has a gap in all six of the role's skills; on the home
# page, a logged-in user's "this week", each with five plans: see bench/home-plans.sql); each session
# logs in through the login form in its own browser context and is left on the page (on the team page, the
# matrix of a team of 200 members, the page's users among them: see bench/team-200.sql; anonymous-roles,
# anonymous-home: N visitors who do not log in). One line per page on stdout, one Markdown table row per
# page appended to target/memory-bench/results.md, the class histograms before and after each page and
# their difference per session in target/memory-bench/histograms/. Method and figures: docs/BENCHMARKS.md, "Memory per session".
#
# By default one server and one database serve all pages, in turn: the live heap before any page (cold),
# then for each page 5 warm-up sessions that log out (what a page loads once for everyone: classes,
# caches), the live heap (baseline), N new sessions left on the page, the live heap again; per session =
# difference / N. The sessions of earlier pages stay open: nothing reaches them (their tabs are offline
# and closed, so no heartbeat, no request, no close) and they do not time out during the run (24 hours
# here), so they hold the same memory in the baseline and in the "with N" figure and cancel out of each
# difference. The last line gives the live heap after all pages, against the cold one. The anonymous pages
# come last: their warm-up visitors cannot log out, so their sessions stay (in the page's baseline, not its
# difference). FRESH_SERVER=1 starts a fresh server with a fresh database for each page instead (the
# cold and warm figures of the page alone, per-session cold column included; about 2 minutes more per
# page on a loaded 2-core machine).
#
# N defaults to 100: the per-session figure is a heap difference divided by N, and at 100 sessions on a
# page of 40-300 KB the difference (4-30 MB) is far above the run-to-run noise of the live heap after a full
# GC (a few hundred KB), so it moves by a few KB at most from 100 to 200. Time: each session (login, page,
# close) 4-6 s, a visitor's 2 s, on 2 cores shared with other builds (load average 6-11), plus the build,
# one server start and 30-70 s per page for the driver, warm-up and GCs: N = 50 on all nine pages took
# 41 minutes there with the build, so N = 100 takes about 75 minutes (FRESH_SERVER=1: about 2 minutes
# more per page for its server start).
#
# Needs JAVA_HOME (JDK 21+), psql, and Debian's chromium at /usr/bin/chromium. MVN_ARGS is passed to Maven
# (e.g. -o offline); SKIP_BUILD=1 reuses the jar and classpath of the previous run.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-100}"
shift $(( $# > 0 ? 1 : 0 ))
ALL_PAGES=(home roles role compare assessment fit plan account team anonymous-roles anonymous-home)
if [ $# -gt 0 ]; then PAGES=("$@"); else PAGES=("${ALL_PAGES[@]}"); fi
JAVA="${JAVA_HOME:?set JAVA_HOME}/bin/java"
WORK=target/memory-bench
RESULTS="$WORK/results.md"
PASSWORD="correct horse battery"
PLAN_ROLE=machine-learning-engineer
MVN_ARGS="${MVN_ARGS:-}"
FRESH_SERVER="${FRESH_SERVER:-}"
mkdir -p "$WORK"

# name | path (after the first slash; {team} is the id of bench/team-200.sql's team) | selector only the rendered
# page has | driver options
page_spec() {
  case "$1" in
    # a logged-in user's week with five plans (two roles, three targets), checked on every page: see bench/home-plans.sql
    home)            echo "|#next-steps|count=#week-fit-table>tbody>tr:5 template=home-template plans=data-science-manager,machine-learning-engineer setup=bench/home-plans.sql" ;;
    roles)           echo "roles|#role-card-data-science-manager|" ;;
    role)            echo "roles/$PLAN_ROLE|#role-$PLAN_ROLE|" ;;
    compare)         echo "compare|#article-conclusion|" ;;
    assessment)      echo "assessment|#assessment-progress|" ;;
    fit)             echo "fit|#fit-score-data-science-manager|" ;;
    # a plan of exactly 10 steps, checked on every page: see bench/plan-copies.sql
    plan)            echo "plan?role=$PLAN_ROLE|#plan-steps|count=.step-card:10 template=plan-template setup=bench/plan-copies.sql" ;;
    account)         echo "account|#delete-account|" ;;
    # the matrix of one team of 200 members, all 200 rows checked on every page: see bench/team-200.sql
    team)            echo "teams/{team}|#team-heatmap|count=#team-heatmap>tbody>tr:200" ;;
    anonymous-roles) echo "roles|#role-card-data-science-manager|anonymous=true" ;;
    anonymous-home)  echo "|#home-pitch|anonymous=true" ;;
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

start_server() {  # sets SERVER and PORT; its log goes to $WORK/server-$1.log
  rm -rf "$WORK/db"
  # a free port, not a fixed one: another server on a fixed port would answer in this one's place
  PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("localhost", 0)); print(s.getsockname()[1])')
  # sessions kept for a day, for visitors too (3 minutes in production): a run takes one to two hours,
  # and what is measured is what an open session holds, not how long it is kept
  SKILLPATH_DATA_DIR="$WORK/db" "$JAVA" -Xmx3g -XX:+UseG1GC -jar target/skillpath-0.1.0-SNAPSHOT.jar \
    --server.port=$PORT --management.server.port=0 --server.servlet.session.timeout=24h --skillpath.session.anonymous-timeout=24h \
    > "$WORK/server-$1.log" 2>&1 &
  SERVER=$!
  # (the log may not exist yet in the first round)
  until grep -q "Tomcat started on port $PORT" "$WORK/server-$1.log" 2> /dev/null; do
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

prepare_users() {  # PAGE-0.. (at least the warm-up's 5; plan and home: and PAGE-template), sharing one password hash
  case "$1" in anonymous-*) return 0 ;; esac
  local level="(u.id + s.id) % 5" template=""
  # on the plan page everyone is at level 1 in every skill, and so has a gap in all six of the role's
  [ "$1" = plan ] && level=1 && template="union all select 'plan-template', '$HASH'"
  [ "$1" = home ] && template="union all select 'home-template', '$HASH'"
  psql -q -v ON_ERROR_STOP=1 -c "
    insert into app_user (username, password_hash)
      select '$1-' || i, '$HASH' from generate_series(0, greatest($N, 5) - 1) i $template;
    insert into skill_rating (owner_id, skill_id, level)
      select u.id, s.id, $level from app_user u cross join skill s where u.username like '$1-%';
    insert into skill_rating_history (owner_id, skill_id, level)
      select r.owner_id, r.skill_id, r.level from skill_rating r
      join app_user u on u.id = r.owner_id where u.username like '$1-%';"
  # the team page's team: its owner, team-0, and its 200 members must exist before any session opens the page
  if [ "$1" = team ]; then psql -q -v ON_ERROR_STOP=1 -f bench/team-200.sql; fi
}

measure() {  # one page on the running server; extra arguments go to MemoryBenchmark
  local page="$1" url_path ready options
  shift
  IFS='|' read -r url_path ready options <<< "$(page_spec "$page")"
  if [[ "$url_path" == *"{team}"* ]]; then
    url_path="${url_path//\{team\}/$(psql -tA -v ON_ERROR_STOP=1 -c "select id from team where name = 'Bench team'")}"
  fi
  # shellcheck disable=SC2086 # options are separate words
  "$JAVA" -cp "$(cat "$CLASSPATH_FILE")" bench/MemoryBenchmark.java "http://localhost:$PORT" "$SERVER" "$page" \
    "$url_path" "$ready" "$N" "$page-" "$PASSWORD" results="$RESULTS" histograms="$WORK/histograms" $options "$@"
}

thousands() {  # 35043 -> 35,043
  sed ':a; s/\B[0-9]\{3\}\>/,&/; ta' <<< "$1"
}

live_heap() {
  "$JAVA" -cp "$(cat "$CLASSPATH_FILE")" bench/MemoryBenchmark.java heap "$SERVER" | tail -1
}

RUN="Run of $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD || echo ' with local changes'), N = $N"
RUN_STARTED=$(date +%s)
if [ "$FRESH_SERVER" = 1 ]; then
  {
    echo
    echo "$RUN, a fresh server per page:"
    echo
    echo "| page | sessions | live heap, warm, no session | with N sessions | per session, warm | per session, cold |"
    echo "|---|---|---|---|---|---|"
  } >> "$RESULTS"
  for PAGE in "${PAGES[@]}"; do
    STARTED=$(date +%s)
    start_server "$PAGE"
    prepare_users "$PAGE"
    measure "$PAGE"
    stop_server
    echo "  ($PAGE took $(( $(date +%s) - STARTED )) s in all)"
  done
else
  start_server all
  for PAGE in "${PAGES[@]}"; do prepare_users "$PAGE"; done
  COLD=$(live_heap)
  echo "live heap before any page: $COLD KB (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
  {
    echo
    echo "$RUN, one server for all pages (live heap before any page: $(thousands "$COLD") KB):"
    echo
    echo "| page | sessions | live heap before (after the page's warm-up) | with N sessions more | per session, warm |"
    echo "|---|---|---|---|---|"
  } >> "$RESULTS"
  OPEN=0
  for PAGE in "${PAGES[@]}"; do
    STARTED=$(date +%s)
    measure "$PAGE" shared=true
    OPEN=$(( OPEN + N ))
    # the anonymous page's warm-up visitors stay too
    case "$PAGE" in anonymous-*) OPEN=$(( OPEN + 5 )) ;; esac
    echo "  ($PAGE took $(( $(date +%s) - STARTED )) s; load average: $(cut -d' ' -f1-3 /proc/loadavg))"
  done
  FINAL=$(live_heap)
  LINE="Live heap before any page $(thousands "$COLD") KB, after all pages $(thousands "$FINAL") KB with $OPEN sessions open:"
  LINE="$LINE $(awk "BEGIN { printf \"%.1f\", ($FINAL - $COLD) / $OPEN }") KB per session counted from cold."
  echo "$LINE"
  { echo; echo "$LINE"; } >> "$RESULTS"
  stop_server
fi
echo "Run took $(( $(date +%s) - RUN_STARTED )) s (results: $RESULTS)"
