#!/usr/bin/env bash
# Installs what MigrationLint needs on a fresh Debian or Ubuntu machine: libpg_query (the PostgreSQL
# parser library) from the distribution. The .NET SDK is expected on the PATH (see global.json).
set -euo pipefail

need_sudo() { if [ "$(id -u)" -ne 0 ]; then echo sudo; fi; }

if ! command -v dotnet >/dev/null 2>&1; then
  echo "setup: the .NET SDK (dotnet) is not on the PATH; install .NET 10 first: https://dot.net" >&2
  exit 2
fi

if ! ldconfig -p 2>/dev/null | grep -q 'libpg_query\.so'; then
  if command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing libpg-query1504.0 (the PostgreSQL parser library)"
    $(need_sudo) apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $(need_sudo) apt-get install -y -qq libpg-query1504.0 >/dev/null
  else
    echo "setup: libpg_query is missing and apt-get is not available; install libpg_query 15-4.x and set MIGRATIONLINT_LIBPG_QUERY to the library" >&2
    exit 2
  fi
fi
