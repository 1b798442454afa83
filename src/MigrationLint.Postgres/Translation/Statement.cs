using MigrationLint.Core.Model;

namespace MigrationLint.Postgres.Translation;

/// <summary>
/// One statement being translated: its parse-tree node, and its extent [Start, End) in the source
/// text, trimmed of leading comments and the trailing semicolon.
/// </summary>
internal sealed class Statement(StatementSource source, PgNode node, int start, int end)
{
    public StatementSource Source { get; } = source;

    /// <summary>The node's type (<c>AlterTableStmt</c>) and body.</summary>
    public string Type { get; } = node.Node().Type;

    public PgNode Body { get; } = node.Node().Body;

    public int Start { get; } = start;

    public int End { get; } = end;

    public SourceSpan Span => Source.Span(Start, End);

    public string Text => Source.Text[Start..End];

    /// <summary>The span from a parser-reported byte location to the end of the statement.</summary>
    public SourceSpan SpanFrom(int byteLocation)
    {
        var start = Math.Clamp(Source.CharOffset(byteLocation), Start, End);
        return Source.Span(start, End);
    }

    /// <summary>
    /// The text of the expression after the keyword at a parser-reported byte location (DEFAULT x,
    /// USING x), up to the next top-level comma or closing parenthesis; shortened for messages.
    /// </summary>
    public string ExpressionAfterKeyword(int byteLocation)
    {
        var keyword = Math.Clamp(Source.CharOffset(byteLocation), Start, End);
        var start = SqlLexer.SkipTrivia(Source.Text, SqlLexer.SkipToken(Source.Text, keyword, End), End);
        var stop = ExpressionEnd(start);
        var text = Source.Text[start..SqlLexer.TrimEnd(Source.Text, start, stop)].Trim();
        return text.Length <= 80 ? text : text[..77] + "...";
    }

    /// <summary>Where an expression in a column definition ends: a comma, a closing parenthesis or the next constraint keyword.</summary>
    private int ExpressionEnd(int start)
    {
        var text = Source.Text;
        var depth = 0;
        for (var p = start; p < End; p = SqlLexer.SkipTrivia(text, SqlLexer.SkipToken(text, p, End), End))
        {
            var token = text.AsSpan(p, SqlLexer.SkipToken(text, p, End) - p);
            if (token is "(" or "[")
            {
                depth++;
            }
            else if (token is ")" or "]" && --depth < 0 || depth == 0 && (token is "," || IsConstraintKeyword(token)) && p > start)
            {
                return p;
            }
        }

        return End;
    }

    private static bool IsConstraintKeyword(ReadOnlySpan<char> token) =>
        token.Equals("NOT", StringComparison.OrdinalIgnoreCase) || token.Equals("NULL", StringComparison.OrdinalIgnoreCase)
        || token.Equals("REFERENCES", StringComparison.OrdinalIgnoreCase) || token.Equals("CHECK", StringComparison.OrdinalIgnoreCase)
        || token.Equals("UNIQUE", StringComparison.OrdinalIgnoreCase) || token.Equals("PRIMARY", StringComparison.OrdinalIgnoreCase)
        || token.Equals("CONSTRAINT", StringComparison.OrdinalIgnoreCase) || token.Equals("COLLATE", StringComparison.OrdinalIgnoreCase)
        || token.Equals("GENERATED", StringComparison.OrdinalIgnoreCase);
}
