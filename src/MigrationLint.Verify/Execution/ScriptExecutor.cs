using System.Text.RegularExpressions;
using MigrationLint.Core.Text;
using MigrationLint.Postgres.Native;
using Npgsql;

namespace MigrationLint.Verify.Execution;

/// <summary>
/// Runs a migration script the way its runner does: all its statements in one transaction (what
/// golang-migrate's multi-statement Exec gives), or each on its own where the script asks for no
/// transaction (goose's NO TRANSACTION, dbmate's transaction:false, Ory's .autocommit. files). The
/// statements are cut by libpg_query's parser and sent one at a time, so a failure maps back to its
/// statement, and PostgreSQL's position within it to the line and column in the file.
/// </summary>
public static partial class ScriptExecutor
{
    public static ScriptFailure? Run(NpgsqlConnection connection, string text, bool inOneTransaction, CancellationToken cancellation)
    {
        var (statements, parseFailure) = PgQuery.Split(text, useScanner: false);
        var lines = new LineIndex(text);
        if (parseFailure is not null)
        {
            // The server has the last word (its grammar may be newer than the parser's); when it rejects the
            // text too, its position is relative to a piece we did not cut, so the parser's cursor locates it.
            if (ExecuteWhole(connection, text, cancellation) is not { } message)
            {
                return null;
            }

            var (line, column) = lines.Locate(parseFailure.CursorPosition > 0 ? parseFailure.CursorPosition - 1 : 0);
            return new ScriptFailure(line, column, message);
        }

        var offsets = new Utf8OffsetMap(text);
        var pieces = statements
            .Select(s => (Start: offsets.ToCharOffset(s.ByteOffset), End: offsets.ToCharOffset(s.ByteOffset + s.ByteLength)))
            .Select(s => (s.Start, Text: text[s.Start..s.End]))
            .Where(s => s.Text.Trim().Length > 0)
            .ToList();
        if (pieces.Count == 0)
        {
            return null;
        }

        // One transaction for a file of several statements, as the runner's multi-statement Exec gives;
        // a single statement runs alone, so CREATE INDEX CONCURRENTLY works as it does for the runner.
        var transaction = inOneTransaction && pieces.Count > 1;
        if (transaction)
        {
            Execute(connection, "BEGIN", cancellation);
        }

        foreach (var (start, statement) in pieces)
        {
            if (Execute(connection, statement, cancellation) is { } error)
            {
                if (transaction)
                {
                    Execute(connection, "ROLLBACK", cancellation);
                }

                var (line, column) = lines.Locate(start + OffsetInStatement(statement, error));
                return new ScriptFailure(line, column, Describe(error));
            }
        }

        if (transaction)
        {
            // A script that committed by itself leaves nothing open: COMMIT then only warns.
            Execute(connection, "COMMIT", cancellation);
        }

        return null;
    }

    /// <summary>Whether the runner runs this script outside a transaction, as the script or its name says.</summary>
    public static bool WantsNoTransaction(string path, string text) =>
        Path.GetFileName(path).Contains(".autocommit.", StringComparison.OrdinalIgnoreCase)
        || NoTransactionMarker().IsMatch(text);

    /// <summary>Text the parser cannot cut: Npgsql sends it as it cuts it, and the server has the last word.</summary>
    private static string? ExecuteWhole(NpgsqlConnection connection, string text, CancellationToken cancellation)
    {
        using var command = new NpgsqlCommand(text, connection);
        try
        {
            command.ExecuteNonQueryAsync(cancellation).GetAwaiter().GetResult();
            return null;
        }
        catch (PostgresException error)
        {
            return Describe(error);
        }
    }

    private static PostgresException? Execute(NpgsqlConnection connection, string statement, CancellationToken cancellation)
    {
        using var command = new NpgsqlCommand(statement, connection);
        try
        {
            command.ExecuteNonQueryAsync(cancellation).GetAwaiter().GetResult();
            return null;
        }
        catch (PostgresException error)
        {
            return error;
        }
    }

    /// <summary>PostgreSQL's message, with its detail where that names the offending value.</summary>
    public static string Describe(PostgresException error) =>
        error.Detail is { Length: > 0 } detail ? $"{error.MessageText} ({detail})" : error.MessageText;

    /// <summary>
    /// Where in the statement the error is: PostgreSQL's position for plain statements; for an error
    /// inside a DO block or function body, the PL/pgSQL line from the context, counted from the body's opening quote.
    /// </summary>
    private static int OffsetInStatement(string statement, PostgresException? error)
    {
        var leading = StartOfCode(statement);
        if (error is null)
        {
            return leading;
        }

        if (error.Position > 0)
        {
            return Math.Min(statement.Length, error.Position - 1);
        }

        if (error.Where is { } where && PlpgsqlLine().Match(where) is { Success: true } match
            && DollarQuote().Match(statement) is { Success: true } body)
        {
            var offset = body.Index;
            for (var line = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture); line > 1; line--)
            {
                var next = statement.IndexOf('\n', offset);
                if (next < 0)
                {
                    break;
                }

                offset = next + 1;
            }

            return offset + (statement.Length > offset ? statement[offset..].Length - statement[offset..].TrimStart(' ', '\t').Length : 0);
        }

        return leading;
    }

    /// <summary>Past the whitespace and comments a statement piece starts with: an error without a position points at the statement itself.</summary>
    private static int StartOfCode(string statement)
    {
        var position = 0;
        while (position < statement.Length)
        {
            if (char.IsWhiteSpace(statement[position]))
            {
                position++;
            }
            else if (statement.AsSpan(position).StartsWith("--"))
            {
                var newline = statement.IndexOf('\n', position);
                position = newline < 0 ? statement.Length : newline + 1;
            }
            else if (statement.AsSpan(position).StartsWith("/*"))
            {
                var end = statement.IndexOf("*/", position + 2, StringComparison.Ordinal);
                position = end < 0 ? statement.Length : end + 2;
            }
            else
            {
                break;
            }
        }

        return position;
    }

    [GeneratedRegex(@"PL/pgSQL function .*? line (\d+)")]
    private static partial Regex PlpgsqlLine();

    [GeneratedRegex(@"\$[A-Za-z_]*\$")]
    private static partial Regex DollarQuote();

    [GeneratedRegex(@"^\s*--\s*(\+goose\s+NO\s+TRANSACTION|migrate:up\b.*transaction:false)", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex NoTransactionMarker();
}
