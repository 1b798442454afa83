using MigrationLint.Core.Discovery;

namespace MigrationLint.EfCore.Types;

/// <summary>
/// The store type each provider maps a CLR type to by default (Npgsql, SQL Server), for the calls that
/// give only <c>AddColumn&lt;string&gt;(maxLength: 100)</c> and no <c>type:</c>. The result is then read
/// by the dialect's own front end, so the names are the ones its type classifier knows.
/// </summary>
internal static class ClrStoreTypes
{
    public static string? For(string dialect, string clrType, Facets facets) => dialect switch
    {
        DialectNames.Postgres => Postgres(clrType, facets),
        DialectNames.SqlServer => SqlServer(clrType, facets),
        _ => null,
    };

    /// <summary>C# keyword or framework name, without <c>System.</c>, <c>global::</c> or nullability.</summary>
    public static string Normalise(string clrType)
    {
        var name = clrType.Replace("global::", string.Empty, StringComparison.Ordinal).Replace("System.", string.Empty, StringComparison.Ordinal).Trim().TrimEnd('?');
        return name switch
        {
            "String" => "string",
            "Int32" => "int",
            "Int64" => "long",
            "Int16" => "short",
            "Byte" => "byte",
            "SByte" => "sbyte",
            "UInt32" => "uint",
            "UInt64" => "ulong",
            "UInt16" => "ushort",
            "Boolean" => "bool",
            "Decimal" => "decimal",
            "Double" => "double",
            "Single" => "float",
            "Char" => "char",
            "Byte[]" => "byte[]",
            _ => name,
        };
    }

    private static string? Postgres(string clrType, Facets facets) => Normalise(clrType) switch
    {
        "string" when facets.FixedLength == true => $"character({facets.MaxLength ?? 1})",
        "string" => facets.MaxLength is { } length ? $"character varying({length})" : "text",
        "int" or "ushort" => "integer",
        "long" or "uint" => "bigint",
        "short" or "byte" or "sbyte" => "smallint",
        "ulong" => "numeric(20,0)",
        "bool" => "boolean",
        "decimal" => Numeric("numeric", facets.Precision, facets.Scale),
        "double" => "double precision",
        "float" => "real",
        "DateTime" or "DateTimeOffset" => "timestamp with time zone",
        "DateOnly" => "date",
        "TimeOnly" => "time without time zone",
        "TimeSpan" => "interval",
        "Guid" => "uuid",
        "byte[]" => "bytea",
        "char" => "character(1)",
        "JsonDocument" or "JsonElement" => "jsonb",
        "string[]" or "List<string>" => "text[]",
        "int[]" or "List<int>" => "integer[]",
        _ => null,
    };

    private static string? SqlServer(string clrType, Facets facets) => Normalise(clrType) switch
    {
        "string" => (facets.Unicode == false ? string.Empty : "n") + (facets.FixedLength == true ? "char" : "varchar")
            + $"({(facets.MaxLength is { } length ? length : facets.FixedLength == true ? 1 : "max")})",
        "int" => "int",
        "long" => "bigint",
        "short" => "smallint",
        "byte" => "tinyint",
        "bool" => "bit",
        "decimal" => Numeric("decimal", facets.Precision ?? 18, facets.Scale ?? 2),
        "double" => "float",
        "float" => "real",
        "DateTime" => "datetime2",
        "DateTimeOffset" => "datetimeoffset",
        "DateOnly" => "date",
        "TimeOnly" or "TimeSpan" => "time",
        "Guid" => "uniqueidentifier",
        "byte[]" => facets.MaxLength is { } length ? $"varbinary({length})" : "varbinary(max)",
        "char" => "nchar(1)",
        _ => null,
    };

    private static string Numeric(string name, int? precision, int? scale) =>
        precision is null ? name : scale is null ? $"{name}({precision})" : $"{name}({precision},{scale})";
}
