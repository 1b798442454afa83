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

    /// <summary>The candidates that are whole words in the marker pattern (<c>\b…\b</c>).</summary>
    private static readonly string[] Words = ["sp_rename", "nvarchar", "nchar", "ntext", "uniqueidentifier", "datetime2", "datetimeoffset", "nonclustered", "sysname"];

    /// <summary>
    /// What any marker needs somewhere in the raw text: every match of the slow path below is made
    /// of characters that stand next to each other in the text, so a script without one of these
    /// (most PostgreSQL scripts) is answered without blanking its comments and strings.
    /// </summary>
    /// <remarks>
    /// The bracket is looked for on its own: a one-character candidate among the words would make
    /// the search a character-at-a-time automaton instead of a vectorised scan.
    /// </remarks>
    private static readonly SearchValues<string> Candidates = SearchValues.Create([.. Words, "max"], StringComparison.OrdinalIgnoreCase);

    // Searchers rather than string.IndexOf(…, OrdinalIgnoreCase), which the invariant globalization
    // mode we ship with answers a character at a time.
    private static readonly SearchValues<string> Go = SearchValues.Create(["go"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> NQuote = SearchValues.Create(["n'"], StringComparison.OrdinalIgnoreCase);

    /// <summary>The first marker found, for messages; null when the script shows none.</summary>
    public static string? Find(string text)
    {
        if (MayHoldGoLine(text) && Batches.GoLines(text).Any())
        {
            return "GO";
        }

        return MayHoldCodeMarker(text) || MayHoldNString(text) ? FindInCode(text) : null;
    }

    /// <summary>
    /// Whether some candidate in the raw text could be a marker once comments and strings are
    /// blanked. PostgreSQL is full of near misses, and each is ruled out by what stands next to it in
    /// the raw text, which blanking cannot change: a word glued to another (<c>context</c> holds
    /// <c>ntext</c>), a bracket after a name or a closing bracket or parenthesis (<c>text[]</c>,
    /// <c>ARRAY[…]</c>), <c>max</c> before anything but a closing parenthesis, a comment or a
    /// string (<c>max(price)</c>). Anything else goes to <see cref="FindInCode"/>.
    /// </summary>
    private static bool MayHoldCodeMarker(string text)
    {
        for (var at = text.IndexOf('['); at >= 0; at = text.IndexOf('[', at + 1))
        {
            // Any letter: ignoring case, the pattern's [A-Za-z] also takes the Kelvin sign.
            if (at + 1 < text.Length && (char.IsLetter(text[at + 1]) || text[at + 1] is '_' or '@' or '#')
                && (at == 0 || !(IsStrictWordCharacter(text[at - 1]) || text[at - 1] is ']' or ')')))
            {
                return true;
            }
        }

        for (var at = IndexOf(text, Candidates, 0); at >= 0; at = IndexOf(text, Candidates, at + 1))
        {
            var before = at == 0 || !IsStrictWordCharacter(text[at - 1]);
            if (!before)
            {
                continue;
            }

            if (text.AsSpan(at).StartsWith("max", StringComparison.OrdinalIgnoreCase))
            {
                var next = at + 3;
                while (next < text.Length && char.IsWhiteSpace(text[next]))
                {
                    next++;
                }

                if (next == text.Length || text[next] is ')' or '/' or '-' or '\'' or '"')
                {
                    return true;
                }

                continue;
            }

            foreach (var word in Words)
            {
                if (text.AsSpan(at).StartsWith(word, StringComparison.OrdinalIgnoreCase)
                    && (at + word.Length == text.Length || !IsStrictWordCharacter(text[at + word.Length])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The markers in code only: comments and strings blanked, then the marker pattern.</summary>
    internal static string? FindInCode(string text)
    {
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
        for (var at = IndexOf(text, Go, 0); at >= 0; at = IndexOf(text, Go, at + 2))
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
        for (var at = IndexOf(text, NQuote, 0); at >= 0; at = IndexOf(text, NQuote, at + 2))
        {
            if (at == 0 || !IsWordCharacter(text[at - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static int IndexOf(string text, SearchValues<string> value, int from) =>
        text.AsSpan(from).IndexOfAny(value) is var at and >= 0 ? from + at : -1;

    /// <summary>Letters, digits and the underscore: characters the pattern's <c>\w</c> certainly counts as word characters.</summary>
    private static bool IsStrictWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c is '_' or '$' or '@' or '#';
}
