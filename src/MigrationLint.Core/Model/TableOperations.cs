using System.Collections.Immutable;

namespace MigrationLint.Core.Model;

public sealed record CreateTable(
    SourceSpan Span,
    ObjectName Table,
    ImmutableArray<ColumnDefinition> Columns,
    ImmutableArray<ConstraintDefinition> Constraints,
    bool IfNotExists) : SchemaOperation(Span);

public sealed record DropTable(SourceSpan Span, ObjectName Table, bool IfExists, bool Cascade) : SchemaOperation(Span);

public sealed record RenameTable(SourceSpan Span, ObjectName Table, string NewName) : SchemaOperation(Span);

/// <summary>What an ALTER TABLE changes when it changes neither columns nor constraints.</summary>
public enum TablePropertyKind
{
    /// <summary>Storage parameters, statistics, clustering, tablespace, compression: invisible to queries.</summary>
    Storage,
    RowSecurity,
    Owner,
    ReplicaIdentity,
    TriggerEnablement,
    Inheritance,
    AttachPartition,
    DetachPartition,
    Persistence,

    /// <summary>
    /// Anything else that changes what the old code's statements see or may write while names and
    /// types stay (SQL Server: NOCHECK/CHECK CONSTRAINT, system versioning, column collation, masking, hidden columns).
    /// </summary>
    Behaviour,
}

public sealed record ChangeTableProperty(SourceSpan Span, ObjectName Table, TablePropertyKind Kind, string Description)
    : SchemaOperation(Span);
