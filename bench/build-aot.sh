#!/usr/bin/env bash
# Publishes the CLI as the tool package ships it on linux-x64 (Native AOT, libpg_query bundled) into a folder.
#   bench/build-aot.sh <folder>
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/quietly.sh
quietly dotnet publish src/MigrationLint.Cli -c Release -r linux-x64 -p:PublishAot=true -nologo -v quiet -clp:ErrorsOnly -o "$1"
