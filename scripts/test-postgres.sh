# A throwaway PostgreSQL server for the tests and benchmarks: a fresh cluster in a temporary
# folder, listening on loopback only, stopped by stop_test_postgres (./test traps it on exit).
# Sourced, not run; needs the `postgresql` package (./test installs it).

start_test_postgres() {
  local bin port dir owner=()
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)"
  if [ -z "$bin" ]; then
    say "PostgreSQL server binaries not found under /usr/lib/postgresql (apt-get install postgresql)"
    return 1
  fi
  port="${INGEST_TEST_PG_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 54329)}"
  dir="$(mktemp -d /tmp/ingest-pg.XXXXXX)"
  # PostgreSQL refuses to run as root: the cluster belongs to the `postgres` user the package made.
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$dir"
    owner=(runuser -u postgres --)
  fi
  "${owner[@]}" "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; return 1; }
  "${owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=200 -c fsync=off" start >/dev/null \
    || { cat "$dir/server.log" >&2; return 1; }
  INGEST_TEST_PG_DIR="$dir"
  INGEST_TEST_PG_BIN="$bin"
  export INGEST_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  say "PostgreSQL $(basename "$(dirname "$bin")") for the tests on 127.0.0.1:$port"
}

stop_test_postgres() {
  [ -n "${INGEST_TEST_PG_DIR:-}" ] || return 0
  local owner=()
  [ "$(id -u)" -eq 0 ] && owner=(runuser -u postgres --)
  "${owner[@]}" "$INGEST_TEST_PG_BIN/pg_ctl" -D "$INGEST_TEST_PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$INGEST_TEST_PG_DIR"
  INGEST_TEST_PG_DIR=""
}
