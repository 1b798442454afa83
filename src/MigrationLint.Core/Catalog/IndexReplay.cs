using MigrationLint.Core.Model;

namespace MigrationLint.Core.Catalog;

/// <summary>Indexes live on their table; the catalog's owner map finds the table from an index name.</summary>
internal static class IndexReplay
{
    public static SchemaCatalog Create(SchemaCatalog catalog, CreateIndex op, Provenance origin)
    {
        var indexName = op.Index?.Name ?? catalog.Dialect.ImplicitIndexName(op.Table, op.Columns);
        if (indexName is null)
        {
            return catalog;
        }

        // An index lives in its table's schema whatever the statement says.
        var name = new ObjectName(op.Table.Schema, indexName);
        var key = catalog.KeyOf(name);
        if (op.IfNotExists && catalog.IndexOwners.ContainsKey(key))
        {
            return catalog;
        }

        var index = new IndexState(name, op.Table, op.Unique, op.Columns, origin);
        var withIndex = TableReplay.EditTable(catalog, op.Table, t => t with
        {
            Indexes = t.Indexes.RemoveAll(i => catalog.KeyOf(i.Name) == key).Add(index),
        });
        return withIndex.With(indexOwners: withIndex.IndexOwners.SetItem(key, catalog.KeyOf(op.Table)));
    }

    public static SchemaCatalog Drop(SchemaCatalog catalog, ObjectName index)
    {
        var key = catalog.KeyOf(index);
        if (!catalog.IndexOwners.TryGetValue(key, out var owner) || !catalog.Tables.TryGetValue(owner, out var table))
        {
            return catalog;
        }

        return catalog.With(
            tables: catalog.Tables.SetItem(owner, table with { Indexes = table.Indexes.RemoveAll(i => catalog.KeyOf(i.Name) == key) }),
            indexOwners: catalog.IndexOwners.Remove(key));
    }

    public static SchemaCatalog SetDisabled(SchemaCatalog catalog, ObjectName index, bool disabled)
    {
        var key = catalog.KeyOf(index);
        if (!catalog.IndexOwners.TryGetValue(key, out var owner) || !catalog.Tables.TryGetValue(owner, out var table))
        {
            return catalog;
        }

        var indexes = table.Indexes.Select(i => catalog.KeyOf(i.Name) == key ? i with { Disabled = disabled } : i);
        return catalog.With(tables: catalog.Tables.SetItem(owner, table with { Indexes = [.. indexes] }));
    }

    /// <summary>REBUILD of one index, or of all of a table's (ALTER INDEX ALL … REBUILD).</summary>
    public static SchemaCatalog Enable(SchemaCatalog catalog, EnableIndex op)
    {
        if (op.Index is not null)
        {
            return SetDisabled(catalog, op.Index, false);
        }

        return catalog.FindTable(op.Table) is null
            ? catalog
            : TableReplay.EditTable(catalog, op.Table, t => t with { Indexes = [.. t.Indexes.Select(i => i with { Disabled = false })] });
    }

    public static SchemaCatalog Rename(SchemaCatalog catalog, ObjectName index, string newName)
    {
        var key = catalog.KeyOf(index);
        if (!catalog.IndexOwners.TryGetValue(key, out var owner) || !catalog.Tables.TryGetValue(owner, out var table))
        {
            return catalog;
        }

        var renamed = new ObjectName(table.Name.Schema, newName);
        var indexes = table.Indexes.Select(i => catalog.KeyOf(i.Name) == key ? i with { Name = renamed } : i);
        return catalog.With(
            tables: catalog.Tables.SetItem(owner, table with { Indexes = [.. indexes] }),
            indexOwners: catalog.IndexOwners.Remove(key).SetItem(catalog.KeyOf(renamed), owner));
    }

    /// <summary>The keys of a table's indexes that cover the column (dropped with it).</summary>
    public static IEnumerable<CatalogKey> OnColumn(SchemaCatalog catalog, TableState table, string column) =>
        table.Indexes.Where(i => i.Columns.Any(c => catalog.SameIdentifier(c, column))).Select(i => catalog.KeyOf(i.Name));
}
