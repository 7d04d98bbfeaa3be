#!/usr/bin/env bash
# Measures the search across Cairn at scale: the demo organization on PostgreSQL plus N synthetic
# documents of about five pages (PDF and Word in turn, over every project, confidential ones
# included), each filed through the archive's intake: type detection, text extraction, storage and
# indexing. Then a two-word query, as a member who may not see every project (so the permission
# filter works on every query), through the search page and the API, 20 times each after a warm-up.
#
#   scripts/bench-search.sh                    # 10,000 documents
#   DOCUMENTS=2000 scripts/bench-search.sh
#   FRESH=0 scripts/bench-search.sh            # reuse the database (and documents) of an earlier run
#
# The filing rate is in the application's log line "Synthetic documents: filed N documents ... in
# S s: R documents/s", printed here too. Needs what scripts/bench-dashboard.sh needs, which does the
# rest (fresh database, start, readiness, sign-in, timing, p50/p95/max): this script sets the scale,
# the person and the URLs. The search index lives in a folder of its own, emptied on a fresh run.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DOCUMENTS="${DOCUMENTS:-10000}"
QUERY="${QUERY:-warranty+supplier}"
export PROJECTS="${PROJECTS:-0}"
export REQUESTS="${REQUESTS:-20}"
export WARMUP="${WARMUP:-5}"
export DB="${DB:-cairn_bench_search}"
export BENCH_USER="${BENCH_USER:-member}"
export API_AUTH="${API_AUTH:-token}"
export APP_LOG="${APP_LOG:-$ROOT/app/target/bench-search-app.log}"
export SUMMARY="search documents=$DOCUMENTS query=$QUERY user=$BENCH_USER"
INDEX="${INDEX:-$ROOT/app/target/bench-search-index}"
if [[ "${FRESH:-1}" == "1" ]]; then
  rm -rf "$INDEX"
fi
export JAVA_OPTS="${JAVA_OPTS:--Xmx2g} -Dcairn.demo.documents=$DOCUMENTS -Dcairn.search.index-directory=$INDEX"
export PAGE_URLS="${PAGE_URLS:-/search?q=$QUERY}"
export API_URLS="${API_URLS:-/api/v1/search?q=$QUERY}"

echo "search documents=$DOCUMENTS load_average=$(cut -d' ' -f1-3 /proc/loadavg)"
"$ROOT/scripts/bench-dashboard.sh"
grep -E 'Synthetic documents: filed|Search index rebuilt' "$APP_LOG" | sed -E 's/^.*\] [^ ]+ +: //' || true
