namespace MigrationLint.Postgres.Translation;

/// <summary>
/// Just enough of PostgreSQL's lexical rules to find things the parse tree gives no position for:
/// where a statement really starts (after comments), where each action of an ALTER TABLE begins,
/// and where a string literal ends. Strings, quoted identifiers, dollar quotes and nested comments
/// are skipped whole, so commas and parentheses inside them never count.
/// </summary>
internal static class SqlLexer
{
    /// <summary>The first position at or after <paramref name="position"/> that is not whitespace or a comment.</summary>
    public static int SkipTrivia(string text, int position, int end)
    {
        while (position < end)
        {
            var c = text[position];
            if (char.IsWhiteSpace(c))
            {
                position++;
            }
            else if (c == '-' && At(text, position + 1, end) == '-')
            {
                var newline = text.IndexOf('\n', position, end - position);
                position = newline < 0 ? end : newline + 1;
            }
            else if (c == '/' && At(text, position + 1, end) == '*')
            {
                position = SkipBlockComment(text, position, end);
            }
            else
            {
                break;
            }
        }

        return position;
    }

    /// <summary>The end of the token starting at <paramref name="position"/> (which must not be trivia).</summary>
    public static int SkipToken(string text, int position, int end)
    {
        if (position >= end)
        {
            return end;
        }

        var c = text[position];
        if (c == '\'')
        {
            return SkipQuoted(text, position, end, '\'', backslashEscapes: position > 0 && (text[position - 1] is 'E' or 'e'));
        }

        if (c == '"')
        {
            return SkipQuoted(text, position, end, '"', backslashEscapes: false);
        }

        if (c == '$' && DollarTag(text, position, end) is { } tag)
        {
            var close = text.IndexOf(tag, position + tag.Length, end - position - tag.Length, StringComparison.Ordinal);
            return close < 0 ? end : close + tag.Length;
        }

        if (IsIdentifierStart(c))
        {
            var p = position + 1;
            while (p < end && IsIdentifierPart(text[p]))
            {
                p++;
            }

            // E'…', B'…', X'…', U&'…' prefixes belong to the literal that follows.
            return p < end && text[p] == '\'' && p - position <= 2 ? SkipToken(text, p, end) : p;
        }

        if (char.IsAsciiDigit(c))
        {
            var p = position + 1;
            while (p < end && (char.IsAsciiLetterOrDigit(text[p]) || text[p] is '.' or '_'))
            {
                p++;
            }

            return p;
        }

        return position + 1;
    }

    /// <summary>Positions of the commas in [start, end) that are outside any parentheses, brackets, strings or comments.</summary>
    public static List<int> TopLevelCommas(string text, int start, int end)
    {
        var commas = new List<int>();
        var depth = 0;
        var position = SkipTrivia(text, start, end);
        while (position < end)
        {
            switch (text[position])
            {
                case '(' or '[':
                    depth++;
                    break;
                case ')' or ']':
                    depth = Math.Max(0, depth - 1);
                    break;
                case ',' when depth == 0:
                    commas.Add(position);
                    break;
            }

            position = SkipTrivia(text, SkipToken(text, position, end), end);
        }

        return commas;
    }

    /// <summary>
    /// Statement extents [start, end) split at top-level semicolons, for text that does not parse
    /// as a whole: every character belongs to some statement, so a syntax error is never lost.
    /// SQL-standard bodies (BEGIN ATOMIC … END) keep their semicolons.
    /// </summary>
    public static List<(int Start, int End)> SplitStatements(string text)
    {
        var statements = new List<(int Start, int End)>();
        var depth = 0;
        var atomic = false;
        var start = 0;
        var previousWord = string.Empty;
        var position = SkipTrivia(text, 0, text.Length);
        while (position < text.Length)
        {
            var tokenEnd = SkipToken(text, position, text.Length);
            var token = text.AsSpan(position, tokenEnd - position);
            switch (token)
            {
                case "(" or "[":
                    depth++;
                    break;
                case ")" or "]":
                    depth = Math.Max(0, depth - 1);
                    break;
                case ";" when depth == 0 && !atomic:
                    statements.Add((start, tokenEnd));
                    start = tokenEnd;
                    break;
            }

            if (token.Equals("ATOMIC", StringComparison.OrdinalIgnoreCase) && previousWord.Equals("BEGIN", StringComparison.OrdinalIgnoreCase))
            {
                atomic = true;
            }
            else if (atomic && token.Equals("END", StringComparison.OrdinalIgnoreCase))
            {
                atomic = false;
            }

            previousWord = token.ToString();
            position = SkipTrivia(text, tokenEnd, text.Length);
        }

        if (SkipTrivia(text, start, text.Length) < text.Length)
        {
            statements.Add((start, text.Length));
        }

        return statements;
    }

    /// <summary>
    /// The end of a possibly qualified name (<c>a.b</c>, <c>"A"."b"</c>, <c>ONLY a</c> excluded) that
    /// starts at <paramref name="position"/>.
    /// </summary>
    public static int SkipQualifiedName(string text, int position, int end)
    {
        position = SkipToken(text, position, end);
        while (true)
        {
            var next = SkipTrivia(text, position, end);
            if (next < end && text[next] == '.')
            {
                position = SkipToken(text, SkipTrivia(text, next + 1, end), end);
            }
            else
            {
                return position;
            }
        }
    }

    /// <summary>
    /// The end of the last token in [start, end), so a span never ends in whitespace, comments or the
    /// semicolon. <paramref name="end"/> must lie outside strings and comments (where the parser ends
    /// a statement, a top-level comma): then the last character before the trailing blanks ends the
    /// last token unless it could close a string, a quoted name or a comment, or its line holds
    /// <c>--</c>, and only those statements are lexed from the start.
    /// </summary>
    public static int TrimEnd(string text, int start, int end)
    {
        // ASCII blanks only: PostgreSQL (and SkipToken) read other characters, a no-break space
        // among them, as part of a name.
        var last = end - 1;
        while (last >= start && text[last] is ' ' or '\t' or '\n' or '\r' or '\f' or '\v')
        {
            last--;
        }

        if (last < start)
        {
            return start;
        }

        if (char.IsAscii(text[last]) && text[last] is not ('/' or '\'' or '"' or '$' or ';' or '\\'))
        {
            var lineStart = Math.Max(start, text.LastIndexOf('\n', last) + 1);
            if (!text.AsSpan(lineStart, last + 1 - lineStart).Contains("--", StringComparison.Ordinal))
            {
                return last + 1;
            }
        }

        return TrimEndLexing(text, start, end);
    }

    /// <summary>As <see cref="TrimEnd"/> for any text, lexed from <paramref name="start"/>: for text that may not parse.</summary>
    public static int TrimEndLexing(string text, int start, int end)
    {
        var last = start;
        var position = SkipTrivia(text, start, end);
        while (position < end)
        {
            var tokenEnd = SkipToken(text, position, end);
            if (text[position] != ';')
            {
                last = tokenEnd;
            }

            position = SkipTrivia(text, tokenEnd, end);
        }

        return last;
    }

    /// <summary>The dollar-quote tag (<c>$$</c>, <c>$body$</c>) starting at <paramref name="position"/>, if one does.</summary>
    public static string? DollarTag(string text, int position, int end)
    {
        var p = position + 1;
        while (p < end && (char.IsAsciiLetterOrDigit(text[p]) || text[p] == '_'))
        {
            p++;
        }

        return p < end && text[p] == '$' && (p == position + 1 || !char.IsAsciiDigit(text[position + 1]))
            ? text[position..(p + 1)]
            : null;
    }

    private static int SkipQuoted(string text, int position, int end, char quote, bool backslashEscapes)
    {
        var p = position + 1;
        while (p < end)
        {
            if (backslashEscapes && text[p] == '\\')
            {
                p += 2;
                continue;
            }

            if (text[p] == quote)
            {
                if (At(text, p + 1, end) == quote)
                {
                    p += 2;
                    continue;
                }

                return p + 1;
            }

            p++;
        }

        return end;
    }

    private static int SkipBlockComment(string text, int position, int end)
    {
        var depth = 0;
        var p = position;
        while (p < end)
        {
            if (text[p] == '/' && At(text, p + 1, end) == '*')
            {
                depth++;
                p += 2;
            }
            else if (text[p] == '*' && At(text, p + 1, end) == '/')
            {
                depth--;
                p += 2;
                if (depth == 0)
                {
                    return p;
                }
            }
            else
            {
                p++;
            }
        }

        return end;
    }

    private static char At(string text, int position, int end) => position < end ? text[position] : '\0';

    private static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c == '_' || c > 127;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsIdentifierPart(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '$' || c > 127;
}
