using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using MigrationLint.SqlServer.Translation;

namespace MigrationLint.SqlServer;

/// <summary>
/// Signs that a script is T-SQL that no PostgreSQL script carries: GO batch separator lines,
/// sp_rename, bracketed names (<c>[dbo].[orders]</c>), N'…' strings, and the type and index words
/// only SQL Server has (nvarchar, uniqueidentifier, datetime2, NONCLUSTERED, (MAX)). Comments and
/// the insides of strings are not looked at, and brackets that follow a name or a closing bracket
/// (PostgreSQL's array subscripts and types, <c>tags[1]</c>, <c>int[]</c>) do not count.
/// </summary>
public static partial class TSqlMarkers
{
    [GeneratedRegex(
        @"\bsp_rename\b|(?<![\w\])$])\[[A-Za-z_@#][^\[\]\r\n']*\]|\b(nvarchar|nchar|ntext|uniqueidentifier|datetime2|datetimeoffset|nonclustered|sysname)\b|\(\s*max\s*\)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CodeMarker();

    /// <summary>
    /// What any marker needs somewhere in the raw text: every match of the slow path below is made
    /// of characters that stand next to each other in the text, so a script without one of these
    /// (most PostgreSQL scripts) is answered without blanking its comments and strings.
    /// </summary>
    private static readonly SearchValues<string> Candidates = SearchValues.Create(
        ["sp_rename", "[", "nvarchar", "nchar", "ntext", "uniqueidentifier", "datetime2", "datetimeoffset", "nonclustered", "sysname", "max"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>The first marker found, for messages; null when the script shows none.</summary>
    public static string? Find(string text)
    {
        if (MayHoldGoLine(text) && Batches.GoLines(text).Any())
        {
            return "GO";
        }

        if (!text.AsSpan().ContainsAny(Candidates) && !MayHoldNString(text))
        {
            return null;
        }

        var code = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var next = SqlText.SkipToken(text, i);
            var c = text[i];
            if (c == '\'' && i > 0 && text[i - 1] is 'N' or 'n' && (i == 1 || !IsWordCharacter(text[i - 2])))
            {
                return "N'…'";
            }

            // Comments and strings become blanks; quoted names stay, so [brackets] can be seen.
            var keep = c == '[' || next == i + 1;
            code.Append(keep ? text.AsSpan(i, next - i) : " ");
            i = next;
        }

        return CodeMarker().Match(code.ToString()) is { Success: true } match ? match.Value : null;
    }

    /// <summary>Whether some "go" starts a line (after blanks): a GO line needs one; most scripts have none.</summary>
    private static bool MayHoldGoLine(string text)
    {
        for (var at = text.IndexOf("go", StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf("go", at + 2, StringComparison.OrdinalIgnoreCase))
        {
            var before = at - 1;
            while (before >= 0 && text[before] is ' ' or '\t')
            {
                before--;
            }

            if (before < 0 || text[before] == '\n')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether some N' stands after a non-word character: an N'…' string needs one.</summary>
    private static bool MayHoldNString(string text)
    {
        for (var at = text.IndexOf("n'", StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf("n'", at + 2, StringComparison.OrdinalIgnoreCase))
        {
            if (at == 0 || !IsWordCharacter(text[at - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c is '_' or '$' or '@' or '#';
}
