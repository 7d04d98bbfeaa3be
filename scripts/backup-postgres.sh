#!/usr/bin/env bash
# Backs Cairn's PostgreSQL database up into one file, while Cairn runs (pg_dump takes a consistent
# snapshot). Usage: scripts/backup-postgres.sh [FILE]
# Connection from the usual libpq variables: PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE.
set -euo pipefail
file="${1:-cairn-$(date -u +%Y%m%d-%H%M%S).dump}"
pg_dump --format=custom --no-owner --file="$file" "${PGDATABASE:-cairn}"
echo "Backed up ${PGDATABASE:-cairn} to $file ($(stat -c %s "$file") bytes)"
