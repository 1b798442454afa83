using System.Text;
using MigrationLint.Cli;
using MigrationLint.Core.Rules;
using MigrationLint.Postgres.Native;

// Warm-up on another core while the command line is parsed and migrations are found: loading
// libpg_query and reading the rule catalogue are each a millisecond on the way to a check, and
// independent of it. Both are lazy and thread-safe; a failure is kept and reported where the
// command asks for them, as before.
_ = Task.Run(() =>
{
    // First, before the heap grows: 2 MB pages for the stretch of heap a check fills (HugePageHeap),
    // the native build's gen0 budget (128 MB, MigrationLint.Cli.csproj) and as much again, so a
    // check fills it before its first collection and gen0 reuses it after.
    HugePageHeap.Prepare(256L << 20);
    PgQueryLibrary.EnsureLoaded();
    _ = RuleCatalogue.All;
});

// Reports can be megabytes: write them through one buffered UTF-8 stream, not line by line.
using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
var exitCode = CommandLine.Run(args, output, Console.Error);
output.Flush();
return exitCode;
