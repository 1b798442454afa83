#!/usr/bin/env bash
# The README's main command: set up, build, and run MigrationLint on the bundled sample, a
# certificate-management service whose migrations span five releases. The sample's history is
# built as a throwaway git repository (samples/certhub/make-history.sh), then each release is
# judged against the previous one; v1.2.0's revert path is then run on a throwaway PostgreSQL
# server, and its rollback is written out as a script.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/quietly.sh
scripts/setup.sh
quietly dotnet build src/MigrationLint.Cli -c Release -nologo -v quiet -clp:ErrorsOnly
cli=$PWD/src/MigrationLint.Cli/bin/Release/net10.0/migrationlint.dll
migrationlint() { dotnet "$cli" "$@"; }

history=$(mktemp -d)
trap 'rm -rf "$history"' EXIT
samples/certhub/make-history.sh "$history/certhub" >/dev/null
cd "$history/certhub"

previous=
for tag in $(git tag --sort=creatordate); do
  if [ -n "$previous" ]; then
    echo "=== release $tag (rolling back to $previous): migrationlint release migrations --from $previous --to $tag"
    # The exit code is the release gate (--fail-on review); the demo goes on either way.
    migrationlint release migrations --from "$previous" --to "$tag" || echo "(exit code $?: the gate would stop this release)"
    echo
  fi
  previous=$tag
done

echo "=== v1.2.0's revert path, run for real on a throwaway PostgreSQL server with generated rows: migrationlint verify migrations --from v1.1.0 --to v1.2.0 --seed"
migrationlint verify migrations --from v1.1.0 --to v1.2.0 --seed | sed -n '/^Verify/,$p' || true
echo

echo "=== the rollback of v1.2.0 as a script: migrationlint plan migrations --from v1.1.0 --to v1.2.0 --release-name certhub"
migrationlint plan migrations --from v1.1.0 --to v1.2.0 --release-name certhub
