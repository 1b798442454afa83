using MigrationLint.Core.Discovery;
using MigrationLint.Core.Reports;
using MigrationLint.Verify.Execution;

namespace MigrationLint.Verify.Run;

/// <summary>
/// One migrations folder to verify: its migrations (the window marked), the previous release's
/// migrations as they shipped, the plan's folder entry (revert path, bookkeeping statement, target
/// version), the runner's bookkeeping, and how to name files in reports.
/// </summary>
public sealed record VerifyFolder(
    MigrationSet Set,
    IReadOnlyList<Migration> Previous,
    FolderPlan Plan,
    RunnerEmulation Runner,
    Func<string, string> DisplayPath);

/// <summary>How verify runs: with generated rows in every table before the release, or on an empty schema.</summary>
public sealed record VerifyOptions(bool Seed = false, int SeedRows = 3);
