using System.Collections.Immutable;

namespace MigrationLint.Verify.Schema;

/// <summary>The kinds of object a snapshot records.</summary>
public enum SchemaObjectKind
{
    Schema,
    Extension,
    Table,
    Column,
    Constraint,
    Index,
    View,
    Sequence,
    Function,
    Trigger,
    Type,
    Policy,
    Rule,
}

/// <summary>
/// One object as PostgreSQL's catalogs describe it: its kind, its name (schema-qualified unless it is
/// in <c>public</c>; <c>table.column</c> for what lives on a table), the table or domain it belongs
/// to, and its properties as the server spells them (type, nullability, default, definition, grants…).
/// </summary>
public sealed record SchemaObject(SchemaObjectKind Kind, string Name, string? Parent, ImmutableSortedDictionary<string, string> Properties)
{
    /// <summary>The name without its parent's prefix (a constraint's own name).</summary>
    public string ShortName => Parent is not null && Name.StartsWith(Parent + ".", StringComparison.Ordinal) ? Name[(Parent.Length + 1)..] : Name;

    /// <summary>How a person names it: "column certificates.not_after", "index x on certificates".</summary>
    public string Display => Kind switch
    {
        SchemaObjectKind.Column => $"column {Name}",
        SchemaObjectKind.Constraint or SchemaObjectKind.Trigger or SchemaObjectKind.Policy or SchemaObjectKind.Rule or SchemaObjectKind.Index
            => $"{Word(Kind)} {ShortName} on {Parent}",
        SchemaObjectKind.Sequence when Properties.TryGetValue("owned by", out var owner) => $"sequence {Name} (of {owner})",
        _ => $"{Word(Kind)} {Name}",
    };

    public static string Word(SchemaObjectKind kind) => kind.ToString().ToLowerInvariant();
}
