using MigrationLint.Core.Model;

namespace MigrationLint.EfCore.Mapping;

/// <summary>AddColumn, DropColumn, RenameColumn.</summary>
internal static class ColumnCalls
{
    public static IEnumerable<SchemaOperation> AddColumn(Call call)
    {
        var column = ColumnDefinitions.Read(call.Name(), call.Syntax.TypeArgument, call.Reader, call.Annotations, call.Context);
        yield return new AddColumn(call.Span, call.Table, column, [], false);
    }

    public static IEnumerable<SchemaOperation> DropColumn(Call call)
    {
        yield return new DropColumn(call.Span, call.Table, call.Name(), false, false);
    }

    public static IEnumerable<SchemaOperation> RenameColumn(Call call)
    {
        yield return new RenameColumn(call.Span, call.Table, call.Name(), call.Name("newName"));
    }
}
