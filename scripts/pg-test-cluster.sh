#!/usr/bin/env bash
# Throwaway PostgreSQL cluster for the server-backend tests (and for trying Faultline on a server).
#
#   scripts/pg-test-cluster.sh start        # prints postgres://postgres@127.0.0.1:PORT/faultline
#   scripts/pg-test-cluster.sh stop [URL]   # URL defaults to $FAULTLINE_TEST_DATABASE_URL
#
# `start` installs PostgreSQL from Debian when no server binaries are found (needs root and apt),
# runs initdb as the unprivileged `postgres` user (or as yourself when not root) in a fresh temp
# dir, and starts the server on a unix socket in that dir and on a free TCP port on 127.0.0.1,
# with trust auth and durability settings traded for speed (it is a test cluster). Only the URL
# goes to stdout; progress goes to stderr. `stop` stops that cluster and deletes its temp dir.
set -euo pipefail

log() { echo "pg-test-cluster: $*" >&2; }
state_file() { echo "${TMPDIR:-/tmp}/faultline-pg-$1.dir"; }

find_pgbin() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -n "$d" && -x "$d/initdb" ]]; then echo "$d"; return; fi
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return; fi
  return 1
}

install_postgres() {
  if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
    log "PostgreSQL is not installed and cannot be installed here (needs root and apt-get)"
    return 1
  fi
  log "installing PostgreSQL from Debian"
  apt-get update >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2
}

# Runs a command as the cluster's owner: `postgres` when we are root, else ourselves.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  node -e "const s = require('net').createServer()
    s.listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close() })"
}

start() {
  local pgbin dir port url
  pgbin=$(find_pgbin) || { install_postgres && pgbin=$(find_pgbin); } || return 1
  dir=$(mktemp -d "${TMPDIR:-/tmp}/faultline-pg.XXXXXX")
  chmod 755 "$dir"
  mkdir "$dir/data"
  if [[ $(id -u) -eq 0 ]]; then chown -R postgres:postgres "$dir"; fi
  port=$(free_port)
  log "initdb in $dir/data ($("$pgbin/postgres" --version))"
  if ! as_owner "$pgbin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
      >"$dir/initdb.log" 2>&1 \
    || ! as_owner "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w start -o "-k $dir \
      -p $port -h 127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
      -c max_connections=300" >/dev/null; then
    log "could not start PostgreSQL:"
    cat "$dir"/*.log >&2 || true
    rm -rf "$dir"
    return 1
  fi
  echo "$dir" >"$(state_file "$port")"
  "$pgbin/psql" -h "$dir" -p "$port" -U postgres -qAtc 'CREATE DATABASE faultline' >&2
  url="postgres://postgres@127.0.0.1:$port/faultline"
  log "started on $url (socket in $dir)"
  echo "$url"
}

stop() {
  local url=${1:-${FAULTLINE_TEST_DATABASE_URL:-}} port dir pgbin
  [[ -n "$url" ]] || { log "stop: which cluster? pass its URL"; return 2; }
  port=$(sed -E 's#^.*:([0-9]+)/.*$#\1#' <<<"$url")
  [[ -f "$(state_file "$port")" ]] || { log "no cluster of ours on port $port"; return 0; }
  dir=$(cat "$(state_file "$port")")
  pgbin=$(find_pgbin)
  as_owner "$pgbin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
  rm -rf "$dir" "$(state_file "$port")"
  log "stopped the cluster on port $port"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop [URL]" >&2; exit 2 ;;
esac
