using MigrationLint.Core.Rules;
using MigrationLint.Verify.Schema;

namespace MigrationLint.Verify.Run;

/// <summary>
/// Everything verify did and saw for one migrations folder: the scripts it ran in order, the
/// bookkeeping check, what the revert left behind, what a second upgrade gave, what happened to the
/// seeded rows, and the observations that become findings.
/// </summary>
public sealed record FolderOutcome
{
    public required string Directory { get; init; }

    public required string Runner { get; init; }

    public bool Seeded { get; init; }

    public IReadOnlyList<string> SeedNotes { get; init; } = [];

    /// <summary>How many of the previous release's migrations were applied first.</summary>
    public int PreviousApplied { get; init; }

    public IReadOnlyList<StepResult> Ups { get; init; } = [];

    public IReadOnlyList<StepResult> Downs { get; init; } = [];

    public IReadOnlyList<StepResult> UpsAgain { get; init; } = [];

    /// <summary>The plan's bookkeeping statement, as run.</summary>
    public string? Bookkeeping { get; init; }

    /// <summary>Where the plan's bookkeeping statement failed, or left the runner's table other than at the target version.</summary>
    public string? BookkeepingProblem { get; init; }

    /// <summary>What the revert left that the old release cannot notice (reported, not counted).</summary>
    public IReadOnlyList<SchemaDifference> Leftovers { get; init; } = [];

    /// <summary>How the schema after upgrading again differs from the first upgrade.</summary>
    public IReadOnlyList<SchemaDifference> UpAgainDifferences { get; init; } = [];

    /// <summary>Why the run ended early (a failing script), if it did.</summary>
    public string? Stopped { get; init; }

    /// <summary>Why no down was run (the plan reverts nothing), if none was.</summary>
    public string? NothingToRevert { get; init; }

    /// <summary>The target version the plan reverts to, as the plan names it.</summary>
    public string? TargetVersion { get; init; }

    public IReadOnlyList<VerifyEvent> Events { get; init; } = [];

    /// <summary>Where the server confirms static findings, or could not test them (the disagreements are events).</summary>
    public IReadOnlyList<string> Comparisons { get; init; } = [];

    /// <summary>This run's observations and the empty-database repeat's, each once.</summary>
    public IEnumerable<VerifyEvent> AllEvents => Events.Concat(Unseeded?.Events ?? []).DistinctBy(e => (e.Kind, e.Migration.Version, e.Span, e.What, e.ServerMessage));

    /// <summary>The seeded run stopped at an up; this is the same check repeated on an empty database.</summary>
    public FolderOutcome? Unseeded { get; init; }

    /// <summary>Whether the release's ups all applied (so the rest of the run means something).</summary>
    public bool UpsApplied => Stopped is null || Downs.Count > 0;
}
