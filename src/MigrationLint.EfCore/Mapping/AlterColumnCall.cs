using MigrationLint.Core.Model;
using MigrationLint.EfCore.Syntax;
using MigrationLint.EfCore.Types;

namespace MigrationLint.EfCore.Mapping;

/// <summary>
/// AlterColumn states the column's new definition and, in its <c>old*</c> arguments, the old one: each
/// difference is one operation (type, nullability, default or identity, computed expression, comment,
/// collation). An <c>old*</c> argument left out means what EF Core's MigrationBuilder makes of it (not
/// nullable, no default), which is what the provider's SQL generator compares against; only the old
/// type, when no <c>old*</c> argument states it, is left to the history.
/// </summary>
internal static class AlterColumnCall
{
    public static IEnumerable<SchemaOperation> Map(Call call)
    {
        var reader = call.Reader;
        var table = call.Table;
        var column = call.Name();
        var statesOld = reader.Arguments.Names.Any(n => n.StartsWith("old", StringComparison.Ordinal)) || !call.Annotations.Old.IsEmpty;
        var clrType = call.Syntax.TypeArgument?.ToString();
        var operations = new List<SchemaOperation>();

        var newType = call.Context.TypeOf(reader.Text("type"), clrType, Facets(reader, string.Empty));
        if (statesOld)
        {
            var oldType = call.Context.TypeOf(reader.Text("oldType"), reader.TypeOf("oldClrType")?.ToString() ?? clrType, Facets(reader, "old"));
            if (newType is not null && !newType.Equals(oldType))
            {
                operations.Add(new AlterColumnType(call.Span, table, column, newType, null) { PreviousType = oldType });
            }
        }
        else if (newType is not null)
        {
            operations.Add(new AlterColumnType(call.Span, table, column, newType, null));
        }

        var nullable = reader.Bool("nullable", false);
        if (nullable != reader.Bool("oldNullable", false))
        {
            operations.Add(nullable ? new DropNotNull(call.Span, table, column) : new SetNotNull(call.Span, table, column));
        }

        var after = reader.Text("defaultValueSql") ?? reader.Source("defaultValue") ?? Describe(Annotations.Generation(call.Annotations.New));
        var before = reader.Text("oldDefaultValueSql") ?? reader.Source("oldDefaultValue") ?? Describe(Annotations.Generation(call.Annotations.Old));
        if (after != before)
        {
            operations.Add(after is not null ? new SetDefault(call.Span, table, column, after) : new DropDefault(call.Span, table, column));
        }

        if (Changed(reader, "computedColumnSql"))
        {
            operations.Add(new Opaque(call.Span, $"AlterColumn of {table}.{column}", "it changes the column's computed expression, so the old code reads different values"));
        }

        if (Changed(reader, "comment"))
        {
            operations.Add(new Comment(call.Span, ObjectKind.Column, $"{table}.{column}"));
        }

        if (Changed(reader, "collation"))
        {
            operations.Add(new Opaque(call.Span, $"AlterColumn of {table}.{column}", "it changes the column's collation: comparisons, sorting and unique indexes on it change"));
        }

        if (operations.Count == 0)
        {
            operations.Add(new NoSchemaChange(call.Span, $"AlterColumn of {table}.{column} that changes nothing the database keeps"));
        }

        return operations;
    }

    private static Facets Facets(CallReader reader, string prefix)
    {
        string Name(string facet) => prefix.Length == 0 ? facet : prefix + char.ToUpperInvariant(facet[0]) + facet[1..];
        return new Facets(
            reader.Int(Name("maxLength")),
            reader.Int(Name("precision")),
            reader.Int(Name("scale")),
            ColumnDefinitions.BoolOrNull(reader, Name("unicode")),
            ColumnDefinitions.BoolOrNull(reader, Name("fixedLength")));
    }

    private static bool Changed(CallReader reader, string property) =>
        reader.Text(property) != reader.Text("old" + char.ToUpperInvariant(property[0]) + property[1..]);

    private static string? Describe(ValueGeneration generation) => generation switch
    {
        ValueGeneration.Identity => "an identity",
        ValueGeneration.Serial => "a sequence (serial)",
        _ => null,
    };
}
