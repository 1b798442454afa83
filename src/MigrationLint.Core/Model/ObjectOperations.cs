using System.Collections.Immutable;

namespace MigrationLint.Core.Model;

/// <summary>
/// CREATE of a view, function, sequence, type, schema, trigger, extension and similar objects.
/// <see cref="Table"/> is the table a trigger, policy or rule hangs on.
/// </summary>
public sealed record CreateObject(SourceSpan Span, ObjectKind Kind, ObjectName Name, bool OrReplace, ObjectName? Table)
    : SchemaOperation(Span);

/// <summary>An ALTER of an object's properties that neither renames nor moves it.</summary>
public sealed record AlterObject(SourceSpan Span, ObjectKind Kind, ObjectName Name, string Change) : SchemaOperation(Span);

public sealed record DropObject(
    SourceSpan Span,
    ObjectKind Kind,
    ObjectName Name,
    ObjectName? Table,
    bool IfExists,
    bool Cascade) : SchemaOperation(Span);

/// <summary>A rename of anything but a table, column or constraint (which have records of their own).</summary>
public sealed record RenameObject(SourceSpan Span, ObjectKind Kind, ObjectName Name, string NewName, ObjectName? Table)
    : SchemaOperation(Span);

/// <summary>ALTER … SET SCHEMA.</summary>
public sealed record MoveToSchema(SourceSpan Span, ObjectKind Kind, ObjectName Name, string NewSchema) : SchemaOperation(Span);

public sealed record CreateEnumType(SourceSpan Span, ObjectName Type, ImmutableArray<string> Values) : SchemaOperation(Span);

public sealed record AddEnumValue(SourceSpan Span, ObjectName Type, string Value) : SchemaOperation(Span);

public sealed record RenameEnumValue(SourceSpan Span, ObjectName Type, string Value, string NewValue) : SchemaOperation(Span);
