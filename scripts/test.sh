#!/usr/bin/env bash
# The README's test command: set up, build and run every test and the install test, then print one
# closing line, "tests: N passed, N failed", counted from the test results (TRX) of every test
# project and the install test's checks.
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh || exit 2

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
dotnet test MigrationLint.sln -c Release -nologo --logger "trx;LogFilePrefix=results" --results-directory "$results" -- NUnit.DisplayName=FullName
status=$?

passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done

# A build failure produces no results: count it as a failure rather than report nothing.
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1
fi

# The install test (pack, dotnet tool install, run the installed tool); each of its checks counts
# as a test. MIGRATIONLINT_SKIP_INSTALL_TEST=1 leaves it out of a quick local run.
if [ "${MIGRATIONLINT_SKIP_INSTALL_TEST:-0}" != 1 ]; then
  scripts/install-test.sh | tee "$results/install.log"
  summary=$(grep -o '^install: [0-9]* passed, [0-9]* failed' "$results/install.log" | tail -n 1)
  if [ -z "$summary" ]; then
    failed=$((failed + 1))
  else
    passed=$((passed + $(sed 's/install: \([0-9]*\) passed.*/\1/' <<<"$summary")))
    failed=$((failed + $(sed 's/.* \([0-9]*\) failed/\1/' <<<"$summary")))
  fi
fi

echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
