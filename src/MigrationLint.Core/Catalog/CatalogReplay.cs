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
        DropTable op => DropTable(catalog, catalog.KeyOf(op.Table)),
        RenameTable op => RenameRelation(catalog, op.Table, op.NewName),
        AddColumn op => AddColumn(catalog, op, origin),
        DropColumn op => TableReplay.DropColumn(catalog, op.Table, op.Column),
        RenameColumn op => TableReplay.RenameColumn(catalog, op.Table, op.Column, op.NewName),
        AlterColumnType op => TableReplay.EditColumn(catalog, op.Table, op.Column, c => c with { Type = op.NewType }),
        SetNotNull op => TableReplay.EditColumn(catalog, op.Table, op.Column, c => c with { NotNull = true }),
        DropNotNull op => TableReplay.EditColumn(catalog, op.Table, op.Column, c => c with { NotNull = false }),
        SetDefault op => SetDefault(catalog, op, origin),
        DropDefault op => TableReplay.EditColumn(catalog, op.Table, op.Column, c => c with { HasDefault = false }),
        AddConstraint op => TableReplay.AddConstraint(catalog, op.Table, op.Constraint, origin),
        DropConstraint op => DropConstraint(catalog, op),
        RenameConstraint op => TableReplay.EditTable(catalog, op.Table, t => t with
        {
            Constraints = t.Constraints.Select(c => catalog.SameIdentifier(c.Name, op.Name) ? c with { Name = op.NewName } : c)
                .ToImmutableArray(),
        }),
        CreateIndex op => IndexReplay.Create(catalog, op, origin),
        DropIndex { DisableOnly: true } op => IndexReplay.SetDisabled(catalog, op.Index, true),
        DropIndex op => IndexReplay.Drop(catalog, op.Index),
        EnableIndex op => IndexReplay.Enable(catalog, op),
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

    /// <summary>A default; where the dialect names defaults (SQL Server), also the constraint that holds it.</summary>
    private static SchemaCatalog SetDefault(SchemaCatalog catalog, SetDefault op, Provenance origin)
    {
        var result = TableReplay.EditColumn(catalog, op.Table, op.Column, c => c with { HasDefault = true });
        return op.ConstraintName is { } name
            ? TableReplay.AddConstraint(result, op.Table, new ConstraintDefinition(name, ConstraintKind.Default, [op.Column], null), origin)
            : result;
    }

    /// <summary>Drops a constraint; dropping a DEFAULT constraint (SQL Server) drops the column's default.</summary>
    private static SchemaCatalog DropConstraint(SchemaCatalog catalog, DropConstraint op)
    {
        var dropped = catalog.FindConstraint(op.Table, op.Name);
        var result = TableReplay.EditTable(catalog, op.Table, t => t with
        {
            Constraints = t.Constraints.RemoveAll(c => catalog.SameIdentifier(c.Name, op.Name)),
        });
        return dropped is { Kind: ConstraintKind.Default, Columns: [var column] }
            ? TableReplay.EditColumn(result, op.Table, column, c => c with { HasDefault = false })
            : result;
    }

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
        var result = existing is null ? catalog : DropTable(catalog, key);
        result = result.With(tables: result.Tables.SetItem(key, new TableState(op.Table, columns, constraints, origin, true)));
        foreach (var serial in op.Columns.Where(c => c.IsSerial))
        {
            var sequence = new ObjectName(op.Table.Schema, $"{op.Table.Name}_{serial.Name}_seq");
            result = result.With(objects: result.Objects.SetItem(
                (ObjectKind.Sequence, result.KeyOf(sequence)), new ObjectState(ObjectKind.Sequence, sequence, op.Table, origin)));
        }

        return result;
    }

    /// <summary>Drops a table with everything on it: its indexes, triggers, policies and rules.</summary>
    private static SchemaCatalog DropTable(SchemaCatalog catalog, CatalogKey key) =>
        catalog.Tables.TryGetValue(key, out var table)
            ? catalog.With(
                tables: catalog.Tables.Remove(key),
                indexOwners: catalog.IndexOwners.RemoveRange(table.Indexes.Select(i => catalog.KeyOf(i.Name))))
            : catalog;

    /// <summary>ALTER TABLE … RENAME TO, which PostgreSQL also accepts for views, sequences and indexes.</summary>
    private static SchemaCatalog RenameRelation(SchemaCatalog catalog, ObjectName relation, string newName)
    {
        var key = catalog.KeyOf(relation);
        if (catalog.Tables.TryGetValue(key, out var table))
        {
            var renamed = new ObjectName(relation.Schema ?? table.Name.Schema, newName);
            var newKey = catalog.KeyOf(renamed);
            var moved = table with { Name = renamed, Indexes = table.Indexes.Select(i => i with { Table = renamed }).ToImmutableArray() };
            return catalog.With(
                tables: catalog.Tables.Remove(key).SetItem(newKey, moved),
                indexOwners: catalog.IndexOwners.SetItems(table.Indexes.Select(i => KeyValuePair.Create(catalog.KeyOf(i.Name), newKey))));
        }

        foreach (var kind in SchemaCatalog.RelationKinds)
        {
            if (catalog.FindObject(kind, relation) is not null)
            {
                return RenameObject(catalog, kind, relation, newName, null);
            }
        }

        if (catalog.FindIndex(relation) is not null)
        {
            return IndexReplay.Rename(catalog, relation, newName);
        }

        return RenameUntypedObject(catalog, relation, newName);
    }

    /// <summary>
    /// A rename that names no kind of object (SQL Server's sp_rename 'OBJECT') of something that is
    /// not a relation: a routine, a constraint or a trigger, whichever the catalog knows by that name.
    /// </summary>
    private static SchemaCatalog RenameUntypedObject(SchemaCatalog catalog, ObjectName name, string newName)
    {
        switch (catalog.KindOfName(name))
        {
            case ObjectKind.Constraint:
                var owner = catalog.FindConstraintOwner(name)!;
                return TableReplay.EditTable(catalog, owner.Name, t => t with
                {
                    Constraints = t.Constraints.Select(c => catalog.SameIdentifier(c.Name, name.Name) ? c with { Name = newName } : c)
                        .ToImmutableArray(),
                });
            case ObjectKind.Trigger:
                return RenameObject(catalog, ObjectKind.Trigger, name, newName, catalog.FindAttachedOwner(ObjectKind.Trigger, name)!.Name);
            case { } kind when kind is not (ObjectKind.Table or ObjectKind.Index):
                return RenameObject(catalog, kind, name, newName, null);
            default:
                return catalog;
        }
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

    private static SchemaCatalog CreateObject(SchemaCatalog catalog, CreateObject op, Provenance origin)
    {
        if (SchemaCatalog.IsAttached(op.Kind) && op.Table is not null)
        {
            return TableReplay.EditTable(catalog, op.Table, t =>
            {
                var existing = t.Attached.FirstOrDefault(o => o.Kind == op.Kind && catalog.SameIdentifier(o.Name.Name, op.Name.Name));
                // CREATE OR REPLACE keeps the object's identity: it is still the one the old code knew.
                var state = existing ?? new ObjectState(op.Kind, op.Name, op.Table, origin);
                return t with { Attached = (existing is null ? t.Attached : t.Attached.Remove(existing)).Add(state) };
            });
        }

        var key = (op.Kind, catalog.ObjectKeyOf(op.Kind, op.Name));
        return catalog.Objects.TryGetValue(key, out var known)
            ? catalog.With(objects: catalog.Objects.SetItem(key, known with { Name = op.Name }))
            : catalog.With(objects: catalog.Objects.SetItem(key, new ObjectState(op.Kind, op.Name, op.Table, origin)));
    }

    private static SchemaCatalog DropObject(SchemaCatalog catalog, DropObject op)
    {
        if (SchemaCatalog.IsAttached(op.Kind))
        {
            var table = op.Table ?? catalog.FindAttachedOwner(op.Kind, op.Name)?.Name;
            return table is null || catalog.FindTable(table) is null
                ? catalog
                : TableReplay.EditTable(catalog, table, t => t with
                {
                    Attached = t.Attached.RemoveAll(o => o.Kind == op.Kind && catalog.SameIdentifier(o.Name.Name, op.Name.Name)),
                });
        }

        if (op.Kind == ObjectKind.Schema)
        {
            var schema = catalog.Dialect.Key(op.Name.Name);
            var result = catalog;
            foreach (var key in catalog.Tables.Keys.Where(k => k.Schema == schema))
            {
                result = DropTable(result, key);
            }

            return result.With(
                objects: result.Objects
                    .RemoveRange(result.Objects.Keys.Where(k => k.Key.Schema == schema))
                    .Remove((ObjectKind.Schema, catalog.ObjectKeyOf(ObjectKind.Schema, op.Name))),
                enums: result.Enums.RemoveRange(result.Enums.Keys.Where(k => k.Schema == schema)));
        }

        if (op.Kind is ObjectKind.Type or ObjectKind.Domain)
        {
            catalog = catalog.With(enums: catalog.Enums.Remove(catalog.KeyOf(op.Name)));
        }

        return catalog.With(objects: catalog.Objects.Remove((op.Kind, catalog.ObjectKeyOf(op.Kind, op.Name))));
    }

    private static SchemaCatalog RenameObject(SchemaCatalog catalog, ObjectKind kind, ObjectName name, string newName, ObjectName? table)
    {
        switch (kind)
        {
            case ObjectKind.Index:
                return IndexReplay.Rename(catalog, name, newName);
            case ObjectKind.Table:
                return RenameRelation(catalog, name, newName);
            case var attached when SchemaCatalog.IsAttached(attached):
                return table is null || catalog.FindTable(table) is null
                    ? catalog
                    : TableReplay.EditTable(catalog, table, t => t with
                    {
                        Attached = t.Attached
                            .Select(o => o.Kind == kind && catalog.SameIdentifier(o.Name.Name, name.Name) ? o with { Name = new ObjectName(o.Name.Schema, newName) } : o)
                            .ToImmutableArray(),
                    });
        }

        var objectKey = (kind, catalog.ObjectKeyOf(kind, name));
        if (!catalog.Objects.TryGetValue(objectKey, out var existing))
        {
            return catalog;
        }

        var renamed = new ObjectName(name.Schema, newName);
        var result = catalog.With(objects: catalog.Objects.Remove(objectKey)
            .SetItem((kind, catalog.ObjectKeyOf(kind, renamed)), existing with { Name = renamed }));
        if (kind == ObjectKind.Type && catalog.FindEnum(name) is { } enumState)
        {
            result = result.With(enums: result.Enums.Remove(catalog.KeyOf(name))
                .SetItem(catalog.KeyOf(renamed), enumState with { Name = renamed }));
        }

        return result;
    }

    private static SchemaCatalog MoveToSchema(SchemaCatalog catalog, MoveToSchema op)
    {
        var key = catalog.KeyOf(op.Name);
        if (op.Kind == ObjectKind.Table && catalog.Tables.TryGetValue(key, out var table))
        {
            // Indexes move with their table.
            var moved = new ObjectName(op.NewSchema, op.Name.Name);
            var newKey = catalog.KeyOf(moved);
            var indexes = table.Indexes.Select(i => i with { Name = new ObjectName(op.NewSchema, i.Name.Name), Table = moved }).ToImmutableArray();
            return catalog.With(
                tables: catalog.Tables.Remove(key).SetItem(newKey, table with { Name = moved, Indexes = indexes }),
                indexOwners: catalog.IndexOwners
                    .RemoveRange(table.Indexes.Select(i => catalog.KeyOf(i.Name)))
                    .SetItems(indexes.Select(i => KeyValuePair.Create(catalog.KeyOf(i.Name), newKey))));
        }

        var objectKey = (op.Kind, catalog.ObjectKeyOf(op.Kind, op.Name));
        var target = new ObjectName(op.NewSchema, op.Name.Name);
        return catalog.Objects.TryGetValue(objectKey, out var existing)
            ? catalog.With(objects: catalog.Objects.Remove(objectKey)
                .SetItem((op.Kind, catalog.ObjectKeyOf(op.Kind, target)), existing with { Name = target }))
            : catalog;
    }

    private static SchemaCatalog EditEnum(SchemaCatalog catalog, ObjectName type, Func<ImmutableArray<string>, ImmutableArray<string>> edit)
    {
        var key = catalog.KeyOf(type);
        var state = catalog.Enums.GetValueOrDefault(key) ?? new EnumState(type, [], Provenance.PreExisting);
        return catalog.With(enums: catalog.Enums.SetItem(key, state with { Values = edit(state.Values) }));
    }
}
