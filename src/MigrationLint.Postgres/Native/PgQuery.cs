using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;

namespace MigrationLint.Postgres.Native;

/// <summary>
/// The parser's complaint: its message, and where (a 1-based position in characters of the input,
/// 0 when it gave none).
/// </summary>
public sealed record PgQueryFailure(string Message, int CursorPosition, string? Context);

/// <summary>A statement boundary found by the splitter, in UTF-8 bytes of the input.</summary>
public readonly record struct PgStatementBounds(int ByteOffset, int ByteLength);

/// <summary>Either the JSON the parser produced (UTF-8) or its complaint.</summary>
public sealed record PgQueryOutcome(byte[]? Json, PgQueryFailure? Failure)
{
    public bool Succeeded => Json is not null;
}

/// <summary>
/// Our safe face of libpg_query: managed strings (or UTF-8 bytes) in; out, managed copies, or the
/// parser's own output lent to a callback; every native result freed before returning, whatever
/// happens. libpg_query keeps its memory per thread, so these
/// methods may be called from many threads at once.
/// </summary>
public static unsafe class PgQuery
{
    /// <summary>Inputs up to this many bytes are encoded on the stack, larger ones in a pooled buffer.</summary>
    private const int StackInputLimit = 16 * 1024;

    /// <summary>Reads the parser's JSON output where the parser left it, before it is freed.</summary>
    public delegate T JsonReader<out T>(ReadOnlySpan<byte> json);

    /// <summary>Parses SQL to libpg_query's JSON parse tree.</summary>
    public static PgQueryOutcome Parse(string sql) => Parse(sql, CopyOutcome, FailedOutcome);

    /// <summary>
    /// Parses SQL and hands the JSON parse tree to <paramref name="onJson"/> in the parser's own
    /// memory (no copy), or the complaint to <paramref name="onFailure"/>; the result is freed when
    /// either returns, so nothing may keep the span.
    /// </summary>
    public static T Parse<T>(string sql, JsonReader<T> onJson, Func<PgQueryFailure, T> onFailure) =>
        Encoded(sql, plpgsql: false, onJson, onFailure);

    /// <summary>As <see cref="Parse{T}(string, JsonReader{T}, Func{PgQueryFailure, T})"/>, for SQL already in UTF-8 (a file's own bytes).</summary>
    public static T Parse<T>(ReadOnlySpan<byte> utf8Sql, JsonReader<T> onJson, Func<PgQueryFailure, T> onFailure)
    {
        var rented = utf8Sql.Length < StackInputLimit ? null : ArrayPool<byte>.Shared.Rent(utf8Sql.Length + 1);
        try
        {
            Span<byte> input = rented ?? stackalloc byte[utf8Sql.Length + 1];
            utf8Sql.CopyTo(input);
            input[utf8Sql.Length] = 0;
            return Run(input, plpgsql: false, onJson, onFailure);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Parses a CREATE FUNCTION … LANGUAGE plpgsql statement and returns the PL/pgSQL syntax tree
    /// of its body as JSON.
    /// </summary>
    public static PgQueryOutcome ParsePlpgsql(string createFunction) => ParsePlpgsql(createFunction, CopyOutcome, FailedOutcome);

    /// <summary>As <see cref="ParsePlpgsql(string)"/>, handing the JSON over in the parser's memory like <see cref="Parse{T}(string, JsonReader{T}, Func{PgQueryFailure, T})"/>.</summary>
    public static T ParsePlpgsql<T>(string createFunction, JsonReader<T> onJson, Func<PgQueryFailure, T> onFailure) =>
        Encoded(createFunction, plpgsql: true, onJson, onFailure);

    /// <summary>Encodes the text as NUL-terminated UTF-8 (small inputs on the stack, large ones pooled) and runs the parser on it.</summary>
    private static T Encoded<T>(string text, bool plpgsql, JsonReader<T> onJson, Func<PgQueryFailure, T> onFailure)
    {
        var byteCount = Encoding.UTF8.GetByteCount(text);
        var rented = byteCount < StackInputLimit ? null : ArrayPool<byte>.Shared.Rent(byteCount + 1);
        try
        {
            Span<byte> input = rented ?? stackalloc byte[byteCount + 1];
            Encoding.UTF8.GetBytes(text, input);
            input[byteCount] = 0;
            return Run(input, plpgsql, onJson, onFailure);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Runs the parser on NUL-terminated input and frees its result after the callback, whatever happens.</summary>
    private static T Run<T>(Span<byte> input, bool plpgsql, JsonReader<T> onJson, Func<PgQueryFailure, T> onFailure)
    {
        PgQueryLibrary.EnsureLoaded();
        fixed (byte* text = input)
        {
            if (plpgsql)
            {
                var result = PgQueryNative.ParsePlpgsql(text);
                try
                {
                    return result.Error != 0 ? onFailure(ReadError(result.Error)) : onJson(NullTerminated(result.Functions));
                }
                finally
                {
                    PgQueryNative.FreePlpgsqlParseResult(result);
                }
            }
            else
            {
                var result = PgQueryNative.Parse(text);
                try
                {
                    return result.Error != 0 ? onFailure(ReadError(result.Error)) : onJson(NullTerminated(result.ParseTree));
                }
                finally
                {
                    PgQueryNative.FreeParseResult(result);
                }
            }
        }
    }

    private static PgQueryOutcome CopyOutcome(ReadOnlySpan<byte> json) => new(json.ToArray(), null);

    private static PgQueryOutcome FailedOutcome(PgQueryFailure failure) => new(null, failure);

    private static ReadOnlySpan<byte> NullTerminated(nint pointer) => MemoryMarshal.CreateReadOnlySpanFromNullTerminated((byte*)pointer);

    /// <summary>
    /// Splits SQL into statements. The scanner-based splitter copes with text that does not parse,
    /// which is when we need it: to go on past a syntax error.
    /// </summary>
    public static (IReadOnlyList<PgStatementBounds> Statements, PgQueryFailure? Failure) Split(string sql, bool useScanner = true) =>
        WithInput<(IReadOnlyList<PgStatementBounds>, PgQueryFailure?)>(sql, input =>
        {
            var result = useScanner ? PgQueryNative.SplitWithScanner((byte*)input) : PgQueryNative.SplitWithParser((byte*)input);
            try
            {
                if (result.Error != 0)
                {
                    return ((IReadOnlyList<PgStatementBounds>)[], ReadError(result.Error));
                }

                var statements = new PgStatementBounds[result.StatementCount];
                var pointers = (PgQuerySplitStatement**)result.Statements;
                for (var i = 0; i < statements.Length; i++)
                {
                    statements[i] = new PgStatementBounds(pointers[i]->Location, pointers[i]->Length);
                }

                return (statements, (PgQueryFailure?)null);
            }
            finally
            {
                PgQueryNative.FreeSplitResult(result);
            }
        });

    private static T WithInput<T>(string sql, Func<nint, T> call)
    {
        PgQueryLibrary.EnsureLoaded();
        var byteCount = Encoding.UTF8.GetByteCount(sql);
        // Small inputs on the stack, large ones pooled: migration files run from bytes to megabytes.
        var rented = byteCount < StackInputLimit ? null : ArrayPool<byte>.Shared.Rent(byteCount + 1);
        try
        {
            Span<byte> buffer = rented ?? stackalloc byte[byteCount + 1];
            Encoding.UTF8.GetBytes(sql, buffer);
            buffer[byteCount] = 0;
            fixed (byte* input = buffer)
            {
                return call((nint)input);
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static PgQueryFailure ReadError(nint errorPointer)
    {
        var error = (PgQueryError*)errorPointer;
        return new PgQueryFailure(
            Marshal.PtrToStringUTF8(error->Message) ?? "the parser reported an error without a message",
            error->CursorPosition,
            error->Context == 0 ? null : Marshal.PtrToStringUTF8(error->Context));
    }
}
