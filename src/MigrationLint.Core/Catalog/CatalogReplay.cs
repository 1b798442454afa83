using System.Collections.Immutable;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Catalog;

/// <summary>
/// Applies one operation to a catalog. Operations on objects the history never created still
/// leave a trace (a stub table with the columns we learn of), so that "created in this window"
/// stays answerable even when the history is incomplete.
/// </summary>
internal static class CatalogReplay
{
    public static SchemaCatalog Apply(SchemaCatalog catalog, SchemaOperation operation, Provenance origin) => operation switch
    {
        CreateTable op => CreateTable(catalog, op, origin),
        DropTable op => DropTable(catalog, op.Table),
        RenameTable op => RenameRelation(catalog, op.Table, op.NewName),
        AddColumn op => AddColumn(catalog, op, origin),
        DropColumn op => TableReplay.EditTable(catalog, op.Table, t => TableReplay.DropColumn(catalog, t, op.Column))
            .Pipe(c => TableReplay.DropIndexesOnColumn(c, op.Table, op.Column)),
        RenameColumn op => TableReplay.RenameColumn(catalog, op.Table, op.Column, op.NewName),
        AlterColumnType op => TableReplay.EditColumn(catalog, op.Table, op.Column, c => c with { Type = op.NewType }),
        SetNotNull op => TableReplay.EditColumn(catalog, op.Table, op.Column, c => c with { NotNull = true }),
        DropNotNull op => TableReplay.EditColumn(catalog, op.Table, op.Column, c => c with { NotNull = false }),
        SetDefault op => TableReplay.EditColumn(catalog, op.Table, op.Column, c => c with { HasDefault = true }),
        DropDefault op => TableReplay.EditColumn(catalog, op.Table, op.Column, c => c with { HasDefault = false }),
        AddConstraint op => TableReplay.AddConstraint(catalog, op.Table, op.Constraint, origin),
        DropConstraint op => TableReplay.EditTable(catalog, op.Table, t => t with
        {
            Constraints = t.Constraints.RemoveAll(c => catalog.SameIdentifier(c.Name, op.Name)),
        }),
        RenameConstraint op => TableReplay.EditTable(catalog, op.Table, t => t with
        {
            Constraints = t.Constraints.Select(c => catalog.SameIdentifier(c.Name, op.Name) ? c with { Name = op.NewName } : c)
                .ToImmutableArray(),
        }),
        CreateIndex op => CreateIndex(catalog, op, origin),
        DropIndex op => catalog.With(indexes: catalog.Indexes.Remove(catalog.KeyOf(op.Index))),
        CreateObject op => CreateObject(catalog, op, origin),
        DropObject op => DropObject(catalog, op),
        RenameObject op => RenameObject(catalog, op.Kind, op.Name, op.NewName, op.Table),
        MoveToSchema op => MoveToSchema(catalog, op),
        CreateEnumType op => catalog.With(
            enums: catalog.Enums.SetItem(catalog.KeyOf(op.Type), new EnumState(op.Type, op.Values, origin)),
            objects: catalog.Objects.SetItem(
                (ObjectKind.Type, catalog.KeyOf(op.Type)), new ObjectState(ObjectKind.Type, op.Type, null, origin))),
        AddEnumValue op => EditEnum(catalog, op.Type, values => values.Contains(op.Value) ? values : values.Add(op.Value)),
        RenameEnumValue op => EditEnum(catalog, op.Type, values => values.Replace(op.Value, op.NewValue)),
        _ => catalog,
    };

    private static SchemaCatalog Pipe(this SchemaCatalog catalog, Func<SchemaCatalog, SchemaCatalog> next) => next(catalog);

    private static SchemaCatalog CreateTable(SchemaCatalog catalog, CreateTable op, Provenance origin)
    {
        var key = catalog.KeyOf(op.Table);
        if (catalog.Tables.TryGetValue(key, out var existing) && existing.IsComplete && op.IfNotExists)
        {
            return catalog;
        }

        var primaryKeyColumns = op.Constraints
            .Where(c => c.Kind == ConstraintKind.PrimaryKey)
            .SelectMany(c => c.Columns)
            .ToHashSet(StringComparer.Ordinal);
        var columns = op.Columns
            .Select(c => new ColumnState(c.Name, c.Type, c.NotNull || primaryKeyColumns.Contains(c.Name), c.HasValueWhenOmitted, origin))
            .ToImmutableArray();
        var constraints = op.Constraints
            .Select(c => TableReplay.StateOf(catalog, op.Table, c, origin))
            .ToImmutableArray();
        var result = catalog.With(tables: catalog.Tables.SetItem(key, new TableState(op.Table, columns, constraints, origin, true)));
        foreach (var serial in op.Columns.Where(c => c.IsSerial))
        {
            var sequence = new ObjectName(op.Table.Schema, $"{op.Table.Name}_{serial.Name}_seq");
            result = result.With(objects: result.Objects.SetItem(
                (ObjectKind.Sequence, result.KeyOf(sequence)), new ObjectState(ObjectKind.Sequence, sequence, op.Table, origin)));
        }

        return result;
    }

    private static SchemaCatalog DropTable(SchemaCatalog catalog, ObjectName table)
    {
        var key = catalog.KeyOf(table);
        var tableKeyText = key.Schema + "." + key.Name;
        return catalog.With(
            tables: catalog.Tables.Remove(key),
            indexes: catalog.Indexes.RemoveRange(
                catalog.Indexes.Where(i => catalog.KeyOf(i.Value.Table) == key).Select(i => i.Key)),
            objects: catalog.Objects.RemoveRange(
                catalog.Objects.Where(o => o.Key.Key.Schema == tableKeyText || o.Key.Key == key).Select(o => o.Key)));
    }

    private static SchemaCatalog RenameRelation(SchemaCatalog catalog, ObjectName relation, string newName)
    {
        var key = catalog.KeyOf(relation);
        if (catalog.Tables.TryGetValue(key, out var table))
        {
            var renamed = new ObjectName(relation.Schema ?? table.Name.Schema, newName);
            var newKey = catalog.KeyOf(renamed);
            return catalog.With(
                tables: catalog.Tables.Remove(key).SetItem(newKey, table with { Name = renamed }),
                indexes: catalog.Indexes.SetItems(catalog.Indexes
                    .Where(i => catalog.KeyOf(i.Value.Table) == key)
                    .Select(i => KeyValuePair.Create(i.Key, i.Value with { Table = renamed }))));
        }

        foreach (var kind in SchemaCatalog.RelationKinds)
        {
            if (catalog.FindObject(kind, relation) is not null)
            {
                return RenameObject(catalog, kind, relation, newName, null);
            }
        }

        return catalog.FindIndex(relation) is not null
            ? RenameObject(catalog, ObjectKind.Index, relation, newName, null)
            : catalog;
    }

    private static SchemaCatalog AddColumn(SchemaCatalog catalog, AddColumn op, Provenance origin)
    {
        if (op.IfNotExists && catalog.FindColumn(op.Table, op.Column.Name) is not null)
        {
            return catalog;
        }

        var column = new ColumnState(op.Column.Name, op.Column.Type, op.Column.NotNull, op.Column.HasValueWhenOmitted, origin);
        var result = TableReplay.EditTable(catalog, op.Table, t => t with
        {
            Columns = t.Columns.RemoveAll(c => catalog.SameIdentifier(c.Name, column.Name)).Add(column),
        });
        foreach (var constraint in op.Constraints)
        {
            result = TableReplay.AddConstraint(result, op.Table, constraint, origin);
        }

        return result;
    }

    private static SchemaCatalog CreateIndex(SchemaCatalog catalog, CreateIndex op, Provenance origin)
    {
        var indexName = op.Index?.Name ?? catalog.Dialect.ImplicitIndexName(op.Table, op.Columns);
        if (indexName is null)
        {
            return catalog;
        }

        // An index lives in its table's schema whatever the statement says.
        var name = new ObjectName(op.Table.Schema, indexName);
        var key = catalog.KeyOf(name);
        if (op.IfNotExists && catalog.Indexes.ContainsKey(key))
        {
            return catalog;
        }

        return catalog.With(indexes: catalog.Indexes.SetItem(key, new IndexState(name, op.Table, op.Unique, op.Columns, origin)));
    }

    private static SchemaCatalog CreateObject(SchemaCatalog catalog, CreateObject op, Provenance origin)
    {
        var key = (op.Kind, catalog.ObjectKeyOf(op.Kind, op.Name, op.Table));
        if (catalog.Objects.TryGetValue(key, out var existing))
        {
            // CREATE OR REPLACE keeps the object's identity: it is still the one the old code knew.
            return catalog.With(objects: catalog.Objects.SetItem(key, existing with { Name = op.Name }));
        }

        return catalog.With(objects: catalog.Objects.SetItem(key, new ObjectState(op.Kind, op.Name, op.Table, origin)));
    }

    private static SchemaCatalog DropObject(SchemaCatalog catalog, DropObject op)
    {
        if (op.Kind == ObjectKind.Schema)
        {
            var schema = catalog.Dialect.Key(op.Name.Name);
            var result = catalog;
            foreach (var table in catalog.Tables.Where(t => t.Key.Schema == schema).Select(t => t.Value.Name))
            {
                result = DropTable(result, table);
            }

            return result.With(
                objects: result.Objects
                    .RemoveRange(result.Objects.Keys.Where(k => k.Key.Schema == schema))
                    .Remove((ObjectKind.Schema, catalog.ObjectKeyOf(ObjectKind.Schema, op.Name, null))),
                indexes: result.Indexes.RemoveRange(result.Indexes.Keys.Where(k => k.Schema == schema)),
                enums: result.Enums.RemoveRange(result.Enums.Keys.Where(k => k.Schema == schema)));
        }

        if (op.Kind == ObjectKind.Type || op.Kind == ObjectKind.Domain)
        {
            catalog = catalog.With(enums: catalog.Enums.Remove(catalog.KeyOf(op.Name)));
        }

        return catalog.With(objects: catalog.Objects.Remove((op.Kind, catalog.ObjectKeyOf(op.Kind, op.Name, op.Table))));
    }

    private static SchemaCatalog RenameObject(SchemaCatalog catalog, ObjectKind kind, ObjectName name, string newName, ObjectName? table)
    {
        if (kind == ObjectKind.Index)
        {
            var key = catalog.KeyOf(name);
            if (!catalog.Indexes.TryGetValue(key, out var index))
            {
                return catalog;
            }

            var renamedIndex = new ObjectName(index.Name.Schema, newName);
            return catalog.With(indexes: catalog.Indexes.Remove(key).SetItem(catalog.KeyOf(renamedIndex), index with { Name = renamedIndex }));
        }

        if (kind == ObjectKind.Table)
        {
            return RenameRelation(catalog, name, newName);
        }

        var objectKey = (kind, catalog.ObjectKeyOf(kind, name, table));
        if (!catalog.Objects.TryGetValue(objectKey, out var existing))
        {
            return catalog;
        }

        var renamed = new ObjectName(name.Schema, newName);
        var result = catalog.With(objects: catalog.Objects.Remove(objectKey)
            .SetItem((kind, catalog.ObjectKeyOf(kind, renamed, table)), existing with { Name = renamed }));
        if (kind == ObjectKind.Type && catalog.FindEnum(name) is { } enumState)
        {
            result = result.With(enums: result.Enums.Remove(catalog.KeyOf(name))
                .SetItem(catalog.KeyOf(renamed), enumState with { Name = renamed }));
        }

        return result;
    }

    private static SchemaCatalog MoveToSchema(SchemaCatalog catalog, MoveToSchema op)
    {
        var moved = new ObjectName(op.NewSchema, op.Name.Name);
        var key = catalog.KeyOf(op.Name);
        if (op.Kind == ObjectKind.Table && catalog.Tables.TryGetValue(key, out var table))
        {
            return catalog.With(tables: catalog.Tables.Remove(key).SetItem(catalog.KeyOf(moved), table with { Name = moved }));
        }

        var objectKey = (op.Kind, catalog.ObjectKeyOf(op.Kind, op.Name, null));
        return catalog.Objects.TryGetValue(objectKey, out var existing)
            ? catalog.With(objects: catalog.Objects.Remove(objectKey)
                .SetItem((op.Kind, catalog.ObjectKeyOf(op.Kind, moved, null)), existing with { Name = moved }))
            : catalog;
    }

    private static SchemaCatalog EditEnum(
        SchemaCatalog catalog,
        ObjectName type,
        Func<ImmutableArray<string>, ImmutableArray<string>> edit)
    {
        var key = catalog.KeyOf(type);
        var state = catalog.Enums.GetValueOrDefault(key) ?? new EnumState(type, [], Provenance.PreExisting);
        return catalog.With(enums: catalog.Enums.SetItem(key, state with { Values = edit(state.Values) }));
    }
}
