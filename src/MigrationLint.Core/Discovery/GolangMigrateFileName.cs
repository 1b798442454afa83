namespace MigrationLint.Core.Discovery;

/// <summary>
/// A golang-migrate file name taken apart: <c>NNNNNN[_name][.dialect][.autocommit].up.sql</c> (or
/// <c>.down.sql</c>), letters in any case. It is the regular expression
/// <c>^(?&lt;version&gt;\d+)(?:_(?&lt;name&gt;.*?))?(?:\.(?&lt;dialect&gt;postgres|postgresql|mysql|sqlite3?|cockroach|cockroachdb|sqlserver|mssql))?(?:\.autocommit)?\.(?&lt;direction&gt;up|down)\.sql$</c>
/// (ignoring case, culture-invariant) written out by hand, backtracking order and all, because every
/// file of every folder is tried and a regex match costs microseconds and a handful of objects.
/// A test holds the two to the same answers.
/// </summary>
internal readonly record struct GolangMigrateFileName(string Version, string Name, string Dialect, bool IsUp)
{
    /// <summary>The dialect alternatives in the order the expression tries them (<c>sqlite3?</c> is greedy).</summary>
    private static readonly string[] Dialects = ["postgres", "postgresql", "mysql", "sqlite3", "sqlite", "cockroach", "cockroachdb", "sqlserver", "mssql"];

    public static GolangMigrateFileName? Parse(ReadOnlySpan<char> fileName)
    {
        var digits = 0;
        while (digits < fileName.Length && char.IsDigit(fileName[digits]))
        {
            digits++;
        }

        if (digits == 0 || digits == fileName.Length)
        {
            return null;
        }

        var version = fileName[..digits];
        if (fileName[digits] == '_')
        {
            // The name is as short as the rest allows (.*? is lazy) and never crosses a line break.
            for (var end = digits + 1; ; end++)
            {
                if (Suffix(fileName[end..]) is { } suffix)
                {
                    return new(version.ToString(), fileName[(digits + 1)..end].ToString(), suffix.Dialect, suffix.IsUp);
                }

                if (end == fileName.Length || fileName[end] == '\n')
                {
                    return null;
                }
            }
        }

        return fileName[digits] == '.' && Suffix(fileName[digits..]) is { } bare
            ? new(version.ToString(), string.Empty, bare.Dialect, bare.IsUp)
            : null;
    }

    /// <summary><c>(?:\.(?&lt;dialect&gt;…))?(?:\.autocommit)?\.(?&lt;direction&gt;up|down)\.sql$</c></summary>
    private static (string Dialect, bool IsUp)? Suffix(ReadOnlySpan<char> text)
    {
        // Every alternative starts with a dot: elsewhere there is nothing to try.
        if (text.IsEmpty || text[0] != '.')
        {
            return null;
        }

        foreach (var dialect in Dialects)
        {
            if (StartsWith(text[1..], dialect) && AfterDialect(text[(1 + dialect.Length)..]) is { } isUp)
            {
                return (text.Slice(1, dialect.Length).ToString(), isUp);
            }
        }

        return AfterDialect(text) is { } up ? (string.Empty, up) : null;
    }

    /// <summary><c>(?:\.autocommit)?\.(up|down)\.sql$</c>; whether it is up.</summary>
    private static bool? AfterDialect(ReadOnlySpan<char> text) =>
        StartsWith(text, ".autocommit") && Direction(text[".autocommit".Length..]) is { } isUp ? isUp : Direction(text);

    /// <summary><c>\.(up|down)\.sql$</c>, where <c>$</c> also matches before a final line break.</summary>
    private static bool? Direction(ReadOnlySpan<char> text)
    {
        var isUp = StartsWith(text, ".up");
        if (!isUp && !StartsWith(text, ".down"))
        {
            return null;
        }

        var rest = text[(isUp ? 3 : 5)..];
        return StartsWith(rest, ".sql") && rest[4..] is "" or "\n" ? isUp : null;
    }

    /// <summary>
    /// Whether <paramref name="text"/> starts with <paramref name="word"/> (lower case ASCII) in any
    /// case, as the expression compares: ASCII letters both ways, and the Kelvin sign for k.
    /// </summary>
    private static bool StartsWith(ReadOnlySpan<char> text, string word)
    {
        if (text.Length < word.Length)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            var (c, w) = (text[i], word[i]);
            if (c != w && !(char.IsAsciiLetterLower(w) && (c == w - 32 || (w == 'k' && c == '\u212A'))))
            {
                return false;
            }
        }

        return true;
    }
}
