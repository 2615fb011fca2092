#!/usr/bin/env bash
# Run the web tests against a real PostgreSQL server: a throwaway cluster in a temporary
# folder, listening on 127.0.0.1 only, removed afterwards. SQLite stays the default elsewhere.
#   scripts/web-postgres-test.sh [pytest args...]     (tests/web but the browser tests, unless
#                                                     a tests/ path is given)
# Needs the PostgreSQL server binaries (initdb, pg_ctl: Debian's postgresql package) and the
# psycopg driver in .venv. As root, the cluster runs as the 'postgres' system user.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
PGBIN=${PGBIN:-$(dirname "$(command -v pg_ctl || ls /usr/lib/postgresql/*/bin/pg_ctl | tail -1)")}
[ -x "$PGBIN/initdb" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)"; exit 1; }
"$BIN/python" -c "import psycopg" 2>/dev/null || { echo "install the driver: $BIN/pip install 'psycopg[binary]==3.3.9'"; exit 1; }

TMP=$(mktemp -d /tmp/fm-pg.XXXXXX)
PORT=${PGPORT_TEST:-$("$BIN/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
AS=()
if [ "$(id -u)" = 0 ]; then
  chown postgres "$TMP"
  AS=(runuser -u postgres --)
fi
stop() {
  "${AS[@]}" "$PGBIN/pg_ctl" -D "$TMP/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$TMP"
}
trap stop EXIT
"${AS[@]}" "$PGBIN/initdb" -D "$TMP/data" -U fm -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${AS[@]}" "$PGBIN/pg_ctl" -D "$TMP/data" -l "$TMP/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $TMP -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
echo "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT (data in $TMP)"
export DATABASE_URL="postgres://fm@127.0.0.1:$PORT/forum_messages"
# By default every web test but the browser ones: those drive the pages through chromium and
# run against SQLite in the main suite; the database work they do is what the others check here.
case " $* " in
  *" tests/"*) ;;
  *) set -- tests/web --ignore=tests/web/test_browser.py --ignore=tests/web/test_browser_cycle.py "$@" ;;
esac
"$BIN/pytest" "$@"
