using Microsoft.CodeAnalysis.CSharp.Syntax;
using MigrationLint.Core.Model;
using MigrationLint.EfCore.Syntax;
using MigrationLint.EfCore.Types;

namespace MigrationLint.EfCore.Mapping;

/// <summary>A column as <c>AddColumn&lt;T&gt;</c> and <c>table.Column&lt;T&gt;</c> declare it. EF Core's <c>nullable</c> defaults to false.</summary>
internal static class ColumnDefinitions
{
    public static ColumnDefinition Read(string name, TypeSyntax? clrType, CallReader reader, Annotations annotations, MappingContext context)
    {
        var facets = new Facets(
            reader.Int("maxLength"), reader.Int("precision"), reader.Int("scale"), BoolOrNull(reader, "unicode"), BoolOrNull(reader, "fixedLength"));
        var type = context.TypeOf(reader.Text("type"), clrType?.ToString(), facets);
        var generation = Annotations.Generation(annotations.New);
        return new ColumnDefinition(
            name,
            type,
            NotNull: !reader.Bool("nullable", false),
            DefaultExpression: reader.Text("defaultValueSql") ?? reader.Source("defaultValue"),
            IsIdentity: generation == ValueGeneration.Identity,
            IsGenerated: reader.Has("computedColumnSql") || reader.Bool("rowVersion", false))
        {
            IsSerial = generation == ValueGeneration.Serial,
        };
    }

    public static bool? BoolOrNull(CallReader reader, string parameter) =>
        reader.Has(parameter) ? reader.Bool(parameter, false) : null;
}
