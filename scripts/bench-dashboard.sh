#!/usr/bin/env bash
# Measures the portfolio dashboard at scale: the packaged application on PostgreSQL with the demo
# organization plus N synthetic projects (a year of reports, RAID entries, milestones, budgets and
# costs each), signed in as the PMO, timing the dashboard page and its JSON API with curl.
#
#   scripts/bench-dashboard.sh                 # 10,000 projects, 50 timed requests per URL
#   PROJECTS=2000 REQUESTS=20 scripts/bench-dashboard.sh
#   FRESH=0 scripts/bench-dashboard.sh         # reuse the database of an earlier run
#
# Needs: a JDK 17+, curl, psql/createdb, and PostgreSQL on 127.0.0.1:5432 that accepts the user
# PGUSER (default postgres) without a password (trust) or with PGPASSWORD set.
# Prints p50/p95/max per URL and a last summary line over the page URLs:
#   dashboard projects=10000 p50_ms=.. p95_ms=.. max_ms=..
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PROJECTS="${PROJECTS:-10000}"
REQUESTS="${REQUESTS:-50}"
WARMUP="${WARMUP:-10}"
PORT="${PORT:-8099}"
DB="${DB:-cairn_bench}"
FRESH="${FRESH:-1}"
PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
PGUSER="${PGUSER:-postgres}"
export PGHOST PGPORT PGUSER
USER_NAME="${BENCH_USER:-pmo}"
USER_PASSWORD="${BENCH_PASSWORD:-demo}"
START_TIMEOUT_S="${START_TIMEOUT_S:-1800}"
# How the API URLs sign in: "basic" (HTTP Basic, the password's BCrypt hash checked on every
# request) or "token" (a personal access token the script makes on the profile page after signing
# in, valid for a day: what a script uses, and it measures Cairn rather than BCrypt).
API_AUTH="${API_AUTH:-basic}"
# The first words of the summary line.
SUMMARY="${SUMMARY:-dashboard projects=$PROJECTS}"
# The URLs timed: pages (signed in with the session) and the API (HTTP Basic), one per line.
PAGE_URLS="${PAGE_URLS:-/dashboard
/dashboard?page=3&sort=spi,desc
/dashboard?status=ACTIVE&rag=RED&sort=slip,desc}"
API_URLS="${API_URLS:-/api/v1/portfolio/dashboard?size=50
/api/v1/portfolio/dashboard?page=3&size=50&sort=cpi,asc&status=ACTIVE}"

BASE="http://127.0.0.1:${PORT}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/cairn-bench.XXXXXX")"
# The application's log is kept here after the run.
APP_LOG="${APP_LOG:-$ROOT/app/target/bench-dashboard-app.log}"
JAR=""
APP_PID=""

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

stop_app() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    log "stopping the application (pid $APP_PID)"
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 40); do
      kill -0 "$APP_PID" 2>/dev/null || break
      sleep 0.5
    done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
}
trap 'stop_app; rm -rf "$WORK"' EXIT

find_jar() {
  JAR="$(ls "$ROOT"/app/target/*.jar 2>/dev/null | grep -v -- '-plain\|\.original' | head -n 1 || true)"
}

# ---------------------------------------------------------------- (a) the database
if [[ "$FRESH" == "1" ]]; then
  log "creating a fresh database $DB on $PGHOST:$PGPORT"
  dropdb --if-exists "$DB"
  createdb "$DB"
elif ! psql -d "$DB" -Atc 'select 1' >/dev/null 2>&1; then
  createdb "$DB"
fi

# ---------------------------------------------------------------- (b) the application
find_jar
if [[ -z "$JAR" ]]; then
  log "no application jar yet: building it"
  (cd "$ROOT" && ./mvnw -q -B -DskipTests package)
  find_jar
fi
log "starting $JAR with $PROJECTS synthetic projects (log: $APP_LOG)"
mkdir -p "$(dirname "$APP_LOG")"
started=$(date +%s)
SPRING_DATASOURCE_URL="jdbc:postgresql://${PGHOST}:${PGPORT}/${DB}" \
SPRING_DATASOURCE_USERNAME="$PGUSER" \
SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
  java ${JAVA_OPTS:--Xmx2g} -jar "$JAR" \
    --spring.profiles.active=demo \
    --cairn.demo.projects="$PROJECTS" \
    --server.port="$PORT" \
    >"$APP_LOG" 2>&1 &
APP_PID=$!

# ---------------------------------------------------------------- (c) wait until ready
until curl -fsS "$BASE/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
  if ! kill -0 "$APP_PID" 2>/dev/null; then
    log "the application stopped; the end of its log:"
    tail -n 40 "$APP_LOG" >&2
    exit 1
  fi
  if (($(date +%s) - started > START_TIMEOUT_S)); then
    log "not ready after ${START_TIMEOUT_S}s; the end of its log:"
    tail -n 40 "$APP_LOG" >&2
    exit 1
  fi
  sleep 2
done
log "ready after $(($(date +%s) - started)) s"
grep -E 'Demo data|Demo project control|Demo budgets|Synthetic|Dashboard' "$APP_LOG" \
  | sed -E 's/^.*\] [^ ]+ +: //' >&2 || true

# ---------------------------------------------------------------- (d) sign in
JAR_COOKIES="$WORK/cookies.txt"
csrf="$(curl -fsS -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" \
  | grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -n 1 | sed -E 's/.*value="([^"]*)".*/\1/')"
if [[ -z "$csrf" ]]; then
  log "no CSRF token on /login"
  exit 1
fi
status="$(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' -c "$JAR_COOKIES" -b "$JAR_COOKIES" \
  --data-urlencode "username=$USER_NAME" --data-urlencode "password=$USER_PASSWORD" \
  --data-urlencode "_csrf=$csrf" "$BASE/login")"
if [[ "$status" == *"error"* || "$status" != 302* ]]; then
  log "signing in as $USER_NAME failed: $status"
  exit 1
fi
log "signed in as $USER_NAME"
API_TOKEN=""
if [[ "$API_AUTH" == token ]]; then
  csrf="$(curl -fsS -b "$JAR_COOKIES" "$BASE/profile" \
    | grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -n 1 | sed -E 's/.*value="([^"]*)".*/\1/')"
  API_TOKEN="$(curl -fsS -b "$JAR_COOKIES" --data-urlencode "name=bench" \
    --data-urlencode "validDays=1" --data-urlencode "_csrf=$csrf" "$BASE/profile/tokens" \
    | grep -o 'id="token-secret"[^>]*value="[^"]*"' | sed -E 's/.*value="([^"]*)".*/\1/')"
  if [[ -z "$API_TOKEN" ]]; then
    log "could not make an API token on /profile"
    exit 1
  fi
  log "made an API token for $USER_NAME"
fi

# ---------------------------------------------------------------- (e) warm up, then time
# time_url KIND URL: prints one duration in ms per line; fails on any answer but 200.
time_url() {
  local kind="$1" url="$2" count="$3" out code t
  for _ in $(seq 1 "$count"); do
    if [[ "$kind" == page ]]; then
      out="$(curl -sS -o /dev/null -w '%{http_code} %{time_total}' -b "$JAR_COOKIES" "$BASE$url")"
    elif [[ -n "$API_TOKEN" ]]; then
      out="$(curl -sS -o /dev/null -w '%{http_code} %{time_total}' \
        -H "Authorization: Bearer $API_TOKEN" -H 'Accept: application/json' "$BASE$url")"
    else
      out="$(curl -sS -o /dev/null -w '%{http_code} %{time_total}' -u "$USER_NAME:$USER_PASSWORD" \
        -H 'Accept: application/json' "$BASE$url")"
    fi
    code="${out%% *}"
    t="${out##* }"
    if [[ "$code" != 200 ]]; then
      log "$url answered $code"
      return 1
    fi
    awk -v t="$t" 'BEGIN { printf "%.1f\n", t * 1000 }'
  done
}

# stats FILE: "p50 p95 max" in ms (nearest rank).
stats() {
  sort -n "$1" | awk '{ v[NR] = $1 } END {
    p50 = v[int((NR * 50 + 99) / 100)]; p95 = v[int((NR * 95 + 99) / 100)];
    printf "%.1f %.1f %.1f\n", p50, p95, v[NR] }'
}

: >"$WORK/pages.txt"
printf '%-60s %8s %8s %8s\n' "url" "p50_ms" "p95_ms" "max_ms"
measure() {
  local kind="$1" url="$2" file
  file="$WORK/$(echo "$kind$url" | md5sum | cut -c1-12).txt"
  time_url "$kind" "$url" "$WARMUP" >/dev/null
  time_url "$kind" "$url" "$REQUESTS" >"$file"
  read -r p50 p95 max < <(stats "$file")
  printf '%-60s %8s %8s %8s\n' "$url" "$p50" "$p95" "$max"
  if [[ "$kind" == page ]]; then
    cat "$file" >>"$WORK/pages.txt"
  fi
}
while IFS= read -r url; do
  [[ -n "$url" ]] && measure page "$url"
done <<<"$PAGE_URLS"
while IFS= read -r url; do
  [[ -n "$url" ]] && measure api "$url"
done <<<"$API_URLS"

# ---------------------------------------------------------------- (f) summary
read -r p50 p95 max < <(stats "$WORK/pages.txt")
echo "$SUMMARY p50_ms=$p50 p95_ms=$p95 max_ms=$max"
# (g) the trap stops the application.
