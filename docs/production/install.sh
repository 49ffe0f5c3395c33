#!/usr/bin/env bash
# Installs (or upgrades) Skillpath as a systemd service from a jar built with ./mvnw package. Run as root:
#   sudo docs/production/install.sh target/skillpath-0.1.0-SNAPSHOT.jar
# It creates the `skillpath` system user and /var/lib/skillpath (its data, 0700), extracts the jar into
# /opt/skillpath/app, installs the unit and (only if there is none yet) /etc/skillpath/skillpath.env, and trains
# the ahead-of-time cache for this jar and JDK. It does not start or restart the service: see the README.
set -euo pipefail
JAR="${1:?usage: install.sh path/to/skillpath.jar}"
HERE="$(cd "$(dirname "$0")" && pwd)"
[ "$(id -u)" -eq 0 ] || { echo "Run as root (it creates a user and writes to /opt, /etc and /var/lib)." >&2; exit 1; }

if ! id skillpath > /dev/null 2>&1; then
  useradd --system --home-dir /var/lib/skillpath --create-home --shell /usr/sbin/nologin skillpath
fi
install -d -o skillpath -g skillpath -m 0700 /var/lib/skillpath
install -d -m 0755 /opt/skillpath /etc/skillpath

if [ ! -f /etc/skillpath/skillpath.env ]; then
  install -m 0640 -g skillpath "$HERE/skillpath.env" /etc/skillpath/skillpath.env
fi
# Only the two values the training below needs, read as systemd reads them (quotes around the value removed, nothing
# expanded or run): sourcing the file in the shell would run a password such as k$9&x;y as commands.
env_value() {
  local line
  line="$(grep -E "^[[:space:]]*$1=" /etc/skillpath/skillpath.env | tail -n 1)" || true
  line="${line#*=}"
  case "$line" in
    \"*\" | \'*\') line="${line:1:${#line}-2}" ;;
  esac
  printf '%s' "$line"
}
JAVA_HOME="$(env_value JAVA_HOME)"
JAVA_OPTS="$(env_value JAVA_OPTS)"
JAVA="$JAVA_HOME/bin/java"
[ -x "$JAVA" ] || { echo "No $JAVA: set JAVA_HOME in /etc/skillpath/skillpath.env to a JDK 21 or newer." >&2; exit 1; }

# the extracted form (a small jar and lib/) starts faster and is what the AOT cache is trained on
STAGE="$(mktemp -d)"
cp "$JAR" "$STAGE/skillpath.jar"
"$JAVA" -Djarmode=tools -jar "$STAGE/skillpath.jar" extract --destination "$STAGE/app" > /dev/null
rm -rf /opt/skillpath/app.previous
if [ -d /opt/skillpath/app ]; then mv /opt/skillpath/app /opt/skillpath/app.previous; fi
mv "$STAGE/app" /opt/skillpath/app
chmod -R a+rX /opt/skillpath/app
rm -rf "$STAGE"
install -m 0644 "$HERE/skillpath.service" /etc/systemd/system/skillpath.service

# Train the AOT cache: start this jar once on a throw-away database (as the service user: PostgreSQL refuses root),
# open two pages, stop it; the JVM writes the cache as it exits. A cache of another jar or JDK must not stay.
rm -f /var/lib/skillpath/skillpath.aot
TRAINING=/var/lib/skillpath/aot-training
rm -rf "$TRAINING"
# setpriv execs java itself (runuser would stay in between and SIGKILL it 2 s after passing on the SIGTERM, while the
# JVM is still writing the cache). env -i: the training sees none of the service's settings, only the JVM options.
# With the service's SPRING_DATASOURCE_URL it would run this jar's Liquibase changes on the production database, before
# the backup an upgrade starts with and under the nodes still running the old version; with its MANAGEMENT_ADDRESS (a
# private address) it would not answer on localhost below, or not start.
setpriv --reuid=skillpath --regid=skillpath --init-groups env -i PATH="$PATH" HOME=/var/lib/skillpath \
  SKILLPATH_DATA_DIR="$TRAINING" PORT=18080 MANAGEMENT_PORT=18081 MANAGEMENT_ADDRESS=127.0.0.1 \
  "$JAVA" $JAVA_OPTS -XX:AOTCacheOutput=/var/lib/skillpath/skillpath.aot -jar /opt/skillpath/app/skillpath.jar \
  > /tmp/skillpath-aot-training.log 2>&1 &
TRAIN=$!
for _ in $(seq 1 240); do
  curl -sf -o /dev/null http://127.0.0.1:18081/actuator/health/readiness && break
  kill -0 "$TRAIN" 2> /dev/null || break  # it stopped: no use waiting the full two minutes
  sleep 0.5
done
curl -sf -o /dev/null http://127.0.0.1:18080/roles && curl -sf -o /dev/null http://127.0.0.1:18080/roles/machine-learning-engineer \
  || echo "The training run did not answer; see /tmp/skillpath-aot-training.log (the service works without the cache)." >&2
# the JVM writes the cache before it exits; one that stopped on its own is gone already (no failure of the install)
kill -TERM "$TRAIN" 2> /dev/null || true; wait "$TRAIN" 2> /dev/null || true
rm -rf "$TRAINING"
if [ -f /var/lib/skillpath/skillpath.aot ]; then echo "AOT cache: /var/lib/skillpath/skillpath.aot"; fi
echo "Installed. Then: systemctl daemon-reload && systemctl enable --now skillpath (or systemctl restart skillpath)."
