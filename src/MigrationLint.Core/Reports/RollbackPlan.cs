using System.Collections.Immutable;

namespace MigrationLint.Core.Reports;

/// <summary>The three procedures of the operator runbook.</summary>
public enum RollbackProcedure
{
    StandardRollback,
    RollbackWithSchemaRevert,
    FullRestore,
}

public static class RollbackProcedureText
{
    public static string ToText(this RollbackProcedure procedure) => procedure switch
    {
        RollbackProcedure.StandardRollback => "standard-rollback",
        RollbackProcedure.RollbackWithSchemaRevert => "rollback-with-schema-revert",
        _ => "full-restore",
    };
}

/// <summary>One down migration to apply, in the order given (newest first).</summary>
public sealed record RevertStep(string Version, string File);

/// <summary>
/// The revert of one migrations folder: the runner whose bookkeeping must follow, the downs to run
/// (newest first), the version the folder returns to, the bookkeeping SQL, and what the revert
/// throws away (data only the new release wrote).
/// </summary>
public sealed record FolderPlan(
    string Directory,
    string Runner,
    string ScopeReason,
    ImmutableArray<RevertStep> Revert,
    string? TargetVersion,
    string? Bookkeeping,
    string? RevertCommand,
    ImmutableArray<string> Discards);

/// <summary>
/// What the operator must do to roll the release back: the procedure, the downs to apply, the
/// version the schema returns to, and the runbook's steps in order. <see cref="ReviewRequired"/>
/// says a person must look first because something could not be judged statically.
/// </summary>
public sealed record RollbackPlan(
    RollbackProcedure Procedure,
    ImmutableArray<RevertStep> Revert,
    string? TargetVersion,
    bool ReviewRequired,
    ImmutableArray<string> Notes)
{
    /// <summary>One entry per migrations folder under review.</summary>
    public ImmutableArray<FolderPlan> Folders { get; init; } = [];

    /// <summary>The runbook's steps for this procedure, in order, starting with the backup.</summary>
    public ImmutableArray<string> Steps { get; init; } = [];

    /// <summary>The runner's bookkeeping statements of every folder, in order.</summary>
    public IEnumerable<string> Bookkeeping => Folders.Select(f => f.Bookkeeping).OfType<string>();

    /// <summary>What the revert discards, over all folders.</summary>
    public IEnumerable<string> Discards => Folders.SelectMany(f => f.Discards);
}
