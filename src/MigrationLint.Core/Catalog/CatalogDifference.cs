using System.Collections.Immutable;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Catalog;

public enum DifferenceKind
{
    /// <summary>The expected catalog has it; the actual one does not.</summary>
    Missing,

    /// <summary>Both have it, in different shapes (type, nullability, default, uniqueness, columns, values).</summary>
    Changed,

    /// <summary>The actual catalog has it; the expected one does not.</summary>
    Extra,
}

/// <summary>One way two catalogs differ, about one object, in words a person can act on.</summary>
public sealed record CatalogDifference(DifferenceKind Kind, ObjectRef Target, string Description);

/// <summary>
/// Compares two catalogs object by object, ignoring provenance: used to check that a down
/// migration brings the schema back to what it was before the up (shape, not history).
/// </summary>
public static class CatalogComparison
{
    public static IReadOnlyList<CatalogDifference> Compare(SchemaCatalog expected, SchemaCatalog actual)
    {
        // The catalogs are persistent: whatever the up and the down left alone is the same instance
        // on both sides, and the maps' comparison skips it without looking into it. That keeps a
        // down's check proportional to the migration, not to the size of the schema.
        var differences = new List<CatalogDifference>();
        if (!ReferenceEquals(expected.Tables, actual.Tables))
        {
            CompareTables(expected, actual, differences);
        }

        if (!ReferenceEquals(expected.Objects, actual.Objects))
        {
            CompareObjects(expected, actual, differences);
        }

        if (!ReferenceEquals(expected.Enums, actual.Enums))
        {
            var groups = new Groups(differences);
            foreach (var (key, inExpected, values, inActual, other) in expected.Enums.Differences(actual.Enums))
            {
                if (inExpected && inActual && !values!.Values.SequenceEqual(other!.Values))
                {
                    differences.Add(new(DifferenceKind.Changed, ObjectRef.ForEnum(values.Name),
                        $"enum {values.Name} has values ({string.Join(", ", other.Values)}) instead of ({string.Join(", ", values.Values)})"));
                    groups.Close(key);
                }
            }

            groups.Sort();
        }

        return differences;
    }

    /// <summary>
    /// Puts the differences found object by object in the order of the objects' names. The catalogs'
    /// dictionaries hash names with a seed chosen per process, so their order, and without this the
    /// order of findings in a report, would change from one run to the next.
    /// </summary>
    private sealed class Groups(List<CatalogDifference> differences)
    {
        private readonly int _start = differences.Count;
        private readonly List<(ObjectKind Kind, CatalogKey Key, int Start, int End)> _groups = [];
        private int _open = differences.Count;

        /// <summary>The differences added since the last call are about the object <paramref name="key"/>.</summary>
        public void Close(CatalogKey key) => Close((ObjectKind.Table, key));

        /// <summary>The differences added since the last call are about the object <paramref name="key"/>.</summary>
        public void Close((ObjectKind Kind, CatalogKey Key) key)
        {
            if (differences.Count > _open)
            {
                _groups.Add((key.Kind, key.Key, _open, differences.Count));
            }

            _open = differences.Count;
        }

        public void Sort()
        {
            if (_groups.Count < 2)
            {
                return;
            }

            var found = differences.GetRange(_start, differences.Count - _start);
            differences.RemoveRange(_start, differences.Count - _start);
            foreach (var (_, _, start, end) in _groups.OrderBy(g => g.Kind).ThenBy(g => g.Key.Schema, StringComparer.Ordinal).ThenBy(g => g.Key.Name, StringComparer.Ordinal))
            {
                differences.AddRange(found.GetRange(start - _start, end - start));
            }
        }
    }

    private static void CompareTables(SchemaCatalog expected, SchemaCatalog actual, List<CatalogDifference> differences)
    {
        var changed = expected.Tables.Differences(actual.Tables).ToList();
        var groups = new Groups(differences);
        foreach (var (key, inExpected, table, _, other) in changed)
        {
            if (!inExpected || (!table!.IsComplete && table.Columns.Length == 0))
            {
                continue;
            }

            if (other is null)
            {
                differences.Add(new(DifferenceKind.Missing, ObjectRef.ForTable(table.Name), $"table {table.Name} is missing"));
            }
            else
            {
                CompareTable(expected, table, other, differences);
            }

            groups.Close(key);
        }

        groups.Sort();
        groups = new Groups(differences);
        foreach (var (key, inExpected, _, _, table) in changed)
        {
            if (!inExpected)
            {
                differences.Add(new(DifferenceKind.Extra, ObjectRef.ForTable(table!.Name), $"table {table.Name} is still there"));
                groups.Close(key);
            }
        }

        groups.Sort();
    }

    private static void CompareObjects(SchemaCatalog expected, SchemaCatalog actual, List<CatalogDifference> differences)
    {
        // Only presence counts for these objects: one kept on both sides, changed or not, is no difference.
        var changed = expected.Objects.Differences(actual.Objects).Where(d => d.InLeft != d.InRight).ToList();
        var groups = new Groups(differences);
        foreach (var (key, _, state, _, _) in changed.Where(d => d.InLeft))
        {
            differences.Add(new(DifferenceKind.Missing, ObjectRef.For(state!.Kind, state.Name, state.Table), $"{state.Kind.Describe()} {state.Name} is missing"));
            groups.Close(key);
        }

        groups.Sort();
        groups = new Groups(differences);
        foreach (var (key, _, _, _, state) in changed.Where(d => d.InRight))
        {
            differences.Add(new(DifferenceKind.Extra, ObjectRef.For(state!.Kind, state.Name, state.Table), $"{state.Kind.Describe()} {state.Name} is still there"));
            groups.Close(key);
        }

        groups.Sort();
    }

    // Loops rather than LINQ, and a target made only for a difference: this runs for every table a
    // migration touches, once per down.
    private static void CompareTable(SchemaCatalog catalog, TableState expected, TableState actual, List<CatalogDifference> differences)
    {
        var table = expected.Name;
        var (expectedColumns, actualColumns) = (new ByName<ColumnState>(expected.Columns, static c => c.Name, catalog), new ByName<ColumnState>(actual.Columns, static c => c.Name, catalog));
        var (expectedConstraints, actualConstraints) = (new ByName<ConstraintState>(expected.Constraints, static c => c.Name, catalog), new ByName<ConstraintState>(actual.Constraints, static c => c.Name, catalog));
        var (expectedIndexes, actualIndexes) = (new ByName<IndexState>(expected.Indexes, static i => i.Name.Name, catalog), new ByName<IndexState>(actual.Indexes, static i => i.Name.Name, catalog));
        foreach (var column in expected.Columns)
        {
            var other = actualColumns.Find(column.Name);
            if (other is null)
            {
                differences.Add(new(DifferenceKind.Missing, ObjectRef.ForColumn(table, column.Name), $"column {table}.{column.Name} is missing"));
                continue;
            }

            if (column.Type is not null && other.Type is not null && !column.Type.Equals(other.Type))
            {
                differences.Add(new(DifferenceKind.Changed, ObjectRef.ForColumn(table, column.Name), $"column {table}.{column.Name} is {other.Type} instead of {column.Type}"));
            }

            if (column.NotNull is { } notNull && other.NotNull is { } otherNotNull && notNull != otherNotNull)
            {
                differences.Add(new(DifferenceKind.Changed, ObjectRef.ForColumn(table, column.Name),
                    $"column {table}.{column.Name} is {(otherNotNull ? "NOT NULL" : "nullable")} instead of {(notNull ? "NOT NULL" : "nullable")}"));
            }

            if (column.HasDefault is { } hasDefault && other.HasDefault is { } otherHasDefault && hasDefault != otherHasDefault)
            {
                differences.Add(new(DifferenceKind.Changed, ObjectRef.ForColumn(table, column.Name),
                    $"column {table}.{column.Name} {(otherHasDefault ? "has a default it did not have" : "lost its default")}"));
            }
        }

        foreach (var column in actual.Columns)
        {
            if (expectedColumns.Find(column.Name) is null)
            {
                differences.Add(new(DifferenceKind.Extra, ObjectRef.ForColumn(table, column.Name),
                    $"column {table}.{column.Name} is still there{(column is { NotNull: true, HasDefault: not true } ? " (NOT NULL without a default: the old code's INSERTs fail)" : string.Empty)}"));
            }
        }

        foreach (var constraint in expected.Constraints)
        {
            var other = actualConstraints.Find(constraint.Name);
            if (other is null)
            {
                differences.Add(new(DifferenceKind.Missing, ObjectRef.ForConstraint(table, constraint.Name), $"{ConstraintDefinition.Describe(constraint.Kind)} {constraint.Name} on {table} is missing"));
            }
            else if (other.Kind != constraint.Kind || !SameColumns(catalog, constraint.Columns, other.Columns))
            {
                differences.Add(new(DifferenceKind.Changed, ObjectRef.ForConstraint(table, constraint.Name), $"constraint {constraint.Name} on {table} has a different definition"));
            }
        }

        foreach (var constraint in actual.Constraints)
        {
            if (expectedConstraints.Find(constraint.Name) is null)
            {
                differences.Add(new(DifferenceKind.Extra, ObjectRef.ForConstraint(table, constraint.Name),
                    $"{ConstraintDefinition.Describe(constraint.Kind)} {constraint.Name} on {table} is still there"));
            }
        }

        foreach (var index in expected.Indexes)
        {
            var other = actualIndexes.Find(index.Name.Name);
            if (other is null)
            {
                differences.Add(new(DifferenceKind.Missing, ObjectRef.ForIndex(index.Name), $"{(index.Unique ? "unique " : string.Empty)}index {index.Name.Name} on {table} is missing"));
            }
            else if (other.Unique != index.Unique || !SameColumns(catalog, index.Columns, other.Columns))
            {
                differences.Add(new(DifferenceKind.Changed, ObjectRef.ForIndex(index.Name), $"index {index.Name.Name} on {table} has a different definition"));
            }
            else if (other.Disabled != index.Disabled)
            {
                differences.Add(new(DifferenceKind.Changed, ObjectRef.ForIndex(index.Name), $"index {index.Name.Name} on {table} is {(other.Disabled ? "disabled" : "enabled")}, it was {(index.Disabled ? "disabled" : "enabled")}"));
            }
        }

        foreach (var index in actual.Indexes)
        {
            if (expectedIndexes.Find(index.Name.Name) is null)
            {
                differences.Add(new(DifferenceKind.Extra, ObjectRef.ForIndex(index.Name), $"index {index.Name.Name} on {table} is still there"));
            }
        }

        foreach (var attached in expected.Attached)
        {
            if (!HasAttached(actual.Attached, attached, catalog))
            {
                differences.Add(new(DifferenceKind.Missing, ObjectRef.For(attached.Kind, attached.Name, table), $"{attached.Kind.Describe()} {attached.Name.Name} on {table} is missing"));
            }
        }

        foreach (var attached in actual.Attached)
        {
            if (!HasAttached(expected.Attached, attached, catalog))
            {
                differences.Add(new(DifferenceKind.Extra, ObjectRef.For(attached.Kind, attached.Name, table), $"{attached.Kind.Describe()} {attached.Name.Name} on {table} is still there"));
            }
        }
    }

    /// <summary>
    /// The first item of a list with a name, as the dialect compares names. A short list is searched;
    /// a long one (a wide table) is indexed on the first look-up, so comparing a table with itself
    /// costs a look-up per column instead of a search per column. The first item with a name wins,
    /// as in a search: PostgreSQL names two multi-column CHECKs of a table alike.
    /// </summary>
    private sealed class ByName<T>(ImmutableArray<T> items, Func<T, string> nameOf, SchemaCatalog catalog)
        where T : class
    {
        private const int SearchedUpTo = 8;
        private Dictionary<string, T>? _first;

        public T? Find(string name)
        {
            if (items.Length <= SearchedUpTo)
            {
                foreach (var item in items)
                {
                    if (catalog.SameIdentifier(nameOf(item), name))
                    {
                        return item;
                    }
                }

                return null;
            }

            if (_first is null)
            {
                _first = new Dictionary<string, T>(items.Length, catalog.Dialect.CaseInsensitiveNames ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
                foreach (var item in items)
                {
                    _first.TryAdd(nameOf(item), item);
                }
            }

            return _first.GetValueOrDefault(name);
        }
    }

    private static bool HasAttached(ImmutableArray<ObjectState> attached, ObjectState wanted, SchemaCatalog catalog)
    {
        foreach (var other in attached)
        {
            if (other.Kind == wanted.Kind && catalog.SameIdentifier(other.Name.Name, wanted.Name.Name))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameColumns(SchemaCatalog catalog, IReadOnlyList<string> left, IReadOnlyList<string> right) =>
        left.Count == right.Count && left.Zip(right).All(pair => catalog.SameIdentifier(pair.First, pair.Second));
}
