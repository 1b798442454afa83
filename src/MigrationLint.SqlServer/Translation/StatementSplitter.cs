namespace MigrationLint.SqlServer.Translation;

/// <summary>
/// Cuts a batch that does not parse into the statements it probably holds, so that one bad
/// statement costs that statement: at semicolons, and before a line that starts with a word only a
/// statement starts with (ALTER, CREATE, DROP, INSERT, EXEC…), never inside parentheses or a
/// BEGIN…END or CASE…END block. ScriptDom's own recovery drops whatever follows many errors, so it
/// is not relied on. A batch that defines a procedure, function, trigger or view is one statement
/// (its body runs later, not now), so it is never cut.
/// </summary>
internal static class StatementSplitter
{
    private static readonly HashSet<string> StatementStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "ALTER", "CREATE", "DROP", "INSERT", "DELETE", "MERGE", "TRUNCATE", "EXEC", "EXECUTE", "DECLARE", "GRANT",
        "REVOKE", "DENY", "PRINT", "USE", "IF", "WHILE", "BEGIN", "RAISERROR", "THROW", "SP_RENAME",
    };

    private static readonly HashSet<string> Modules = new(StringComparer.OrdinalIgnoreCase)
    {
        "PROC", "PROCEDURE", "FUNCTION", "TRIGGER", "VIEW",
    };

    private static readonly HashSet<string> NotBlocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "TRAN", "TRANSACTION", "DISTRIBUTED", "DIALOG", "CONVERSATION",
    };

    public static List<(int Start, int End)> Split(string text)
    {
        var words = Words(text).ToList();
        if (DefinesModule(text, words))
        {
            return [(0, text.Length)];
        }

        var pieces = new List<(int, int)>();
        var pieceStart = 0;
        var depth = 0;
        var blocks = 0;
        var hasContent = false;
        for (var w = 0; w < words.Count; w++)
        {
            var (start, end, kind, atLineStart) = words[w];
            var word = text[start..end];
            switch (kind)
            {
                case TokenKind.Open:
                    depth++;
                    break;
                case TokenKind.Close:
                    depth = Math.Max(0, depth - 1);
                    break;
                case TokenKind.Semicolon when depth == 0 && blocks == 0:
                    pieces.Add((pieceStart, end));
                    pieceStart = end;
                    hasContent = false;
                    continue;
                case TokenKind.Word:
                    if (atLineStart && depth == 0 && blocks == 0 && hasContent && StatementStarts.Contains(word))
                    {
                        pieces.Add((pieceStart, start));
                        pieceStart = start;
                    }

                    if (word.Equals("CASE", StringComparison.OrdinalIgnoreCase)
                        || (word.Equals("BEGIN", StringComparison.OrdinalIgnoreCase) && !(w + 1 < words.Count && NotBlocks.Contains(text[words[w + 1].Start..words[w + 1].End]))))
                    {
                        blocks++;
                    }
                    else if (word.Equals("END", StringComparison.OrdinalIgnoreCase))
                    {
                        blocks = Math.Max(0, blocks - 1);
                    }

                    break;
            }

            hasContent = true;
        }

        if (pieceStart < text.Length)
        {
            pieces.Add((pieceStart, text.Length));
        }

        return pieces;
    }

    /// <summary>CREATE [OR ALTER] / ALTER PROCEDURE, FUNCTION, TRIGGER or VIEW as the batch's first statement.</summary>
    private static bool DefinesModule(string text, List<Token> tokens)
    {
        var leading = tokens.Where(t => t.Kind == TokenKind.Word).Take(4).Select(t => text[t.Start..t.End]).ToList();
        return leading.Count > 1
            && (leading[0].Equals("CREATE", StringComparison.OrdinalIgnoreCase) || leading[0].Equals("ALTER", StringComparison.OrdinalIgnoreCase))
            && leading.Skip(1).Any(Modules.Contains);
    }

    private readonly record struct Token(int Start, int End, TokenKind Kind, bool AtLineStart);

    private enum TokenKind
    {
        Word,
        Open,
        Close,
        Semicolon,
        Other,
    }

    /// <summary>Words and punctuation outside strings, quoted names and comments, with whether each starts its line.</summary>
    private static IEnumerable<Token> Words(string text)
    {
        var atLineStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                atLineStart |= c == '\n';
                i++;
                continue;
            }

            if (char.IsLetter(c) || c is '_' or '@' or '#')
            {
                var end = i + 1;
                while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '_' or '@' or '#' or '$'))
                {
                    end++;
                }

                yield return new Token(i, end, TokenKind.Word, atLineStart);
                atLineStart = false;
                i = end;
                continue;
            }

            var next = SqlText.SkipToken(text, i);
            var kind = c switch
            {
                '(' => TokenKind.Open,
                ')' => TokenKind.Close,
                ';' => TokenKind.Semicolon,
                _ => TokenKind.Other,
            };
            var isComment = next > i + 1 && c is '-' or '/';
            if (!isComment)
            {
                yield return new Token(i, next, kind, atLineStart);
                atLineStart = false;
            }
            else
            {
                atLineStart |= text[next - 1] == '\n';
            }

            i = next;
        }
    }
}
