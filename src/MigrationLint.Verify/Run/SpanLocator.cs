using MigrationLint.Core.Model;
using MigrationLint.Core.Text;

namespace MigrationLint.Verify.Run;

/// <summary>
/// Where in a script an object is mentioned, so a finding about it points at the statement that
/// touches it: the object's name after its table's name, else the name anywhere, else its table's
/// name, else the first line.
/// </summary>
internal static class SpanLocator
{
    public static SourceSpan Find(string file, string? text, string name, string? table)
    {
        if (text is null)
        {
            return new SourceSpan(file, 1, 1, 1, 1);
        }

        var bare = Bare(name);
        var index = -1;
        if (table is not null && Word(text, Bare(table), 0) is var at and >= 0)
        {
            index = Word(text, bare, at);
        }

        if (index < 0)
        {
            index = Word(text, bare, 0);
        }

        var length = bare.Length;
        if (index < 0 && table is not null)
        {
            // The down never names the object (it forgot it): its table's statement is the nearest place.
            index = Word(text, Bare(table), 0);
            length = Bare(table).Length;
        }

        if (index < 0)
        {
            return new SourceSpan(file, 1, 1, 1, 1);
        }

        var lines = new LineIndex(text);
        var (line, column) = lines.Locate(index);
        var (endLine, endColumn) = lines.Locate(index + length);
        return new SourceSpan(file, line, column, endLine, endColumn);
    }

    public static SourceSpan At(string file, int line, int column) => new(file, line, column, line, column);

    /// <summary>The last part of a qualified name, unquoted: what a script most likely spells.</summary>
    private static string Bare(string name)
    {
        var last = name.Contains('"', StringComparison.Ordinal) ? name : name[(name.LastIndexOf('.') + 1)..];
        return last.Trim('"');
    }

    private static int Word(string text, string word, int from)
    {
        for (var i = text.IndexOf(word, from, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.OrdinalIgnoreCase))
        {
            var before = i == 0 ? ' ' : text[i - 1];
            var after = i + word.Length >= text.Length ? ' ' : text[i + word.Length];
            if (!IsIdentifier(before) && !IsIdentifier(after))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsIdentifier(char c) => char.IsLetterOrDigit(c) || c is '_' or '$';
}
