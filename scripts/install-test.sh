#!/usr/bin/env bash
# The install test: pack the tool, install it the ways users do (into a tool path, and as a local
# tool through a manifest) from the local package folder only, run the installed tool on the sample
# and every fixture, and compare with the golden files and the development build.
# Prints one line per check and ends with "install: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/quietly.sh
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# No step summary from the github format, no library chosen by hand: the tool as a fresh user runs it.
unset GITHUB_STEP_SUMMARY MIGRATIONLINT_LIBPG_QUERY

passed=0
failed=0
check() { # check <description> <command…>: passes when the command succeeds
  local description=$1
  shift
  if "$@" >"$work/last.out" 2>&1; then
    passed=$((passed + 1))
    echo "ok - $description"
  else
    failed=$((failed + 1))
    echo "not ok - $description"
    sed 's/^/    /' "$work/last.out" | head -n 40
  fi
}
finish() {
  echo "install: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
  exit
}

packages="$work/packages"
if ! scripts/pack.sh "$packages" >"$work/pack.log" 2>&1; then
  failed=$((failed + 1))
  echo "not ok - pack the tool"
  sed 's/^/    /' "$work/pack.log" | tail -n 40
  finish
fi
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' src/MigrationLint.Cli/MigrationLint.Cli.csproj | head -n 1)
for id in MigrationLint MigrationLint.linux-x64 MigrationLint.any; do
  check "pack made $id $version" test -s "$packages/$id.$version.nupkg"
done
package_holds() { # package_holds <package> <path inside>…
  local package=$1
  shift
  python3 -m zipfile -l "$package" >"$work/listing" || return 1
  for path in "$@"; do
    grep -q "^$path " "$work/listing" || { echo "$path is not in $package"; return 1; }
  done
}
check "the linux-x64 package carries libpg_query, the licence and the notices" package_holds \
  "$packages/MigrationLint.linux-x64.$version.nupkg" tools/any/linux-x64/migrationlint \
  tools/any/linux-x64/runtimes/linux-x64/native/libpg_query.so LICENSE THIRD-PARTY-NOTICES.md README.md

# Only the local folder answers, into an empty package cache: nothing stale, nothing public.
cat >"$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$packages" />
  </packageSources>
</configuration>
XML
export NUGET_PACKAGES="$work/nuget-cache"

# The development build, to compare with (tests build it too; this is quick when they have).
quietly dotnet build src/MigrationLint.Cli -c Release -nologo -v quiet -clp:ErrorsOnly
development() { dotnet "$root/src/MigrationLint.Cli/bin/Release/net10.0/migrationlint.dll" "$@"; }

same_as_golden() { # same_as_golden <tool> <golden file> <expected exit code> <check arguments…>
  local tool=$1 golden=$2 expected=$3
  shift 3
  local status=0
  (cd "$root" && $tool check "$@") >"$work/actual" 2>"$work/stderr" || status=$?
  if [ "$status" -ne "$expected" ]; then
    echo "exit code $status, expected $expected"
    cat "$work/stderr"
    return 1
  fi
  diff -u "$root/$golden" "$work/actual"
}
sample_v120=(samples/certhub/migrations/000008_*.up.sql samples/certhub/migrations/000009_*.up.sql samples/certhub/migrations/000010_*.up.sql)
sample_v110=(samples/certhub/migrations/000005_*.up.sql samples/certhub/migrations/000006_*.up.sql samples/certhub/migrations/000007_*.up.sql)

# 1. Installed into a tool path, as CI images and `dotnet tool install --global` do.
tools="$work/tools"
installed="$tools/migrationlint"
check "dotnet tool install --tool-path from the local package" \
  dotnet tool install MigrationLint --version "$version" --tool-path "$tools" --configfile "$work/nuget.config"

native_binary() { [ "$(head -c 4 "$(realpath "$installed")" | tail -c 3)" = "ELF" ]; }
check "the installed command is the Native AOT binary, not a managed shim" native_binary

version_lines() {
  "$installed" --version >"$work/version" || return 1
  cat "$work/version"
  [ "$(sed -n 1p "$work/version")" = "$(development --version | sed -n 1p)" ] &&
    sed -n 2p "$work/version" | grep -q 'runtimes/linux-x64/native/libpg_query.so (bundled with the tool)'
}
check "--version prints the version and loads the bundled libpg_query" version_lines

check "sample v1.2.0, text: the golden report, exit code 1 (schema-revert)" \
  same_as_golden "$installed" tests/golden/text/sample-v1.2.0.txt 1 "${sample_v120[@]}"
check "sample v1.2.0, json: the golden report" \
  same_as_golden "$installed" tests/golden/json/sample-v1.2.0.json 1 "${sample_v120[@]}" --format json
check "sample v1.2.0, github annotations: the golden output" \
  same_as_golden "$installed" tests/golden/github/sample-v1.2.0.txt 1 "${sample_v120[@]}" --format github
check "sample v1.1.0, markdown: the golden report, exit code 0 below --fail-on" \
  same_as_golden "$installed" tests/golden/markdown/sample-v1.1.0.md 0 "${sample_v110[@]}" --format markdown

usage_error() {
  local status=0
  "$installed" check --format nonsense samples >"$work/usage" 2>&1 || status=$?
  cat "$work/usage"
  [ "$status" -eq 2 ] && grep -q '^migrationlint: ' "$work/usage" && ! grep -q '   at ' "$work/usage"
}
check "a usage error exits 2 with a message, not a stack trace" usage_error

installed_verify() { # the sample's history, v1.2.0's revert path on a throwaway server (Npgsql in the AOT build)
  samples/certhub/make-history.sh "$work/history" >/dev/null || return 1
  (cd "$work/history" && "$installed" verify migrations --from v1.1.0 --to v1.2.0) >"$work/verify" 2>&1
  local status=$?
  sed -n '/^Verify/,$p' "$work/verify"
  # v1.2.0 needs a schema revert, which reaches the default --fail-on: exit code 1, as check gives.
  [ "$status" -eq 1 ] || { echo "exit code $status, expected 1"; return 1; }
  grep -q "000008_rename_certificates_not_after.down.sql  round-trips" "$work/verify" &&
    grep -q "static analysis: agrees with the server" "$work/verify"
}
check "the installed tool runs verify on a throwaway PostgreSQL: v1.2.0's downs round-trip" installed_verify

# 2. The installed build judges every fixture exactly as the development build does: trimming and
#    ahead-of-time compilation change nothing (PostgreSQL, T-SQL through ScriptDom, C# through Roslyn).
same_as_development() { # same_as_development <fixtures folder>
  local native=0 managed=0
  "$installed" check "$1" --format json --fail-on never >"$work/native.json" 2>"$work/native.err" || native=$?
  development check "$1" --format json --fail-on never >"$work/managed.json" 2>"$work/managed.err" || managed=$?
  [ "$native" -eq "$managed" ] && cmp "$work/native.json" "$work/managed.json" && diff -u "$work/managed.err" "$work/native.err"
}
for dialect in postgres sqlserver efcore; do
  check "migrations-fixtures/$dialect: the installed tool reports what the development build reports" \
    same_as_development "migrations-fixtures/$dialect"
done

# 3. The framework-dependent package, for platforms without a native build.
framework_dependent() {
  python3 -m zipfile -e "$packages/MigrationLint.any.$version.nupkg" "$work/any" || return 1
  local dll="$work/any/tools/net10.0/any/migrationlint.dll"
  dotnet "$dll" --version | tee /dev/stderr | grep -q '(bundled with the tool)' &&
    same_as_golden "dotnet $dll" tests/golden/text/sample-v1.2.0.txt 1 "${sample_v120[@]}"
}
check "MigrationLint.any runs on the shared runtime with its bundled libpg_query" framework_dependent

# 4. As a local tool, pinned in a repository's manifest; the repository is the sample's migrations.
# The SDK remembers where each local tool's executable sits in a resolver cache under the CLI home,
# and `dotnet tool restore` keeps an entry whose package folder has since been deleted (an earlier
# run's NUGET_PACKAGES): a CLI home of our own makes this a first-time user's machine.
export DOTNET_CLI_HOME="$work/cli-home" DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
project="$work/project"
mkdir -p "$project/samples/certhub"
cp -r samples/certhub/migrations "$project/samples/certhub/"
local_install() {
  (cd "$project" && dotnet new tool-manifest >/dev/null &&
    dotnet tool install --local MigrationLint --version "$version" --configfile "$work/nuget.config")
}
check "dotnet new tool-manifest, dotnet tool install --local" local_install

local_run() {
  local status=0
  (cd "$project" && dotnet tool run migrationlint check "${sample_v120[@]}") >"$work/local" 2>&1 || status=$?
  [ "$status" -eq 1 ] && diff -u "$root/tests/golden/text/sample-v1.2.0.txt" "$work/local"
}
check "dotnet tool run migrationlint: the golden report for v1.2.0, exit code 1" local_run

finish
