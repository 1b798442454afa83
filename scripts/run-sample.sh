#!/usr/bin/env bash
# The README's main command: set up, build, and run MigrationLint on the bundled sample, a
# certificate-management service whose migrations span four releases (samples/certhub/RELEASES.md).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
dotnet build src/MigrationLint.Cli -c Release -nologo -v quiet -clp:ErrorsOnly >/dev/null
migrationlint() { dotnet src/MigrationLint.Cli/bin/Release/net10.0/migrationlint.dll "$@"; }

sample=samples/certhub/migrations
release() {
  local tag=$1; shift
  echo "=== release $tag: migrationlint check $*"
  # The exit code says whether the release passes the gate (--fail-on review); the demo goes on either way.
  migrationlint check "$@" || echo "(exit code $?: at or above --fail-on)"
  echo
}
release v1.1.0 $sample/000005_*.up.sql $sample/000006_*.up.sql $sample/000007_*.up.sql
release v1.2.0 $sample/000008_*.up.sql $sample/000009_*.up.sql $sample/000010_*.up.sql
release v1.3.0 $sample/000011_*.up.sql $sample/000012_*.up.sql
