#!/usr/bin/env bash
# Benchmark for docs/performance.md: migrationlint against squawk (the Rust PostgreSQL migration
# linter) on every PostgreSQL file of the shared corpus, whole processes, alternating runs, medians;
# then the start-up time of `--version`.
#   bench/squawk.sh [corpus folder, default ../shared/corpus] [rounds, default 21]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus}
rounds=${2:-21}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

scripts/setup.sh
echo "building migrationlint (Native AOT, as the tool package ships it) and installing squawk-cli@2.66.0 from npm" >&2
bench/build-aot.sh "$out/aot"
npm install --silent --prefix "$out/npm" squawk-cli@2.66.0 >/dev/null
# The native binary itself, not the npm wrapper (which would add a Node.js start to every run).
squawk="$out/npm/node_modules/@squawk-cli/linux-x64/bin/squawk"
migrationlint="$out/aot/migrationlint"

# The same files for both: every PostgreSQL .sql file, up and down scripts, as migrationlint's own
# discovery finds them (Ory's MySQL, SQLite and CockroachDB variants and hawkbit's SQL Server
# scripts are not PostgreSQL; EF Core's C# is not SQL).
"$migrationlint" check "$corpus" --format json --fail-on never | python3 bench/postgres_files.py >"$out/files.txt"
echo "$(wc -l <"$out/files.txt") files, $(tr '\n' '\0' <"$out/files.txt" | xargs -0 cat | wc -c) bytes; $("$squawk" --version); migrationlint $("$migrationlint" --version | head -n 1); $(nproc) cores; $(date -u +%Y-%m-%d)" >&2

# Each command gets the whole list as its arguments ({files}): one process each, no xargs batches.
python3 bench/measure.py --files "$out/files.txt" "$rounds" \
  "squawk --reporter json=$squawk --reporter json {files}" \
  "migrationlint check --format json=$migrationlint check {files} --format json --fail-on never" \
  "squawk (default tty reporter)=$squawk {files}"
echo >&2
python3 bench/measure.py "$rounds" \
  "squawk --version=$squawk --version" \
  "migrationlint --version=$migrationlint --version" \
  "true (process start alone)=true"
