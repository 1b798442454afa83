#!/usr/bin/env bash
# Makes the dotnet tool packages into a folder (default artifacts/packages):
#   MigrationLint            the package users install; it names one package per platform
#   MigrationLint.linux-x64  Native AOT, libpg_query bundled (taken from Debian's libpg-query1504.0)
#   MigrationLint.any        framework-dependent, for every other platform
#   scripts/pack.sh [output folder]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/quietly.sh
out=$(realpath -m "${1:-artifacts/packages}")
scripts/setup.sh
mkdir -p "$out"
pack() { quietly dotnet pack src/MigrationLint.Cli -c Release -o "$out" -nologo -v quiet -clp:ErrorsOnly "$@"; }
pack
pack -r any
echo "pack: compiling the linux-x64 Native AOT build (about two minutes)" >&2
pack -r linux-x64
ls "$out"/*.nupkg
