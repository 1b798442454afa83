using System.Collections.Immutable;
using MigrationLint.Core.Model;

namespace MigrationLint.Postgres.Translation;

/// <summary>
/// TypeName nodes to <see cref="ColumnType"/>: catalog names (<c>int4</c>, <c>varchar</c>,
/// <c>timestamptz</c>) whatever the spelling, so that history and window compare.
/// </summary>
internal static class TypeNames
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["int"] = "int4",
        ["integer"] = "int4",
        ["serial"] = "int4",
        ["serial4"] = "int4",
        ["smallint"] = "int2",
        ["smallserial"] = "int2",
        ["serial2"] = "int2",
        ["bigint"] = "int8",
        ["bigserial"] = "int8",
        ["serial8"] = "int8",
        ["boolean"] = "bool",
        ["float"] = "float8",
        ["double precision"] = "float8",
        ["real"] = "float4",
        ["decimal"] = "numeric",
        ["character varying"] = "varchar",
        ["character"] = "bpchar",
        ["char"] = "bpchar",
        ["timestamp with time zone"] = "timestamptz",
        ["timestamp without time zone"] = "timestamp",
        ["time with time zone"] = "timetz",
        ["time without time zone"] = "time",
    };

    private static readonly Dictionary<string, string> Display = new(StringComparer.Ordinal)
    {
        ["int2"] = "smallint",
        ["int4"] = "integer",
        ["int8"] = "bigint",
        ["bool"] = "boolean",
        ["float4"] = "real",
        ["float8"] = "double precision",
        ["bpchar"] = "char",
    };

    private static readonly HashSet<string> SerialNames = new(StringComparer.Ordinal)
    {
        "serial", "serial4", "smallserial", "serial2", "bigserial", "serial8",
    };

    public static ColumnType Read(PgNode typeName) => Read(typeName, out _);

    /// <summary>The type, and whether it is one of the serial pseudo-types (an integer column with a sequence behind it).</summary>
    public static ColumnType Read(PgNode typeName, out bool isSerial)
    {
        var names = typeName.Strings("names");
        isSerial = names is [var single] && SerialNames.Contains(single);
        var name = names switch
        {
            ["pg_catalog", var builtin] => builtin,
            [var only] => only,
            _ => string.Join('.', names),
        };
        name = Aliases.GetValueOrDefault(name, name);
        var modifiers = ImmutableArray.CreateBuilder<int>();
        foreach (var modifier in typeName.Items("typmods"))
        {
            if (modifier.IntegerValue() is { } value)
            {
                modifiers.Add(value);
            }
        }

        var arrayDimensions = 0;
        foreach (var _ in typeName.Items("arrayBounds"))
        {
            arrayDimensions++;
        }
        var typeModifiers = modifiers.DrainToImmutable();
        return new ColumnType(name, typeModifiers, arrayDimensions, Describe(name, typeModifiers, arrayDimensions));
    }

    private static string Describe(string name, ImmutableArray<int> modifiers, int arrayDimensions)
    {
        var text = Display.GetValueOrDefault(name, name);
        if (!modifiers.IsEmpty && name != "interval")
        {
            text += $"({string.Join(',', modifiers)})";
        }

        return text + string.Concat(Enumerable.Repeat("[]", arrayDimensions));
    }
}
