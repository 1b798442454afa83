using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules;

/// <summary>Shared judgements about constraints and indexes the rules need the history for.</summary>
internal static class ConstraintKinds
{
    /// <summary>A dropped constraint's kind: as the migration states it, else from the history, else from its name.</summary>
    public static (ConstraintKind? Kind, bool FromName) Of(RuleContext context, DropConstraint operation) =>
        operation.StatedKind is { } stated ? (stated, false) : Of(context, operation.Table, operation.Name);

    /// <summary>A constraint's kind from the history, else from the dialect's naming convention (said so).</summary>
    public static (ConstraintKind? Kind, bool FromName) Of(RuleContext context, ObjectName table, string name)
    {
        if (context.Catalog.FindConstraint(table, name) is { } known)
        {
            return (known.Kind, false);
        }

        return context.Dialect.GuessConstraintKind(name) is { } guessed ? (guessed, true) : (null, false);
    }

    /// <summary>An index's uniqueness from the history, else from its name; null when neither tells.</summary>
    public static (bool? Unique, bool FromName) IndexUniqueness(RuleContext context, ObjectName index)
    {
        if (context.Catalog.FindIndex(index) is { } known)
        {
            return (known.Unique, false);
        }

        return context.Dialect.GuessIndexIsUnique(index.Name) is { } guessed ? (guessed, true) : (null, false);
    }

    public static string Hint(bool fromName) => fromName ? " (judged from its name: no earlier migration defines it)" : string.Empty;

    /// <summary>
    /// The object a new constraint or unique index binds: if it covers a single column, that column
    /// (a constraint on a column the old code never writes cannot reject its writes), else the table.
    /// </summary>
    public static ObjectRef Binding(ObjectName table, IReadOnlyList<string> columns) =>
        columns.Count == 1 ? ObjectRef.ForColumn(table, columns[0]) : ObjectRef.ForTable(table);

    /// <summary>
    /// True when a column the window added to a table the old code knows ends up NOT NULL with no
    /// default: the old code's INSERTs into that table do not name it and will fail.
    /// </summary>
    public static bool IsNewRequiredColumnOfOldTable(RuleContext context, ObjectName table, string column, bool hasDefaultAfter)
    {
        var state = context.Column(table, column);
        var tableState = context.Table(table);
        return state is { Origin.InWindow: true } && tableState is not { Origin.InWindow: true } && !hasDefaultAfter;
    }
}
