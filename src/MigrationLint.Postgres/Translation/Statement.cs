using System.Text.Json;
using MigrationLint.Core.Model;

namespace MigrationLint.Postgres.Translation;

/// <summary>
/// One statement being translated: its parse-tree node, and its extent [Start, End) in the source
/// text, trimmed of leading comments and the trailing semicolon.
/// </summary>
internal sealed class Statement(StatementSource source, JsonElement node, int start, int end)
{
    public StatementSource Source { get; } = source;

    /// <summary>The node's type (<c>AlterTableStmt</c>) and body.</summary>
    public string Type { get; } = node.Node().Type;

    public JsonElement Body { get; } = node.Node().Body;

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
        var commas = SqlLexer.TopLevelCommas(Source.Text, start, End);
        var stop = commas.Count > 0 ? commas[0] : End;
        var closing = ClosingParenthesis(start, stop);
        var text = Source.Text[start..SqlLexer.TrimEnd(Source.Text, start, closing)].Trim();
        return text.Length <= 80 ? text : text[..77] + "...";
    }

    private int ClosingParenthesis(int start, int stop)
    {
        var depth = 0;
        for (var p = start; p < stop; p = SqlLexer.SkipTrivia(Source.Text, SqlLexer.SkipToken(Source.Text, p, stop), stop))
        {
            if (Source.Text[p] == '(')
            {
                depth++;
            }
            else if (Source.Text[p] == ')' && --depth < 0)
            {
                return p;
            }
        }

        return stop;
    }
}
