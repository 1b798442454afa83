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
/// Our safe face of libpg_query: managed strings in, managed copies out, and every native result
/// freed before returning, whatever happens. libpg_query keeps its memory per thread, so these
/// methods may be called from many threads at once.
/// </summary>
public static unsafe class PgQuery
{
    /// <summary>Parses SQL to libpg_query's JSON parse tree.</summary>
    public static PgQueryOutcome Parse(string sql) => WithInput(sql, static input =>
    {
        var result = PgQueryNative.Parse((byte*)input);
        try
        {
            return result.Error != 0
                ? new PgQueryOutcome(null, ReadError(result.Error))
                : new PgQueryOutcome(CopyString(result.ParseTree), null);
        }
        finally
        {
            PgQueryNative.FreeParseResult(result);
        }
    });

    /// <summary>
    /// Parses a CREATE FUNCTION … LANGUAGE plpgsql statement and returns the PL/pgSQL syntax tree
    /// of its body as JSON.
    /// </summary>
    public static PgQueryOutcome ParsePlpgsql(string createFunction) => WithInput(createFunction, static input =>
    {
        var result = PgQueryNative.ParsePlpgsql((byte*)input);
        try
        {
            return result.Error != 0
                ? new PgQueryOutcome(null, ReadError(result.Error))
                : new PgQueryOutcome(CopyString(result.Functions), null);
        }
        finally
        {
            PgQueryNative.FreePlpgsqlParseResult(result);
        }
    });

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
        var rented = byteCount < 16 * 1024 ? null : System.Buffers.ArrayPool<byte>.Shared.Rent(byteCount + 1);
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
                System.Buffers.ArrayPool<byte>.Shared.Return(rented);
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

    private static byte[] CopyString(nint pointer)
    {
        var span = MemoryMarshal.CreateReadOnlySpanFromNullTerminated((byte*)pointer);
        return span.ToArray();
    }
}
