using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using MigrationLint.Core.Analysis;
using MigrationLint.Core.Dialects;
using MigrationLint.Core.Model;
using MigrationLint.Core.Text;
using MigrationLint.Postgres.Native;
using MigrationLint.Postgres.Translation;

namespace MigrationLint.Postgres;

/// <summary>
/// PostgreSQL through libpg_query. A file is parsed whole; when it does not parse, it is split into
/// statements and each is parsed alone, so one syntax error costs one statement, not the file.
/// </summary>
public sealed class PostgresFrontEnd : IFrontEnd
{
    private readonly StatementTranslator _translator;

    public PostgresFrontEnd()
    {
        _translator = new StatementTranslator(TranslateSource);
    }

    public SqlDialect Dialect => PostgresDialect.Instance;

    public ParsedScript Parse(SourceText source)
    {
        var whole = StatementSource.WholeFile(source);
        // A file that does not parse, or whose tree cannot be read, is taken statement by statement.
        var statements = PgQuery.Parse<List<ParsedStatement>?>(source.Text, json => TranslateOrNull(whole, json), static _ => null)
            ?? ParseStatementByStatement(source);
        return new ParsedScript(source, [.. statements]);
    }

    /// <summary>How deep SQL inside SQL (DO blocks, constant EXECUTE strings) is followed.</summary>
    private const int MaxNesting = 32;

    /// <summary>The nesting of the SQL being translated on this thread: each level is a parse and a translation on the stack.</summary>
    [ThreadStatic]
    private static int t_nesting;

    /// <summary>Translates SQL found inside other text (a DO block's statements).</summary>
    private IEnumerable<SchemaOperation> TranslateSource(StatementSource source)
    {
        // Every nested DO block is a fresh parse tree, so the tree's depth limit does not see it:
        // without this a few kilobytes of DO-inside-DO would overflow the stack, which no catch survives.
        if (t_nesting >= MaxNesting || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            return [Unreadable(TrimmedSpan(source), "statement", $"SQL nested more than {MaxNesting} levels deep in DO blocks or EXECUTE strings")];
        }

        t_nesting++;
        try
        {
            return PgQuery.Parse(
                source.Text,
                json => ParseTree.Read(json, tree => Translate(source, tree).SelectMany(s => s.Operations).ToArray()),
                failure => [SyntaxErrorAt(source, 0, source.Text.Length, failure)]);
        }
        finally
        {
            t_nesting--;
        }
    }

    /// <summary>Every statement of a parse tree, translated while the tree is there to read.</summary>
    private List<ParsedStatement> Translate(StatementSource source, ParseTree tree)
    {
        var statements = new List<ParsedStatement>();
        foreach (var raw in tree.Root.Items("stmts"))
        {
            var byteStart = raw.Int("stmt_location");
            var byteLength = raw.Int("stmt_len");
            var start = source.CharOffset(byteStart);
            var end = byteLength == 0 ? source.Text.Length : source.CharOffset(byteStart + byteLength);
            statements.Add(TranslateStatement(source, raw.Get("stmt")!.Value, start, end));
        }

        return statements;
    }

    private ParsedStatement TranslateStatement(StatementSource source, PgNode node, int start, int end)
    {
        start = SqlLexer.SkipTrivia(source.Text, start, end);
        end = Math.Max(start, SqlLexer.TrimEnd(source.Text, start, end));
        var statement = new Statement(source, node, start, end);
        ImmutableArray<SchemaOperation> operations;
        try
        {
            operations = [.. _translator.Translate(statement)];
        }
        catch (Exception error) when (error is InvalidOperationException or KeyNotFoundException or ArgumentException or IndexOutOfRangeException or NullReferenceException)
        {
            // A gap in the translator must never turn into a crash or a silent "safe".
            operations = [Unreadable(statement.Span, Words.Of(statement.Type), error.Message)];
        }

        return new ParsedStatement(statement.Span, operations);
    }

    private List<ParsedStatement> ParseStatementByStatement(SourceText file)
    {
        var statements = new List<ParsedStatement>();
        foreach (var (start, end) in SqlLexer.SplitStatements(file.Text))
        {
            var piece = new StatementSource(file, file.Text[start..end], start);
            statements.AddRange(PgQuery.Parse(
                piece.Text,
                json => TranslatePiece(piece, json),
                failure => SyntaxErrorAt(piece, 0, piece.Text.Length, failure) is var error ? [new ParsedStatement(error.Span, [error])] : []));
        }

        return statements;
    }

    private List<ParsedStatement>? TranslateOrNull(StatementSource whole, ReadOnlySpan<byte> json)
    {
        try
        {
            return ParseTree.Read(json, tree => Translate(whole, tree));
        }
        catch (UnreadableParseTreeException)
        {
            return null;
        }
    }

    /// <summary>One statement's translation; one whose tree cannot be read is reviewed, with the reason.</summary>
    private List<ParsedStatement> TranslatePiece(StatementSource piece, ReadOnlySpan<byte> json)
    {
        try
        {
            return ParseTree.Read(json, tree => Translate(piece, tree));
        }
        catch (UnreadableParseTreeException unreadable)
        {
            var span = TrimmedSpan(piece);
            return [new ParsedStatement(span, [Unreadable(span, "statement", unreadable.Message)])];
        }
    }

    /// <summary>A statement MigrationLint cannot read: review (ML903), with the reason, never a crash or a silent "safe".</summary>
    private static Opaque Unreadable(SourceSpan span, string statement, string reason) =>
        new(span, statement, $"MigrationLint could not read this statement ({reason})");

    /// <summary>The source's text without leading comments and blanks or trailing blanks and semicolons.</summary>
    private static SourceSpan TrimmedSpan(StatementSource source)
    {
        var start = SqlLexer.SkipTrivia(source.Text, 0, source.Text.Length);
        return source.Span(start, Math.Max(start, SqlLexer.TrimEndLexing(source.Text, start, source.Text.Length)));
    }

    /// <summary>
    /// A syntax error at the parser's cursor (a 1-based count of characters, i.e. code points,
    /// into the text it was given), spanning the offending token.
    /// </summary>
    private static SyntaxError SyntaxErrorAt(StatementSource source, int start, int end, PgQueryFailure failure)
    {
        var text = source.Text;
        var at = failure.CursorPosition > 0
            ? CharIndexOfCodePoint(text, start, failure.CursorPosition - 1)
            : SqlLexer.SkipTrivia(text, start, end);
        at = Math.Clamp(at, 0, text.Length);
        var tokenEnd = at < text.Length ? SqlLexer.SkipToken(text, at, Math.Max(at, end)) : at;
        return new SyntaxError(source.Span(at, tokenEnd), failure.Message);
    }

    private static int CharIndexOfCodePoint(string text, int start, int codePoints)
    {
        var index = start;
        for (var i = 0; i < codePoints && index < text.Length; i++)
        {
            index += char.IsHighSurrogate(text[index]) && index + 1 < text.Length ? 2 : 1;
        }

        return index;
    }
}
