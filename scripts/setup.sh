#!/usr/bin/env bash
# Installs what MigrationLint needs on a fresh Debian or Ubuntu machine: libpg_query (the PostgreSQL
# parser library) and PostgreSQL's server programs (initdb, pg_ctl: `migrationlint verify` and its
# tests start throwaway servers of their own), from the distribution. The system PostgreSQL service
# is not used: no cluster is created for it, so it has nothing to start. The .NET SDK is expected on
# the PATH (see global.json).
set -euo pipefail

need_sudo() { if [ "$(id -u)" -ne 0 ]; then echo sudo; fi; }

if ! command -v dotnet >/dev/null 2>&1; then
  echo "setup: the .NET SDK (dotnet) is not on the PATH; install .NET 10 first: https://dot.net" >&2
  exit 2
fi

packages=()
if ! ldconfig -p 2>/dev/null | grep -q 'libpg_query\.so'; then
  packages+=(libpg-query1504.0)
fi
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1; then
  packages+=(postgresql)
fi

if [ "${#packages[@]}" -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup: missing ${packages[*]} and apt-get is not available; install libpg_query 15-4.x (set MIGRATIONLINT_LIBPG_QUERY to the library) and PostgreSQL's server programs (set MIGRATIONLINT_PG_BINDIR to their folder)" >&2
    exit 2
  fi
  if [[ " ${packages[*]} " == *" postgresql "* ]] && [ ! -e /etc/postgresql-common/createcluster.conf ]; then
    # Debian's package would create and start a "main" cluster; verify starts its own servers instead.
    $(need_sudo) mkdir -p /etc/postgresql-common
    echo "create_main_cluster = false" | $(need_sudo) tee /etc/postgresql-common/createcluster.conf >/dev/null
  fi
  echo "setup: installing ${packages[*]}"
  $(need_sudo) apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $(need_sudo) apt-get install -y -qq "${packages[@]}" >/dev/null
fi
