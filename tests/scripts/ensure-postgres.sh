#!/usr/bin/env bash
# Makes sure PostgreSQL's server programs (initdb, pg_ctl, postgres) are on this machine, for the
# PostgreSQL pass of the e2e suite (tests/scripts/run-engines.mjs starts a throwaway cluster with
# them). Nothing is needed when TEST_DATABASE_URL names a server to use instead.
# Looks in PG_BINDIR when set, then the PATH, then Debian's /usr/lib/postgresql/<version>/bin.
# When they are missing and we are root on a Debian-like system, installs Debian's `postgresql`
# package with apt-get, without recommends (PostgreSQL 15 on Debian 12: about 20 MB to download).
# Idempotent: does nothing when they are already there.
# Exit status: 0 when a server can be started afterwards (or TEST_DATABASE_URL is set), 1 otherwise.
set -u

say() { echo "ensure-postgres: $*"; }

if [ -n "${TEST_DATABASE_URL:-}" ]; then
  say "TEST_DATABASE_URL is set; the tests use that server, nothing to install."
  exit 0
fi

find_bindir() {
  if [ -n "${PG_BINDIR:-}" ] && [ -x "$PG_BINDIR/initdb" ]; then echo "$PG_BINDIR"; return 0; fi
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then dirname "$(command -v initdb)"; return 0; fi
  # Debian keeps the server programs out of the PATH: the newest version installed.
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  done
  return 1
}

if BINDIR="$(find_bindir)"; then
  say "found $BINDIR ($("$BINDIR/postgres" --version 2>/dev/null)); nothing to do."
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  say "PostgreSQL's server programs are missing and this is not root, so they cannot be installed here."
  say "install them with: sudo apt-get install -y --no-install-recommends postgresql   (or set PG_BINDIR, or TEST_DATABASE_URL)"
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  say "PostgreSQL is missing and apt-get is not available; install PostgreSQL 15+ yourself and set PG_BINDIR (or TEST_DATABASE_URL)."
  exit 1
fi

say "PostgreSQL is missing; installing Debian's postgresql with apt-get..."
export DEBIAN_FRONTEND=noninteractive
if ! apt-get update -q -q; then
  say "apt-get update failed."
  exit 1
fi
# The package's own cluster (main, port 5432) is not used: the tests start one of their own.
if ! apt-get install -y -q -q --no-install-recommends postgresql; then
  say "apt-get install postgresql failed."
  exit 1
fi
if BINDIR="$(find_bindir)"; then
  say "installed $BINDIR ($("$BINDIR/postgres" --version 2>/dev/null))."
  exit 0
fi
say "apt-get finished but initdb is still missing."
exit 1
