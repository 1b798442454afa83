using System.Collections.Immutable;

namespace MigrationLint.Core.Model;

public enum ConstraintKind
{
    Check,
    ForeignKey,
    Unique,
    PrimaryKey,
    Exclusion,
    NotNull,

    /// <summary>
    /// SQL Server's DEFAULT constraint: a named object holding a column's default, dropped with
    /// DROP CONSTRAINT. Kept so that dropping it by name can be judged as dropping the default.
    /// </summary>
    Default,
}

/// <summary>A table constraint; <see cref="Name"/> is null when the migration let the database name it.</summary>
public sealed record ConstraintDefinition(
    string? Name,
    ConstraintKind Kind,
    ImmutableArray<string> Columns,
    ObjectName? ReferencedTable)
{
    /// <summary>Constraints old code can lean on to find or deduplicate rows (ON CONFLICT, upserts).</summary>
    public bool IsUniqueness => Kind is ConstraintKind.Unique or ConstraintKind.PrimaryKey or ConstraintKind.Exclusion;

    public static string Describe(ConstraintKind kind) => kind switch
    {
        ConstraintKind.Check => "CHECK constraint",
        ConstraintKind.ForeignKey => "FOREIGN KEY",
        ConstraintKind.Unique => "UNIQUE constraint",
        ConstraintKind.PrimaryKey => "PRIMARY KEY",
        ConstraintKind.Exclusion => "EXCLUDE constraint",
        ConstraintKind.Default => "DEFAULT constraint",
        _ => "NOT NULL constraint",
    };
}
