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

/// <summary>GRANT or REVOKE of privileges or role membership.</summary>
public sealed record ChangePrivileges(SourceSpan Span, bool IsGrant, string Description) : SchemaOperation(Span);

public sealed record Comment(SourceSpan Span, ObjectKind Kind, string Target) : SchemaOperation(Span);
