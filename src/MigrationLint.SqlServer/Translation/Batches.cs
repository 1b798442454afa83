using System.Text.RegularExpressions;

namespace MigrationLint.SqlServer.Translation;

/// <summary>
/// Splits a script at GO lines, as sqlcmd and SSMS do before anything reaches the server: a line
/// holding only <c>GO</c> (any case), optionally a repeat count and a comment. A GO inside a string,
/// a quoted name or a block comment is text, not a separator. Each batch is parsed on its own, so a
/// batch that does not parse costs that batch, not the file.
/// </summary>
internal static partial class Batches
{
    [GeneratedRegex(@"\G[ \t]*go(?:[ \t]+\d+)?[ \t]*(?:--[^\r\n]*)?(?=\r?\n|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GoLine();

    /// <summary>The batches as [start, end) character ranges, GO lines left out.</summary>
    public static List<(int Start, int End)> Split(string text)
    {
        var batches = new List<(int, int)>();
        var batchStart = 0;
        foreach (var (lineStart, lineEnd) in GoLines(text))
        {
            batches.Add((batchStart, lineStart));
            batchStart = lineEnd;
        }

        batches.Add((batchStart, text.Length));
        return batches;
    }

    /// <summary>Each GO line as [start, end), end past its line break.</summary>
    public static IEnumerable<(int Start, int End)> GoLines(string text)
    {
        var i = 0;
        var atLineStart = true;
        while (i < text.Length)
        {
            if (atLineStart && GoLine().Match(text, i) is { Success: true } go)
            {
                var end = go.Index + go.Length;
                end = end < text.Length && text[end] == '\r' ? end + 1 : end;
                end = end < text.Length && text[end] == '\n' ? end + 1 : end;
                yield return (i, end);
                i = end;
                continue;
            }

            var next = SqlText.SkipToken(text, i);
            atLineStart = text[next - 1] == '\n';
            i = next;
        }
    }
}
