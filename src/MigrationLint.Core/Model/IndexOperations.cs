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

public sealed record DropIndex(SourceSpan Span, ObjectName Index, bool IfExists, bool Concurrently, bool Cascade)
    : SchemaOperation(Span);
