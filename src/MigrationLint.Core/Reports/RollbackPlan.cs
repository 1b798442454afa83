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
/// What the operator must do to roll the release back: the procedure, the downs to apply, and the
/// version the schema returns to. <see cref="ReviewRequired"/> says a person must look first
/// because something could not be judged statically.
/// </summary>
public sealed record RollbackPlan(
    RollbackProcedure Procedure,
    ImmutableArray<RevertStep> Revert,
    string? TargetVersion,
    bool ReviewRequired,
    ImmutableArray<string> Notes);
