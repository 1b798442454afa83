namespace MigrationLint.Core.Model;

/// <summary>ADD CONSTRAINT; <see cref="NotValid"/> means existing rows are not checked yet.</summary>
public sealed record AddConstraint(SourceSpan Span, ObjectName Table, ConstraintDefinition Constraint, bool NotValid)
    : SchemaOperation(Span);

public sealed record DropConstraint(SourceSpan Span, ObjectName Table, string Name, bool IfExists, bool Cascade)
    : SchemaOperation(Span)
{
    /// <summary>
    /// The kind the migration itself names (EF Core's DropForeignKey, DropPrimaryKey…), when it does;
    /// SQL's DROP CONSTRAINT does not, so rules then ask the history or the name.
    /// </summary>
    public ConstraintKind? StatedKind { get; init; }
}

public sealed record RenameConstraint(SourceSpan Span, ObjectName Table, string Name, string NewName) : SchemaOperation(Span);

public sealed record ValidateConstraint(SourceSpan Span, ObjectName Table, string Name) : SchemaOperation(Span);
