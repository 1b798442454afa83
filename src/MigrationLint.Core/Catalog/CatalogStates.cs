using System.Collections.Immutable;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Catalog;

/// <summary>
/// A column as the replayed history leaves it. Null means "not known": the column was first seen
/// in an ALTER, so the history never said what it was.
/// </summary>
public sealed record ColumnState(
    string Name,
    ColumnType? Type,
    bool? NotNull,
    bool? HasDefault,
    Provenance Origin);

public sealed record ConstraintState(
    string Name,
    ConstraintKind Kind,
    ImmutableArray<string> Columns,
    Provenance Origin);

/// <summary>
/// A table with what hangs on it: columns, constraints, indexes and the triggers, policies and rules
/// named per table. <see cref="IsComplete"/> is false when the history never created it and we know
/// only parts. Keeping dependants here makes dropping or renaming a table cost what the table has,
/// not what the whole schema has.
/// </summary>
public sealed record TableState(
    ObjectName Name,
    ImmutableArray<ColumnState> Columns,
    ImmutableArray<ConstraintState> Constraints,
    Provenance Origin,
    bool IsComplete)
{
    public ImmutableArray<IndexState> Indexes { get; init; } = [];

    /// <summary>Triggers, policies and rules on the table.</summary>
    public ImmutableArray<ObjectState> Attached { get; init; } = [];
}

public sealed record IndexState(
    ObjectName Name,
    ObjectName Table,
    bool Unique,
    ImmutableArray<string> Columns,
    Provenance Origin)
{
    /// <summary>Disabled (SQL Server): defined, but neither used nor enforced until rebuilt.</summary>
    public bool Disabled { get; init; }
}

/// <summary>Views, functions, sequences, types, schemas, triggers and the other named objects.</summary>
public sealed record ObjectState(ObjectKind Kind, ObjectName Name, ObjectName? Table, Provenance Origin);

public sealed record EnumState(ObjectName Name, ImmutableArray<string> Values, Provenance Origin);
