using MigrationLint.Core.Dialects;
using MigrationLint.Core.Model;

namespace MigrationLint.SqlServer;

/// <summary>
/// What ALTER COLUMN does to values and to the old code, for SQL Server's built-in types (names as
/// <see cref="Translation.TypeNames"/> writes them: <c>decimal</c> for numeric, <c>rowversion</c> for
/// timestamp, <c>real</c> for float(1-24); a length of -1 is MAX). SQL Server refuses a conversion
/// that overflows or truncates a string (nothing is lost, the statement fails), but rounds decimals
/// and fractional seconds, drops the time of day and the time zone offset, and turns Unicode
/// characters that a code page lacks into '?', silently.
/// </summary>
internal static class SqlServerTypeChanges
{
    private const int Max = -1;

    private static readonly Dictionary<string, int> IntegerRank = new(StringComparer.Ordinal)
    {
        ["tinyint"] = 0, ["smallint"] = 1, ["int"] = 2, ["bigint"] = 3,
    };

    /// <summary>Decimal digits an integer type needs, to tell whether decimal(p, s) holds it.</summary>
    private static readonly Dictionary<string, int> IntegerDigits = new(StringComparer.Ordinal)
    {
        ["tinyint"] = 3, ["smallint"] = 5, ["int"] = 10, ["bigint"] = 19,
    };

    private static readonly HashSet<string> UnicodeText = new(StringComparer.Ordinal) { "nchar", "nvarchar", "ntext" };

    private static readonly HashSet<string> Text = new(StringComparer.Ordinal) { "char", "varchar", "text", "nchar", "nvarchar", "ntext" };

    private static readonly HashSet<string> Binary = new(StringComparer.Ordinal) { "binary", "varbinary", "image" };

    private static readonly HashSet<string> Temporal = new(StringComparer.Ordinal)
    {
        "date", "time", "datetime", "datetime2", "smalldatetime", "datetimeoffset",
    };

    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "tinyint", "smallint", "int", "bigint", "bit", "decimal", "money", "smallmoney", "float", "real",
        "char", "varchar", "text", "nchar", "nvarchar", "ntext", "binary", "varbinary", "image",
        "date", "time", "datetime", "datetime2", "smalldatetime", "datetimeoffset", "uniqueidentifier",
        "xml", "json", "rowversion", "sql_variant", "hierarchyid", "geography", "geometry",
    };

    public static bool IsText(string name) => Text.Contains(name);

    public static TypeChange Classify(ColumnType from, ColumnType to)
    {
        if (from.Equals(to))
        {
            return new(TypeChangeKind.Same, $"the type stays {to}");
        }

        if (!Known.Contains(from.Name) || !Known.Contains(to.Name))
        {
            return from.Name == to.Name
                ? new(TypeChangeKind.Unknown, $"the modifiers of {from.Name} change ({from} to {to})")
                : new(TypeChangeKind.Unknown, $"{(Known.Contains(from.Name) ? to : from)} is not a built-in type MigrationLint can judge");
        }

        return Integer(from, to) ?? Exact(from, to) ?? Floating(from, to) ?? Strings(from, to) ?? Bytes(from, to)
            ?? Times(from, to) ?? Other(from, to);
    }

    private static TypeChange? Integer(ColumnType from, ColumnType to)
    {
        if (!IntegerRank.TryGetValue(from.Name, out var fromRank))
        {
            return null;
        }

        if (IntegerRank.TryGetValue(to.Name, out var toRank))
        {
            return toRank > fromRank
                ? new(TypeChangeKind.Widening, $"{to} holds every {from} value")
                : new(TypeChangeKind.Narrowing, $"{to} cannot hold every {from} value: larger (or, for tinyint, negative) values are rejected");
        }

        if (Digits(to) is { } digits)
        {
            return digits.Precision - digits.Scale >= IntegerDigits[from.Name]
                ? new(TypeChangeKind.Widening, $"{to} holds every {from} value")
                : new(TypeChangeKind.Narrowing, $"{to} has too few integer digits for every {from} value");
        }

        return to.Name switch
        {
            "float" => from.Name == "bigint"
                ? new(TypeChangeKind.Lossy, $"{to} rounds large bigint values (it keeps 15 significant digits)")
                : new(TypeChangeKind.Widening, $"{to} represents every {from} value exactly"),
            "real" => from.Name is "tinyint" or "smallint"
                ? new(TypeChangeKind.Widening, $"{to} represents every {from} value exactly")
                : new(TypeChangeKind.Lossy, $"{to} rounds large {from} values (it keeps 7 significant digits)"),
            _ => null,
        };
    }

    /// <summary>decimal and the money types, which are decimals with four places.</summary>
    private static TypeChange? Exact(ColumnType from, ColumnType to)
    {
        if (Digits(from) is not { } source)
        {
            return null;
        }

        if (Digits(to) is { } target)
        {
            if (target.Scale < source.Scale)
            {
                return new(TypeChangeKind.Lossy, $"{to} rounds values to {target.Scale} decimal places, silently");
            }

            return target.Precision - target.Scale < source.Precision - source.Scale
                ? new(TypeChangeKind.Narrowing, $"{to} has fewer integer digits than {from}: larger values are rejected")
                : new(TypeChangeKind.Widening, $"{to} holds every {from} value");
        }

        if (IntegerRank.ContainsKey(to.Name))
        {
            return source.Scale > 0
                ? new(TypeChangeKind.Lossy, $"{to} drops the fractional part of {from} values, silently")
                : source.Precision < IntegerDigits[to.Name]
                    ? new(TypeChangeKind.Widening, $"{to} holds every {from} value")
                    : new(TypeChangeKind.Narrowing, $"{to} cannot hold every {from} value: larger values are rejected");
        }

        return to.Name is "float" or "real"
            ? new(TypeChangeKind.Lossy, $"{to} keeps only {(to.Name == "float" ? 15 : 7)} significant digits of {from} values")
            : null;
    }

    private static TypeChange? Floating(ColumnType from, ColumnType to)
    {
        if (from.Name is not ("float" or "real"))
        {
            return null;
        }

        return to.Name switch
        {
            "float" => new(TypeChangeKind.Widening, $"{to} holds every {from} value"),
            "real" => new(TypeChangeKind.Lossy, $"{to} keeps only 7 significant digits of {from} values"),
            _ when Digits(to) is not null => new(TypeChangeKind.Lossy, $"{to} rounds {from} values to {Digits(to)!.Value.Scale} decimal places"),
            _ when IntegerRank.ContainsKey(to.Name) => new(TypeChangeKind.Lossy, $"{to} drops the fractional part of {from} values"),
            _ => null,
        };
    }

    private static TypeChange? Strings(ColumnType from, ColumnType to)
    {
        var fromText = Text.Contains(from.Name);
        var toText = Text.Contains(to.Name);
        if (fromText && toText)
        {
            if (UnicodeText.Contains(from.Name) && !UnicodeText.Contains(to.Name))
            {
                return new(TypeChangeKind.Lossy, $"{to} stores characters of one code page only: other characters of {from} values become '?', silently");
            }

            var fromLength = Length(from);
            var toLength = Length(to);
            if (toLength != Max && (fromLength == Max || toLength < fromLength))
            {
                return new(TypeChangeKind.Narrowing, $"{to} allows at most {toLength} characters: longer values are rejected");
            }

            return new(TypeChangeKind.Widening, toLength == Max ? $"{to} has no length limit" : $"{to} holds every {from} value");
        }

        if (fromText)
        {
            return new(TypeChangeKind.Incompatible, $"{to} accepts only some of the strings the old code writes into a {from} column");
        }

        if (toText)
        {
            return Length(to) is var limit && limit != Max && from.Name is not ("bit" or "uniqueidentifier")
                ? new(TypeChangeKind.Narrowing, $"{from} values become strings of at most {limit} characters; the old code's queries compare them as {from}")
                : new(TypeChangeKind.Incompatible, $"{from} values become strings; the old code's queries and parameters treat them as {from}");
        }

        return null;
    }

    private static TypeChange? Bytes(ColumnType from, ColumnType to)
    {
        if (!Binary.Contains(from.Name) || !Binary.Contains(to.Name))
        {
            return null;
        }

        var toLength = Length(to);
        return toLength != Max && (Length(from) == Max || toLength < Length(from))
            ? new(TypeChangeKind.Narrowing, $"{to} allows at most {toLength} bytes: longer values are rejected")
            : new(TypeChangeKind.Widening, $"{to} holds every {from} value");
    }

    private static TypeChange? Times(ColumnType from, ColumnType to)
    {
        if (!Temporal.Contains(from.Name) || !Temporal.Contains(to.Name))
        {
            return null;
        }

        var fromDigits = FractionalDigits(from);
        var toDigits = FractionalDigits(to);
        return (from.Name, to.Name) switch
        {
            _ when from.Name == to.Name => toDigits < fromDigits
                ? new(TypeChangeKind.Lossy, $"fractional seconds are rounded to {toDigits} digits, silently")
                : new(TypeChangeKind.Widening, $"{to} keeps every {from} value"),
            ("time", _) or (_, "time") => new(TypeChangeKind.Incompatible, $"{from} and {to} are different kinds of value"),
            ("date", "datetime2" or "datetimeoffset") => new(TypeChangeKind.Widening, $"every date is a {to} at midnight"),
            ("date", "datetime" or "smalldatetime") => new(TypeChangeKind.Narrowing, $"{to} starts in {(to.Name == "datetime" ? 1753 : 1900)}: earlier dates are rejected"),
            (_, "date") => new(TypeChangeKind.Lossy, "the time of day is discarded, silently"),
            ("datetimeoffset", _) => new(TypeChangeKind.Lossy, "the time zone offset of every value is discarded, silently (the local time is kept)"),
            (_, "smalldatetime") => new(TypeChangeKind.Lossy, "seconds are rounded to the minute, silently"),
            ("smalldatetime", _) => new(TypeChangeKind.Widening, $"{to} holds every smalldatetime value"),
            ("datetime2", "datetime") => new(TypeChangeKind.Lossy, "datetime rounds to 1/300 of a second and starts in 1753"),
            _ when toDigits < fromDigits => new(TypeChangeKind.Lossy, $"fractional seconds are rounded to {toDigits} digits, silently"),
            (not "datetimeoffset", "datetimeoffset") => new(TypeChangeKind.Widening, $"{from} values are read as UTC and gain an offset"),
            _ => new(TypeChangeKind.Widening, $"{to} keeps every {from} value"),
        };
    }

    private static TypeChange Other(ColumnType from, ColumnType to) =>
        new(TypeChangeKind.Incompatible, $"{from} and {to} are different kinds of value");

    /// <summary>decimal(p, s); money and smallmoney are decimals with four places.</summary>
    private static (int Precision, int Scale)? Digits(ColumnType type) => type.Name switch
    {
        "decimal" => type.Modifiers is [var precision, var scale] ? (precision, scale) : (18, 0),
        "money" => (19, 4),
        "smallmoney" => (10, 4),
        _ => null,
    };

    /// <summary>Declared length; text, ntext and image have none (MAX).</summary>
    private static int Length(ColumnType type) =>
        type.Name is "text" or "ntext" or "image" ? Max : type.Modifiers is [var length, ..] ? length : 1;

    /// <summary>Digits of fractional seconds each type keeps; datetime's 1/300 s counts as 3.</summary>
    private static int FractionalDigits(ColumnType type) => type.Name switch
    {
        "datetime2" or "time" or "datetimeoffset" => type.Modifiers is [var digits] ? digits : 7,
        "datetime" => 3,
        _ => 0,
    };
}
