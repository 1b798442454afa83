using System.Collections.Immutable;

namespace MigrationLint.Core.Model;

/// <summary>CREATE INDEX; <see cref="Index"/> is null when the database picks the name.</summary>
public sealed record CreateIndex(
    SourceSpan Span,
    ObjectName? Index,
    ObjectName Table,
    bool Unique,
    ImmutableArray<string> Columns,
    bool Concurrently,
    bool IfNotExists) : SchemaOperation(Span);

/// <summary>DROP INDEX; <see cref="DisableOnly"/> for SQL Server's ALTER INDEX … DISABLE (gone for queries and uniqueness until rebuilt).</summary>
public sealed record DropIndex(SourceSpan Span, ObjectName Index, bool IfExists, bool Concurrently, bool Cascade)
    : SchemaOperation(Span)
{
    public bool DisableOnly { get; init; }
}

/// <summary>SQL Server's ALTER INDEX … REBUILD: a disabled index (<see cref="Index"/>, or every index of the table when null) works again.</summary>
public sealed record EnableIndex(SourceSpan Span, ObjectName Table, ObjectName? Index) : SchemaOperation(Span);
