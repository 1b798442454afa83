#!/usr/bin/env bash
# Benchmark for docs/performance.md: whole-process wall time of `migrationlint check` over every
# PostgreSQL migration of the shared corpus, beside libpg_query alone parsing the same files.
#   bench/corpus.sh [corpus folder] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/quietly.sh
corpus=${1:-../shared/corpus}
rounds=${2:-41}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

scripts/setup.sh
if [ ! -e /usr/include/pg_query.h ]; then
  echo "bench: installing libpg-query-dev for the baseline's header"
  $( [ "$(id -u)" -ne 0 ] && echo sudo ) apt-get install -y -qq libpg-query-dev >/dev/null
fi

echo "building: baseline (C, -O2), migrationlint (framework-dependent, Release) and migrationlint (Native AOT)" >&2
gcc -O2 -o "$out/rawparse" bench/rawparse.c -l:libpg_query.so.1504.0
quietly dotnet build src/MigrationLint.Cli -c Release -nologo -v quiet -clp:ErrorsOnly -o "$out/jit"
bench/build-aot.sh "$out/aot"

# The same files for the parser and for migrationlint: every PostgreSQL .sql file, up and down
# scripts (migrationlint parses the downs to check them), as its own discovery finds them.
"$out/aot/migrationlint" check "$corpus" --format json --fail-on never | python3 bench/postgres_files.py >"$out/files.txt"
echo "$(wc -l < "$out/files.txt") files, $(tr '\n' '\0' <"$out/files.txt" | xargs -0 cat | wc -c) bytes; $(nproc) cores; $(date -u +%Y-%m-%d)" >&2

python3 bench/measure.py --files "$out/files.txt" "$rounds" \
  "libpg_query alone=xargs -a $out/files.txt -d '\n' $out/rawparse" \
  "migrationlint (Native AOT), the same files=$out/aot/migrationlint check {files} --format json --fail-on never" \
  "migrationlint (Native AOT), the whole corpus=$out/aot/migrationlint check $corpus --format json --fail-on never" \
  "migrationlint (JIT)=dotnet $out/jit/migrationlint.dll check $corpus --format json --fail-on never"
echo >&2
echo "phases of one Native AOT run (MIGRATIONLINT_TIMINGS=1):" >&2
MIGRATIONLINT_TIMINGS=1 "$out/aot/migrationlint" check "$corpus" --format json --fail-on never 2>&1 >/dev/null | sed 's/^/  /' >&2
