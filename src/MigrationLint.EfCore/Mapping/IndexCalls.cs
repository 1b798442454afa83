using MigrationLint.Core.Model;

namespace MigrationLint.EfCore.Mapping;

/// <summary>CreateIndex, DropIndex, RenameIndex. An index lives in its table's schema.</summary>
internal static class IndexCalls
{
    public static IEnumerable<SchemaOperation> CreateIndex(Call call)
    {
        var table = call.Table;
        var concurrently = call.Annotations.New.GetValueOrDefault("Npgsql:CreatedConcurrently") == "true";
        yield return new CreateIndex(
            call.Span, new ObjectName(table.Schema, call.Name()), table, call.Reader.Bool("unique", false), call.Reader.Names("columns"), concurrently, false);
    }

    public static IEnumerable<SchemaOperation> DropIndex(Call call)
    {
        yield return new DropIndex(call.Span, call.Qualified(), false, false, false);
    }

    public static IEnumerable<SchemaOperation> RenameIndex(Call call)
    {
        var table = call.Reader.Text("table") is { } name ? new ObjectName(call.Reader.Text("schema"), name) : null;
        yield return new RenameObject(call.Span, ObjectKind.Index, call.Qualified(), call.Name("newName"), table);
    }
}
