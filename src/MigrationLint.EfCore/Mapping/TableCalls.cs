using MigrationLint.Core.Model;

namespace MigrationLint.EfCore.Mapping;

/// <summary>DropTable, RenameTable (a new name, a new schema or both), AlterTable.</summary>
internal static class TableCalls
{
    public static IEnumerable<SchemaOperation> DropTable(Call call)
    {
        yield return new DropTable(call.Span, call.Qualified(), false, false);
    }

    public static IEnumerable<SchemaOperation> RenameTable(Call call)
    {
        var table = call.Qualified();
        var newName = call.Reader.Text("newName");
        var newSchema = call.Reader.Text("newSchema");
        var renamed = newName is not null && newName != table.Name;
        if (renamed)
        {
            yield return new RenameTable(call.Span, table, newName!);
        }

        if (newSchema is not null && newSchema != table.Schema)
        {
            yield return new MoveToSchema(call.Span, ObjectKind.Table, renamed ? table with { Name = newName! } : table, newSchema);
        }
        else if (!renamed)
        {
            yield return new NoSchemaChange(call.Span, $"RenameTable of {table} to its own name");
        }
    }

    /// <summary>A table's comment is harmless; its other properties come as provider annotations, judged where known.</summary>
    public static IEnumerable<SchemaOperation> AlterTable(Call call)
    {
        var table = call.Qualified();
        var changed = false;
        if (call.Reader.Text("comment") != call.Reader.Text("oldComment"))
        {
            changed = true;
            yield return new Comment(call.Span, ObjectKind.Table, table.ToString());
        }

        var keys = call.Annotations.New.Keys.Union(call.Annotations.Old.Keys)
            .Where(k => call.Annotations.New.GetValueOrDefault(k) != call.Annotations.Old.GetValueOrDefault(k));
        foreach (var key in keys)
        {
            changed = true;
            yield return key == "Npgsql:UnloggedTable"
                ? new ChangeTableProperty(call.Span, table, TablePropertyKind.Persistence, call.Annotations.New.GetValueOrDefault(key) == "true" ? "SET UNLOGGED" : "SET LOGGED")
                : new Opaque(call.Span, $"AlterTable of {table}", $"it changes the provider setting {key}, which MigrationLint does not know");
        }

        if (!changed)
        {
            yield return new NoSchemaChange(call.Span, $"AlterTable of {table} that changes nothing");
        }
    }
}
