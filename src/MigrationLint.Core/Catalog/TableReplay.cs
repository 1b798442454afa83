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

    /// <summary>Drops a column with the constraints and indexes that cover it, as PostgreSQL does.</summary>
    public static SchemaCatalog DropColumn(SchemaCatalog catalog, ObjectName table, string column)
    {
        var dropped = catalog.FindTable(table) is { } state ? IndexReplay.OnColumn(catalog, state, column).ToHashSet() : [];
        var result = EditTable(catalog, table, t => t with
        {
            Columns = t.Columns.RemoveAll(c => catalog.SameIdentifier(c.Name, column)),
            Constraints = t.Constraints.RemoveAll(c => c.Columns.Any(name => catalog.SameIdentifier(name, column))),
            Indexes = t.Indexes.RemoveAll(i => dropped.Contains(catalog.KeyOf(i.Name))),
        });
        return result.With(indexOwners: result.IndexOwners.RemoveRange(dropped));
    }

    public static SchemaCatalog RenameColumn(SchemaCatalog catalog, ObjectName table, string column, string newName)
    {
        string Rename(string name) => catalog.SameIdentifier(name, column) ? newName : name;

        // A column already named newName cannot survive the rename (the server refuses a clash): one
        // column of that name is left, never two, so a later comparison does not see a phantom.
        return EditTable(catalog, table, t => t with
        {
            Columns = t.Columns.Any(c => catalog.SameIdentifier(c.Name, column))
                ? [.. t.Columns.Where(c => !catalog.SameIdentifier(c.Name, newName) || catalog.SameIdentifier(c.Name, column)).Select(c => c with { Name = Rename(c.Name) })]
                : t.Columns.Any(c => catalog.SameIdentifier(c.Name, newName))
                    ? t.Columns
                    : t.Columns.Add(new ColumnState(newName, null, null, null, Provenance.PreExisting)),
            Constraints = t.Constraints.Select(c => c with { Columns = c.Columns.Select(Rename).ToImmutableArray() }).ToImmutableArray(),
            Indexes = t.Indexes.Select(i => i with { Columns = i.Columns.Select(Rename).ToImmutableArray() }).ToImmutableArray(),
        });
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
