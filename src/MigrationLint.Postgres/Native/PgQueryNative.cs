using System.Runtime.InteropServices;

namespace MigrationLint.Postgres.Native;

// The C structs and functions of pg_query.h (libpg_query 15-4.x), declared as they are laid out.
// Every result struct is returned by value and must go back to its pg_query_free_* function.
[StructLayout(LayoutKind.Sequential)]
internal struct PgQueryError
{
    public nint Message;
    public nint FunctionName;
    public nint FileName;
    public int LineNumber;
    public int CursorPosition;
    public nint Context;
}

[StructLayout(LayoutKind.Sequential)]
internal struct PgQueryParseResult
{
    public nint ParseTree;
    public nint StderrBuffer;
    public nint Error;
}

[StructLayout(LayoutKind.Sequential)]
internal struct PgQuerySplitStatement
{
    public int Location;
    public int Length;
}

[StructLayout(LayoutKind.Sequential)]
internal struct PgQuerySplitResult
{
    public nint Statements;
    public int StatementCount;
    public nint StderrBuffer;
    public nint Error;
}

[StructLayout(LayoutKind.Sequential)]
internal struct PgQueryPlpgsqlParseResult
{
    public nint Functions;
    public nint Error;
}

internal static unsafe partial class PgQueryNative
{
    public const string LibraryName = "pg_query";

    [LibraryImport(LibraryName, EntryPoint = "pg_query_parse")]
    public static partial PgQueryParseResult Parse(byte* input);

    [LibraryImport(LibraryName, EntryPoint = "pg_query_free_parse_result")]
    public static partial void FreeParseResult(PgQueryParseResult result);

    [LibraryImport(LibraryName, EntryPoint = "pg_query_split_with_scanner")]
    public static partial PgQuerySplitResult SplitWithScanner(byte* input);

    [LibraryImport(LibraryName, EntryPoint = "pg_query_split_with_parser")]
    public static partial PgQuerySplitResult SplitWithParser(byte* input);

    [LibraryImport(LibraryName, EntryPoint = "pg_query_free_split_result")]
    public static partial void FreeSplitResult(PgQuerySplitResult result);

    [LibraryImport(LibraryName, EntryPoint = "pg_query_parse_plpgsql")]
    public static partial PgQueryPlpgsqlParseResult ParsePlpgsql(byte* input);

    [LibraryImport(LibraryName, EntryPoint = "pg_query_free_plpgsql_parse_result")]
    public static partial void FreePlpgsqlParseResult(PgQueryPlpgsqlParseResult result);
}
