using MigrationLint.Core.Dialects;
using MigrationLint.Core.Model;

namespace MigrationLint.Postgres;

/// <summary>
/// What ALTER COLUMN … TYPE does to values and to the old code, for PostgreSQL's built-in types.
/// PostgreSQL converts with assignment casts: a value that does not fit raises an error (nothing is
/// lost, the statement fails), except where the cast itself rounds or truncates silently.
/// </summary>
internal static class PostgresTypeChanges
{
    private static readonly Dictionary<string, int> IntegerRank = new(StringComparer.Ordinal)
    {
        ["int2"] = 1, ["int4"] = 2, ["int8"] = 3,
    };

    /// <summary>Decimal digits an integer type needs, to tell whether numeric(p, s) holds it.</summary>
    private static readonly Dictionary<string, int> IntegerDigits = new(StringComparer.Ordinal)
    {
        ["int2"] = 5, ["int4"] = 10, ["int8"] = 19,
    };

    private static readonly HashSet<string> TextTypes = new(StringComparer.Ordinal) { "text", "varchar", "bpchar", "citext", "name" };

    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "int2", "int4", "int8", "numeric", "float4", "float8", "money", "text", "varchar", "bpchar", "citext", "name",
        "bool", "date", "timestamp", "timestamptz", "time", "timetz", "interval", "uuid", "json", "jsonb", "bytea",
        "inet", "cidr", "macaddr", "macaddr8", "xml", "bit", "varbit", "tsvector", "oid", "point", "int4range",
        "int8range", "numrange", "tsrange", "tstzrange", "daterange",
    };

    public static bool IsText(string name) => TextTypes.Contains(name);

    public static TypeChange Classify(ColumnType from, ColumnType to)
    {
        if (from.Equals(to))
        {
            return new(TypeChangeKind.Same, $"the type stays {to}");
        }

        if (from.ArrayDimensions != to.ArrayDimensions)
        {
            return new(TypeChangeKind.Incompatible, $"{from} and {to} differ in array dimensions");
        }

        if (from.ArrayDimensions > 0)
        {
            var element = Classify(@from with { ArrayDimensions = 0 }, to with { ArrayDimensions = 0 });
            return element with { Reason = $"array elements: {element.Reason}" };
        }

        if (!Known.Contains(from.Name) || !Known.Contains(to.Name))
        {
            return from.Name == to.Name
                ? new(TypeChangeKind.Unknown, $"the modifiers of {from.Name} change ({from} to {to})")
                : new(TypeChangeKind.Unknown, $"{(Known.Contains(from.Name) ? to : from)} is not a built-in type MigrationLint can judge");
        }

        return Integer(from, to) ?? Numeric(from, to) ?? Floating(from, to) ?? Text(from, to) ?? Temporal(from, to)
            ?? Json(from, to) ?? Other(from, to);
    }

    private static TypeChange? Integer(ColumnType from, ColumnType to)
    {
        if (IntegerRank.TryGetValue(from.Name, out var fromRank) && IntegerRank.TryGetValue(to.Name, out var toRank))
        {
            return toRank > fromRank
                ? new(TypeChangeKind.Widening, $"{to} holds every {from} value")
                : new(TypeChangeKind.Narrowing, $"{to} cannot hold every {from} value: larger values are rejected");
        }

        if (IntegerRank.ContainsKey(from.Name) && to.Name == "numeric")
        {
            return NumericDigits(to) is not { } digits || digits.Precision - digits.Scale >= IntegerDigits[from.Name]
                ? new(TypeChangeKind.Widening, $"{to} holds every {from} value")
                : new(TypeChangeKind.Narrowing, $"{to} has too few integer digits for every {from} value");
        }

        if (IntegerRank.ContainsKey(from.Name) && to.Name is "float4" or "float8")
        {
            var exact = to.Name == "float8" ? from.Name != "int8" : from.Name == "int2";
            return exact
                ? new(TypeChangeKind.Widening, $"{to} represents every {from} value exactly")
                : new(TypeChangeKind.Lossy, $"{to} rounds large {from} values (it keeps only {(to.Name == "float8" ? 15 : 6)} significant digits)");
        }

        return null;
    }

    private static TypeChange? Numeric(ColumnType from, ColumnType to)
    {
        if (from.Name == "numeric" && to.Name == "numeric")
        {
            var source = NumericDigits(from);
            var target = NumericDigits(to);
            if (target is null)
            {
                return new(TypeChangeKind.Widening, "unconstrained numeric holds every value");
            }

            if (source is null || target.Value.Scale < source.Value.Scale)
            {
                return new(TypeChangeKind.Lossy, $"{to} rounds values to {target.Value.Scale} decimal places, silently");
            }

            return target.Value.Precision - target.Value.Scale < source.Value.Precision - source.Value.Scale
                ? new(TypeChangeKind.Narrowing, $"{to} has fewer integer digits than {from}: larger values are rejected")
                : new(TypeChangeKind.Widening, $"{to} holds every {from} value");
        }

        if (from.Name == "numeric" && IntegerRank.ContainsKey(to.Name))
        {
            return NumericDigits(from) is { Scale: 0 } digits && digits.Precision <= IntegerDigits[to.Name] - 1
                ? new(TypeChangeKind.Widening, $"{to} holds every {from} value")
                : NumericDigits(from) is { Scale: 0 }
                    ? new(TypeChangeKind.Narrowing, $"{to} cannot hold every {from} value: larger values are rejected")
                    : new(TypeChangeKind.Lossy, $"{to} rounds away the fractional part of {from} values, silently");
        }

        if (from.Name == "numeric" && to.Name is "float4" or "float8")
        {
            return new(TypeChangeKind.Lossy, $"{to} keeps only {(to.Name == "float8" ? 15 : 6)} significant digits of {from} values");
        }

        return null;
    }

    private static TypeChange? Floating(ColumnType from, ColumnType to)
    {
        if (from.Name is not ("float4" or "float8"))
        {
            return null;
        }

        return to.Name switch
        {
            "float8" => new(TypeChangeKind.Widening, $"{to} holds every {from} value"),
            "float4" => new(TypeChangeKind.Lossy, $"{to} keeps only 6 significant digits of {from} values"),
            "numeric" when NumericDigits(to) is null => new(TypeChangeKind.Widening, $"{to} holds every {from} value exactly"),
            "numeric" => new(TypeChangeKind.Lossy, $"{to} rounds {from} values to {NumericDigits(to)!.Value.Scale} decimal places"),
            _ when IntegerRank.ContainsKey(to.Name) => new(TypeChangeKind.Lossy, $"{to} rounds away the fractional part of {from} values"),
            _ => null,
        };
    }

    private static TypeChange? Text(ColumnType from, ColumnType to)
    {
        var fromText = IsText(from.Name);
        var toText = IsText(to.Name);
        if (fromText && toText)
        {
            var fromLength = Length(from);
            var toLength = Length(to);
            if (toLength is null)
            {
                return new(TypeChangeKind.Widening, $"{to} has no length limit");
            }

            if (fromLength is null || toLength < fromLength)
            {
                return new(TypeChangeKind.Narrowing, $"{to} allows at most {toLength} characters: longer values are rejected");
            }

            return new(TypeChangeKind.Widening, $"{to} holds every {from} value");
        }

        if (fromText)
        {
            return new(TypeChangeKind.Incompatible, $"{to} accepts only some of the strings the old code writes into a {from} column");
        }

        if (toText)
        {
            return Length(to) is { } limit && from.Name is not ("bool" or "uuid")
                ? new(TypeChangeKind.Narrowing, $"{from} values become strings of at most {limit} characters; the old code's queries compare them as {from}")
                : new(TypeChangeKind.Incompatible, $"{from} values become strings; the old code's queries and parameters treat them as {from}");
        }

        return null;
    }

    private static TypeChange? Temporal(ColumnType from, ColumnType to)
    {
        var pair = (from.Name, to.Name);
        return pair switch
        {
            ("timestamp", "timestamptz") => new(TypeChangeKind.Widening, "timestamp values are read as local time and gain a time zone"),
            ("date", "timestamp" or "timestamptz") => new(TypeChangeKind.Widening, $"every date is a {to} at midnight"),
            ("timestamptz", "timestamp") => new(TypeChangeKind.Incompatible, "values lose their time zone and shift to the session's local time"),
            ("timestamp" or "timestamptz", "date") => new(TypeChangeKind.Lossy, "the time of day is discarded, silently"),
            ("timestamp", "timestamp") or ("timestamptz", "timestamptz") or ("time", "time") or ("timetz", "timetz") =>
                Precision(to) is { } toPrecision && (Precision(from) ?? 6) > toPrecision
                    ? new(TypeChangeKind.Lossy, $"fractional seconds are rounded to {toPrecision} digits, silently")
                    : new(TypeChangeKind.Widening, $"{to} keeps every {from} value"),
            ("time", "timetz") => new(TypeChangeKind.Widening, "time values gain a time zone"),
            _ => null,
        };
    }

    private static TypeChange? Json(ColumnType from, ColumnType to) => (from.Name, to.Name) switch
    {
        ("json", "jsonb") => new(TypeChangeKind.Widening, "jsonb reads back the same documents (whitespace, key order and duplicate keys are normalised)"),
        ("jsonb", "json") => new(TypeChangeKind.Widening, "json stores every jsonb document"),
        _ => null,
    };

    private static TypeChange Other(ColumnType from, ColumnType to) => (from.Name, to.Name) switch
    {
        ("cidr", "inet") => new(TypeChangeKind.Widening, "inet holds every cidr value"),
        ("inet", "cidr") => new(TypeChangeKind.Narrowing, "cidr rejects addresses with host bits set"),
        ("varbit", "varbit") or ("bit", "bit") or ("bit", "varbit") => Length(to) is { } limit && (Length(from) ?? int.MaxValue) > limit
            ? new(TypeChangeKind.Narrowing, $"{to} allows at most {limit} bits")
            : new(TypeChangeKind.Widening, $"{to} holds every {from} value"),
        _ => new(TypeChangeKind.Incompatible, $"{from} and {to} are different kinds of value"),
    };

    private static (int Precision, int Scale)? NumericDigits(ColumnType type) => type.Modifiers switch
    {
        [var precision] => (precision, 0),
        [var precision, var scale] => (precision, scale),
        _ => null,
    };

    /// <summary>A string type's length limit; text, unbounded varchar and citext have none (bpchar without one is char(1)).</summary>
    private static int? Length(ColumnType type) => type.Modifiers switch
    {
        [var length] => length,
        _ when type.Name == "bpchar" => 1,
        _ => null,
    };

    private static int? Precision(ColumnType type) => type.Modifiers is [var precision] ? precision : null;
}
