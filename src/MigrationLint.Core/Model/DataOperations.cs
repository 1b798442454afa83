using System.Collections.Immutable;

namespace MigrationLint.Core.Model;

public enum DataChangeKind
{
    Insert,
    Update,
    Delete,
    Truncate,
}

/// <summary>INSERT, UPDATE, DELETE, TRUNCATE (and their equivalents: COPY FROM, MERGE).</summary>
public sealed record DataChange(SourceSpan Span, DataChangeKind Kind, ObjectName Table, bool HasFilter) : SchemaOperation(Span);

/// <summary>GRANT or REVOKE of privileges (on <see cref="Targets"/>, objects of <see cref="TargetKind"/>) or of role membership.</summary>
public sealed record ChangePrivileges(
    SourceSpan Span,
    bool IsGrant,
    string Description,
    ObjectKind TargetKind,
    ImmutableArray<ObjectName> Targets) : SchemaOperation(Span);

public sealed record Comment(SourceSpan Span, ObjectKind Kind, string Target) : SchemaOperation(Span);
