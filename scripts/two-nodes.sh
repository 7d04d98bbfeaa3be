#!/usr/bin/env bash
# Two Cairn nodes on one PostgreSQL database, as behind a load balancer (docs/cluster.md): starts
# app/target/cairn.jar twice, on ports 8081 (A) and 8082 (B), waits until both answer
# /actuator/health, signs in on A through the sign-in form (with its CSRF token, as a browser
# does), shows the session working on B and ending on A when signed out on B, then stops both.
# For an administrator trying a cluster out; CI proves more of it with TwoNodesTest.
#
#   scripts/two-nodes.sh
#   PGDATABASE=cairn_two scripts/two-nodes.sh
#   CAIRN_USER=pmo CAIRN_PASSWORD=... scripts/two-nodes.sh      # sign in as someone else
#
# The database comes from PGHOST, PGPORT, PGDATABASE, PGUSER and PGPASSWORD (127.0.0.1, 5432,
# postgres, postgres, empty). On a new database the nodes create the administrator with
# CAIRN_ADMIN_PASSWORD (here "two-nodes-admin" unless set), and the script signs in as admin with
# it unless CAIRN_USER and CAIRN_PASSWORD say otherwise. Build the jar first
# (./mvnw -B -DskipTests package). Logs: app/target/two-nodes-a.log and two-nodes-b.log.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JAR="$ROOT/app/target/cairn.jar"
if [[ ! -f "$JAR" ]]; then
  echo "No $JAR: build it first with ./mvnw -B -DskipTests package" >&2
  exit 1
fi

PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
PGDATABASE="${PGDATABASE:-postgres}"
PGUSER="${PGUSER:-postgres}"
PGPASSWORD="${PGPASSWORD:-}"
export CAIRN_ADMIN_PASSWORD="${CAIRN_ADMIN_PASSWORD:-two-nodes-admin}"
USERNAME="${CAIRN_USER:-admin}"
PASSWORD="${CAIRN_PASSWORD:-$CAIRN_ADMIN_PASSWORD}"
A=http://127.0.0.1:8081
B=http://127.0.0.1:8082
WORK="$(mktemp -d /tmp/cairn-two-nodes.XXXXXX)"
pids=()

stop_nodes() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$WORK"
}
trap stop_nodes EXIT

# Each node gets a working folder of its own: its search index and anything else it keeps on disk.
start_node() {
  local name=$1 port=$2
  mkdir -p "$WORK/$name"
  (cd "$WORK/$name" && exec java ${JAVA_OPTS:-} -jar "$JAR" \
    --server.port="$port" \
    --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE" \
    --spring.datasource.username="$PGUSER" \
    --spring.datasource.password="$PGPASSWORD") >"$ROOT/app/target/two-nodes-$name.log" 2>&1 &
  pids+=("$!")
  echo "node $name: port $port, pid $!, log app/target/two-nodes-$name.log"
}

await_health() {
  local name=$1 url=$2 pid=$3
  for _ in $(seq 1 240); do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "node $name stopped while starting; see app/target/two-nodes-$name.log" >&2
      exit 1
    fi
    if curl -fsS "$url/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
      echo "node $name is up ($url/actuator/health)"
      return
    fi
    sleep 1
  done
  echo "node $name did not become healthy in 4 minutes" >&2
  exit 1
}

# The value of the form token in a page (the attributes come in either order).
csrf_of() {
  grep -oE 'name="_csrf"[^>]*value="[^"]+"|value="[^"]+"[^>]*name="_csrf"' | head -1 |
    grep -oE 'value="[^"]+"' | cut -d'"' -f2
}

echo "database: $PGUSER@$PGHOST:$PGPORT/$PGDATABASE"
start_node a 8081
start_node b 8082
await_health a "$A" "${pids[0]}"
await_health b "$B" "${pids[1]}"

# Sign in on A as a browser does: the form's page gives a session and its token, the form's post
# signs the session in (under a new id).
cookies="$WORK/cookies"
csrf="$(curl -fsS -c "$cookies" "$A/login" | csrf_of)"
answer="$(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' -b "$cookies" -c "$cookies" \
  --data-urlencode "username=$USERNAME" --data-urlencode "password=$PASSWORD" \
  --data-urlencode "_csrf=$csrf" "$A/login")"
if [[ "$answer" != 302* || "$answer" == *"/login"* ]]; then
  echo "signing in on A as $USERNAME failed ($answer); is the password right?" >&2
  exit 1
fi
session="$(awk '$6 == "SESSION" { print $7 }' "$cookies" | tail -1)"
echo "signed in on A as $USERNAME: session cookie SESSION=${session:0:8}..."

# The same cookie on B: the session is in the database, so B knows it.
profile="$WORK/profile-b.html"
code="$(curl -sS -o "$profile" -w '%{http_code}' -H "Cookie: SESSION=$session" "$B/profile")"
if [[ "$code" != 200 ]] || ! grep -q "$USERNAME" "$profile"; then
  echo "node B did not take the session from A (answered $code)" >&2
  exit 1
fi
echo "node B answers /profile with $USERNAME's page (200) for the session made on A"
without="$(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' "$B/profile")"
echo "node B without the cookie: $without"

# Signing out on B ends the session everywhere.
logout_csrf="$(csrf_of <"$profile")"
curl -sS -o /dev/null -H "Cookie: SESSION=$session" --data-urlencode "_csrf=$logout_csrf" \
  "$B/logout"
after="$(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' -H "Cookie: SESSION=$session" \
  "$A/profile")"
if [[ "$after" != 302*"/login"* ]]; then
  echo "node A still took the session after signing out on B ($after)" >&2
  exit 1
fi
echo "signed out on B; node A now sends the same cookie to sign in: $after"
echo "two nodes, one session: OK (stopping both)"
