using System.Collections.Immutable;
using System.Globalization;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using MigrationLint.Core.Model;
using ColumnType = MigrationLint.Core.Model.ColumnType;

namespace MigrationLint.SqlServer.Translation;

/// <summary>
/// Data types as one canonical spelling, so that equal types compare equal: lower case, synonyms
/// folded (numeric is decimal, timestamp is rowversion, float(1-24) is real, sysname is
/// nvarchar(128)) and the defaults a column definition gets written out (varchar is varchar(1),
/// decimal is decimal(18,0), datetime2 is datetime2(7)). MAX is the length -1.
/// </summary>
internal static class TypeNames
{
    public const int Max = -1;

    public static ColumnType Read(DataTypeReference type) => type switch
    {
        SqlDataTypeReference sql => Sql(sql),
        XmlDataTypeReference => Make("xml", []),
        UserDataTypeReference user when user.Name.BaseIdentifier.Value.Equals("sysname", StringComparison.OrdinalIgnoreCase) && user.Name.SchemaIdentifier is null =>
            Make("nvarchar", [128]),
        _ when type.Name is { } name => Make(Names.Of(name).ToString().ToLowerInvariant(), []),
        _ => Make("unknown", []),
    };

    private static ColumnType Sql(SqlDataTypeReference type)
    {
        var parameters = type.Parameters.Select(Parameter).ToList();
        var name = type.SqlDataTypeOption switch
        {
            SqlDataTypeOption.Numeric => "decimal",
            SqlDataTypeOption.Timestamp => "rowversion",
            SqlDataTypeOption.Float when parameters is [<= 24 and > 0] => "real",
            var option => option.ToString().ToLowerInvariant(),
        };
        ImmutableArray<int> modifiers = name switch
        {
            "char" or "varchar" or "nchar" or "nvarchar" or "binary" or "varbinary" => [parameters is [var length, ..] ? length : 1],
            "decimal" => parameters switch
            {
                [var precision, var scale, ..] => [precision, scale],
                [var precision] => [precision, 0],
                _ => [18, 0],
            },
            "datetime2" or "time" or "datetimeoffset" => [parameters is [var digits, ..] ? digits : 7],
            "float" or "real" => [],
            _ => [.. parameters],
        };
        return Make(name, modifiers);
    }

    private static int Parameter(Literal literal) => literal switch
    {
        MaxLiteral => Max,
        _ when int.TryParse(literal.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) => value,
        _ => 0,
    };

    private static ColumnType Make(string name, ImmutableArray<int> modifiers)
    {
        var text = modifiers.IsEmpty
            ? name
            : $"{name}({string.Join(',', modifiers.Select(m => m == Max ? "max" : m.ToString(CultureInfo.InvariantCulture)))})";
        return new ColumnType(name, modifiers, 0, text);
    }
}
