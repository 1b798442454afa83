namespace MigrationLint.SqlServer.Translation;

/// <summary>
/// Just enough of T-SQL's lexical rules to step over strings (<c>'…'</c>, <c>N'…'</c>), quoted names
/// (<c>[…]</c>, <c>"…"</c>) and comments (<c>--</c>, nested <c>/* */</c>) without looking inside them.
/// </summary>
internal static class SqlText
{
    /// <summary>The offset after the token, comment or single character at <paramref name="i"/>.</summary>
    public static int SkipToken(string text, int i)
    {
        var c = text[i];
        if (c == '-' && i + 1 < text.Length && text[i + 1] == '-')
        {
            var end = text.IndexOf('\n', i);
            return end < 0 ? text.Length : end + 1;
        }

        if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
        {
            return SkipBlockComment(text, i);
        }

        return c switch
        {
            '\'' => SkipQuoted(text, i, '\''),
            '"' => SkipQuoted(text, i, '"'),
            '[' => SkipQuoted(text, i, ']'),
            _ => i + 1,
        };
    }

    /// <summary>Past the closing quote; a doubled closing quote stands for itself.</summary>
    private static int SkipQuoted(string text, int i, char close)
    {
        var p = i + 1;
        while (p < text.Length)
        {
            if (text[p] == close)
            {
                if (p + 1 < text.Length && text[p + 1] == close)
                {
                    p += 2;
                    continue;
                }

                return p + 1;
            }

            p++;
        }

        return text.Length;
    }

    /// <summary>T-SQL block comments nest.</summary>
    private static int SkipBlockComment(string text, int i)
    {
        var depth = 0;
        var p = i;
        while (p < text.Length)
        {
            if (text[p] == '/' && p + 1 < text.Length && text[p + 1] == '*')
            {
                depth++;
                p += 2;
            }
            else if (text[p] == '*' && p + 1 < text.Length && text[p + 1] == '/')
            {
                p += 2;
                if (--depth == 0)
                {
                    return p;
                }
            }
            else
            {
                p++;
            }
        }

        return text.Length;
    }
}
