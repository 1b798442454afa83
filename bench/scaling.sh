#!/usr/bin/env bash
# Benchmark for docs/performance.md: time and memory of `migrationlint check` on generated histories
# of 1,000, 10,000 and 100,000 migrations, whole folder and release window (bench/scaling.py).
#   bench/scaling.sh [rounds, default 3] [sizes…]
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

scripts/setup.sh
echo "building migrationlint (Native AOT, as the tool package ships it)" >&2
bench/build-aot.sh "$out/aot"
echo "migrationlint $("$out/aot/migrationlint" --version | head -n 1); $(nproc) cores; $(date -u +%Y-%m-%d)" >&2
python3 bench/scaling.py "$out/aot/migrationlint" "${1:-3}" "${@:2}"
