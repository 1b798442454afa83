using System.Collections.Immutable;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Catalog;

/// <summary>Edits of one table's columns and constraints, shared by the operations that make them.</summary>
internal static class TableReplay
{
    /// <summary>Edits a table, first making a stub for one the history never created.</summary>
    public static SchemaCatalog EditTable(SchemaCatalog catalog, ObjectName table, Func<TableState, TableState> edit)
    {
        var key = catalog.KeyOf(table);
        var state = catalog.Tables.GetValueOrDefault(key) ?? new TableState(table, [], [], Provenance.PreExisting, false);
        return catalog.With(tables: catalog.Tables.SetItem(key, edit(state)));
    }

    /// <summary>Edits a column, first making a stub (everything unknown) for one the history never declared.</summary>
    public static SchemaCatalog EditColumn(
        SchemaCatalog catalog,
        ObjectName table,
        string column,
        Func<ColumnState, ColumnState> edit) =>
        EditTable(catalog, table, t =>
        {
            var index = t.Columns.IndexOf(t.Columns.FirstOrDefault(c => catalog.SameIdentifier(c.Name, column))!);
            if (index < 0)
            {
                var stub = new ColumnState(column, null, null, null, Provenance.PreExisting);
                return t with { Columns = t.Columns.Add(edit(stub)) };
            }

            return t with { Columns = t.Columns.SetItem(index, edit(t.Columns[index])) };
        });

    public static TableState DropColumn(SchemaCatalog catalog, TableState table, string column) => table with
    {
        Columns = table.Columns.RemoveAll(c => catalog.SameIdentifier(c.Name, column)),
        Constraints = table.Constraints.RemoveAll(c => c.Columns.Any(name => catalog.SameIdentifier(name, column))),
    };

    public static SchemaCatalog DropIndexesOnColumn(SchemaCatalog catalog, ObjectName table, string column)
    {
        var tableKey = catalog.KeyOf(table);
        return catalog.With(indexes: catalog.Indexes.RemoveRange(catalog.Indexes
            .Where(i => catalog.KeyOf(i.Value.Table) == tableKey && i.Value.Columns.Any(c => catalog.SameIdentifier(c, column)))
            .Select(i => i.Key)));
    }

    public static SchemaCatalog RenameColumn(SchemaCatalog catalog, ObjectName table, string column, string newName)
    {
        string Rename(string name) => catalog.SameIdentifier(name, column) ? newName : name;

        var result = EditTable(catalog, table, t => t with
        {
            Columns = t.Columns.Any(c => catalog.SameIdentifier(c.Name, column))
                ? t.Columns.Select(c => c with { Name = Rename(c.Name) }).ToImmutableArray()
                : t.Columns.Add(new ColumnState(newName, null, null, null, Provenance.PreExisting)),
            Constraints = t.Constraints.Select(c => c with { Columns = c.Columns.Select(Rename).ToImmutableArray() })
                .ToImmutableArray(),
        });
        var tableKey = catalog.KeyOf(table);
        return result.With(indexes: result.Indexes.SetItems(result.Indexes
            .Where(i => catalog.KeyOf(i.Value.Table) == tableKey)
            .Select(i => KeyValuePair.Create(i.Key, i.Value with { Columns = i.Value.Columns.Select(Rename).ToImmutableArray() }))));
    }

    public static SchemaCatalog AddConstraint(SchemaCatalog catalog, ObjectName table, ConstraintDefinition constraint, Provenance origin)
    {
        var state = StateOf(catalog, table, constraint, origin);
        var result = EditTable(catalog, table, t => t with
        {
            Constraints = t.Constraints.RemoveAll(c => catalog.SameIdentifier(c.Name, state.Name)).Add(state),
        });
        if (constraint.Kind is ConstraintKind.PrimaryKey or ConstraintKind.NotNull)
        {
            foreach (var column in constraint.Columns)
            {
                result = EditColumn(result, table, column, c => c with { NotNull = true });
            }
        }

        return result;
    }

    public static ConstraintState StateOf(SchemaCatalog catalog, ObjectName table, ConstraintDefinition constraint, Provenance origin)
    {
        var name = constraint.Name
            ?? catalog.Dialect.ImplicitConstraintName(table, constraint.Kind, constraint.Columns)
            ?? $"{table.Name}_{constraint.Kind.ToString().ToLowerInvariant()}";
        return new ConstraintState(name, constraint.Kind, constraint.Columns, origin);
    }
}
