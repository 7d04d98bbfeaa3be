#!/usr/bin/env bash
# Restores a backup of scripts/backup-postgres.sh into a new, empty PostgreSQL database, which
# Cairn is then pointed at (SPRING_DATASOURCE_URL); it never writes over a database in use.
# Usage: scripts/restore-postgres.sh FILE DATABASE
# Connection from the usual libpq variables: PGHOST, PGPORT, PGUSER, PGPASSWORD.
set -euo pipefail
file="${1:?the backup file}"
database="${2:?the name of the new database}"
createdb "$database"
pg_restore --no-owner --exit-on-error --dbname="$database" "$file"
echo "Restored $file into the new database $database"
