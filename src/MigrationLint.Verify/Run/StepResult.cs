using MigrationLint.Core.Discovery;
using MigrationLint.Verify.Data;
using MigrationLint.Verify.Execution;
using MigrationLint.Verify.Schema;

namespace MigrationLint.Verify.Run;

public enum StepDirection
{
    Up,
    Down,
    UpAgain,
}

/// <summary>
/// One script verify ran (or, for a migration on the revert path without a down, could not run):
/// how it ended, and the schema differences and data losses it is responsible for.
/// </summary>
public sealed record StepResult(
    Migration Migration,
    StepDirection Direction,
    string File,
    bool Ran,
    ScriptFailure? Failure,
    IReadOnlyList<SchemaDifference> Differences,
    IReadOnlyList<DataLoss> Losses)
{
    public bool Succeeded => Ran && Failure is null;
}
