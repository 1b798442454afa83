using System.Globalization;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using MigrationLint.Core.Analysis;
using MigrationLint.Core.Dialects;
using MigrationLint.Core.Model;
using MigrationLint.Core.Text;
using MigrationLint.SqlServer.Translation;

namespace MigrationLint.SqlServer;

/// <summary>
/// SQL Server through ScriptDom, Microsoft's own T-SQL parser. A script is cut into batches at its
/// GO lines and each batch is parsed alone; ScriptDom reports every syntax error with its position
/// and recovers at the next statement, so a bad statement costs that statement, and a batch that
/// does not parse at all costs that batch.
/// </summary>
public sealed class SqlServerFrontEnd : IFrontEnd
{
    private readonly SqlVersion _version;
    private readonly StatementTranslator _translator;

    /// <param name="version">
    /// The SQL Server version whose grammar to parse (e.g. 160 for SQL Server 2022); by default the
    /// newest the ScriptDom package knows, so that new syntax parses.
    /// </param>
    public SqlServerFrontEnd(int? version = null)
    {
        _version = version is { } number ? VersionFor(number) : NewestVersion;
        _translator = new StatementTranslator(TranslatePiece);
    }

    /// <summary>The newest SQL Server grammar the ScriptDom package offers.</summary>
    public static SqlVersion NewestVersion { get; } = Enum.GetValues<SqlVersion>()
        .Where(v => Number(v) is not null)
        .MaxBy(v => Number(v)!.Value);

    public SqlVersion Version => _version;

    public SqlDialect Dialect => SqlServerDialect.Instance;

    public ParsedScript Parse(SourceText source)
    {
        var statements = new List<ParsedStatement>();
        foreach (var (start, end) in Batches.Split(source.Text))
        {
            statements.AddRange(ParsePiece(ScriptPiece.Batch(source, start, end)));
        }

        return new ParsedScript(source, [.. statements]);
    }

    private IEnumerable<SchemaOperation> TranslatePiece(ScriptPiece piece) => ParsePiece(piece).SelectMany(s => s.Operations);

    /// <summary>
    /// A batch, or the SQL of an EXEC string: parsed whole; when that fails, cut into its probable
    /// statements, each parsed alone, so the statements around a mistake are still judged.
    /// </summary>
    private List<ParsedStatement> ParsePiece(ScriptPiece piece)
    {
        var (script, errors) = ParseText(piece.Text);
        if (errors.Count == 0)
        {
            return Translate(piece, script);
        }

        var parts = StatementSplitter.Split(piece.Text);
        if (parts.Count <= 1)
        {
            return [Error(piece, errors[0])];
        }

        var statements = new List<ParsedStatement>();
        foreach (var (start, end) in parts)
        {
            var part = piece.Slice(start, end);
            var (partScript, partErrors) = ParseText(part.Text);
            statements.AddRange(partErrors.Count == 0 ? Translate(part, partScript) : [Error(part, partErrors[0])]);
        }

        return statements;
    }

    private (TSqlScript? Script, IList<ParseError> Errors) ParseText(string text)
    {
        try
        {
            var fragment = TSqlParser.CreateParser(_version, initialQuotedIdentifiers: true).Parse(new StringReader(text), out var errors);
            return (fragment as TSqlScript, errors);
        }
        catch (Exception error) when (error is InvalidOperationException or ArgumentException or NullReferenceException or IndexOutOfRangeException or InsufficientExecutionStackException)
        {
            // A parser failure must cost the batch, never the run.
            return (null, [new ParseError(0, 0, 1, 1, $"ScriptDom could not read this ({error.Message})")]);
        }
    }

    private List<ParsedStatement> Translate(ScriptPiece piece, TSqlScript? script) =>
        [.. (script?.Batches ?? []).SelectMany(b => b.Statements).Select(s => TranslateStatement(piece, s))];

    private static ParsedStatement Error(ScriptPiece piece, ParseError error)
    {
        var message = string.Join(' ', error.Message.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        var syntaxError = new SyntaxError(ErrorSpan(piece, error.Offset), message);
        return new ParsedStatement(syntaxError.Span, [syntaxError]);
    }

    private ParsedStatement TranslateStatement(ScriptPiece piece, TSqlStatement statement)
    {
        var span = piece.Span(statement);
        List<SchemaOperation> operations;
        try
        {
            operations = [.. _translator.Translate(piece, statement)];
        }
        catch (Exception error) when (error is InvalidOperationException or KeyNotFoundException or ArgumentException or IndexOutOfRangeException or NullReferenceException or InvalidCastException)
        {
            // A gap in the translator must never turn into a crash or a silent "safe".
            operations = [new Opaque(span, statement.GetType().Name, $"MigrationLint could not read this statement ({error.Message})")];
        }

        return new ParsedStatement(span, [.. operations]);
    }

    /// <summary>
    /// The error's position, spanning the word (or character) there; an error at the end of the text
    /// ("unexpected end of file") is put on its last word, not on the GO line that follows.
    /// </summary>
    private static SourceSpan ErrorSpan(ScriptPiece piece, int offset)
    {
        var text = piece.Text;
        var start = Math.Clamp(offset, 0, text.Length);
        if (text.AsSpan(start).IsWhiteSpace())
        {
            var last = text.AsSpan(0, start).TrimEnd().Length;
            if (last > 0)
            {
                var wordStart = last - 1;
                while (wordStart > 0 && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] is '_'))
                {
                    wordStart--;
                }

                return piece.Span(wordStart, last);
            }
        }

        var end = start;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '_' or '@' or '#' or '$'))
        {
            end++;
        }

        return piece.Span(start, end == start && start < text.Length ? start + 1 : end);
    }

    private static SqlVersion VersionFor(int number) =>
        Enum.GetValues<SqlVersion>().FirstOrDefault(v => Number(v) == number) is var version && Number(version) == number
            ? version
            : throw new ArgumentOutOfRangeException(nameof(number), number, $"ScriptDom has no parser for SQL Server {number}; it knows {string.Join(", ", Enum.GetValues<SqlVersion>().Select(Number).OfType<int>().Order())}");

    /// <summary>Sql160 → 160; versions that are not numbered (Fabric) → null.</summary>
    private static int? Number(SqlVersion version) =>
        version.ToString() is ['S', 'q', 'l', .. var digits] && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
}
