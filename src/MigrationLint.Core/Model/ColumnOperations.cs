using System.Collections.Immutable;

namespace MigrationLint.Core.Model;

/// <summary>ADD COLUMN; <see cref="Constraints"/> are the column's inline constraints (UNIQUE, REFERENCES, CHECK).</summary>
public sealed record AddColumn(
    SourceSpan Span,
    ObjectName Table,
    ColumnDefinition Column,
    ImmutableArray<ConstraintDefinition> Constraints,
    bool IfNotExists) : SchemaOperation(Span);

public sealed record DropColumn(SourceSpan Span, ObjectName Table, string Column, bool IfExists, bool Cascade)
    : SchemaOperation(Span);

public sealed record RenameColumn(SourceSpan Span, ObjectName Table, string Column, string NewName) : SchemaOperation(Span);

/// <summary>A column type change; <see cref="UsingExpression"/> is the explicit conversion, if any.</summary>
public sealed record AlterColumnType(
    SourceSpan Span,
    ObjectName Table,
    string Column,
    ColumnType NewType,
    string? UsingExpression) : SchemaOperation(Span)
{
    /// <summary>
    /// The type the migration itself says the column had (EF Core's <c>oldType</c>), when it says so;
    /// rules prefer it to the history, which may not reach back far enough.
    /// </summary>
    public ColumnType? PreviousType { get; init; }
}

public sealed record SetNotNull(SourceSpan Span, ObjectName Table, string Column) : SchemaOperation(Span);

public sealed record DropNotNull(SourceSpan Span, ObjectName Table, string Column) : SchemaOperation(Span);

/// <summary>SET DEFAULT, or anything else that gives omitted values one (ADD GENERATED AS IDENTITY).</summary>
public sealed record SetDefault(SourceSpan Span, ObjectName Table, string Column, string Expression) : SchemaOperation(Span)
{
    /// <summary>The name of the constraint that holds the default, where the dialect names defaults (SQL Server's ADD CONSTRAINT … DEFAULT … FOR).</summary>
    public string? ConstraintName { get; init; }
}

/// <summary>DROP DEFAULT, or anything else that stops filling omitted values (DROP IDENTITY).</summary>
public sealed record DropDefault(SourceSpan Span, ObjectName Table, string Column) : SchemaOperation(Span);
