using MigrationLint.Core.Model;

namespace MigrationLint.Core.Dialects;

/// <summary>
/// What the dialect-free engine must still ask a dialect: how names compare, which schema is the
/// default, what a type change means, and how the database names constraints it is not given names for.
/// </summary>
public abstract class SqlDialect
{
    /// <summary>The name used on the command line and in reports: <c>postgres</c>, <c>sqlserver</c>.</summary>
    public abstract string Name { get; }

    public abstract string DefaultSchema { get; }

    public abstract bool CaseInsensitiveNames { get; }

    public abstract TypeChange ClassifyTypeChange(ColumnType from, ColumnType to);

    /// <summary>The name the database gives a constraint declared without one, when the rule is known.</summary>
    public virtual string? ImplicitConstraintName(ObjectName table, ConstraintKind kind, IReadOnlyList<string> columns) => null;

    /// <summary>The name the database gives an index declared without one, when the rule is known.</summary>
    public virtual string? ImplicitIndexName(ObjectName table, IReadOnlyList<string> columns) => null;

    /// <summary>A guess at a constraint's kind from a conventional name, for objects older than the history.</summary>
    public virtual ConstraintKind? GuessConstraintKind(string constraintName) => null;

    /// <summary>Whether values of the type are free text (so any enum or code value fits).</summary>
    public virtual bool IsTextType(ColumnType type) => false;

    /// <summary>A guess at an index's uniqueness from a conventional name (null: no idea).</summary>
    public virtual bool? GuessIndexIsUnique(string indexName) => null;

    /// <summary>The form of an identifier used for comparison.</summary>
    public string Key(string identifier) => CaseInsensitiveNames ? identifier.ToUpperInvariant() : identifier;

    public override string ToString() => Name;
}
