#!/usr/bin/env bash
# Measures the capacity grid at scale: the packaged application on PostgreSQL with the demo
# organization plus 500 synthetic projects and 2,000 synthetic people of the resource pool (skills,
# absences, part-timers, one to three requests each), signed in as the PMO, timing the 52-week grid
# of the API and its heat map page with curl. The median is the p50 column.
#
#   scripts/bench-capacity.sh                      # 500 projects, 2,000 people, 20 timed requests
#   PEOPLE=5000 scripts/bench-capacity.sh
#   FRESH=0 scripts/bench-capacity.sh              # reuse the database of an earlier run
#
# Needs what scripts/bench-dashboard.sh needs (a JDK 17+, curl, createdb, PostgreSQL on
# 127.0.0.1:5432), which does the work: this script only sets the scale and the URLs.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PEOPLE="${PEOPLE:-2000}"
export PROJECTS="${PROJECTS:-500}"
export REQUESTS="${REQUESTS:-20}"
export WARMUP="${WARMUP:-5}"
export DB="${DB:-cairn_bench_capacity}"
export APP_LOG="${APP_LOG:-$ROOT/app/target/bench-capacity-app.log}"
# The synthetic people are a demo property; the dashboard script passes JAVA_OPTS to the JVM.
export JAVA_OPTS="${JAVA_OPTS:--Xmx2g} -Dcairn.demo.people=$PEOPLE"
export API_URLS="${API_URLS:-/api/v1/resources/capacity?weeks=52&groupBy=person&period=week
/api/v1/resources/capacity?weeks=52&groupBy=department&period=month}"
export PAGE_URLS="${PAGE_URLS:-/resources/capacity?weeks=52}"

echo "capacity people=$PEOPLE projects=$PROJECTS load_average=$(cut -d' ' -f1-3 /proc/loadavg)"
exec "$ROOT/scripts/bench-dashboard.sh"
