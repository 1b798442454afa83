using System.Runtime.InteropServices;
using System.Text.Json;
using MigrationLint.Postgres.Native;

namespace MigrationLint.Postgres.Tests;

public sealed class PgQueryTests
{
    [Test]
    public void Parse_returns_the_json_parse_tree()
    {
        var outcome = PgQuery.Parse("ALTER TABLE certificates RENAME COLUMN not_after TO expires_at");

        Assert.That(outcome.Succeeded, Is.True);
        using var tree = JsonDocument.Parse(outcome.Json);
        var statement = tree.RootElement.GetProperty("stmts")[0].GetProperty("stmt").GetProperty("RenameStmt");
        Assert.That(statement.GetProperty("subname").GetString(), Is.EqualTo("not_after"));
        Assert.That(statement.GetProperty("newname").GetString(), Is.EqualTo("expires_at"));
    }

    [Test]
    public void Parse_reports_the_message_and_a_cursor_counted_in_characters()
    {
        // 'é' and '证' are two and three bytes in UTF-8; the cursor counts them as one character each.
        var sql = "SELECT 'é证'; SELEC 1;";

        var outcome = PgQuery.Parse(sql);

        Assert.That(outcome.Succeeded, Is.False);
        Assert.That(outcome.Failure!.Message, Does.Contain("syntax error at or near \"SELEC\""));
        Assert.That(outcome.Failure.CursorPosition, Is.EqualTo(sql.IndexOf("SELEC 1", StringComparison.Ordinal) + 1));
    }

    [Test]
    public void Split_finds_statement_bounds_in_bytes()
    {
        var sql = "CREATE TABLE a (id int);\nCREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;\nDROP TABLE a;";

        var (statements, failure) = PgQuery.Split(sql);

        Assert.That(failure, Is.Null);
        Assert.That(statements, Has.Count.EqualTo(3));
        Assert.That(sql.Substring(statements[2].ByteOffset, statements[2].ByteLength).Trim(), Is.EqualTo("DROP TABLE a"));
    }

    [Test]
    public void ParsePlpgsql_returns_the_statements_of_a_function_body()
    {
        var outcome = PgQuery.ParsePlpgsql(
            "CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$\nBEGIN\n  ALTER TABLE t RENAME a TO b;\nEND\n$$");

        Assert.That(outcome.Succeeded, Is.True);
        Assert.That(System.Text.Encoding.UTF8.GetString(outcome.Json!), Does.Contain("ALTER TABLE t RENAME a TO b"));
    }

    [Test]
    public void Parsing_from_many_threads_gives_the_same_trees_as_parsing_from_one()
    {
        var inputs = Enumerable.Range(0, 400).Select(i => $"ALTER TABLE t{i} ADD COLUMN c{i} varchar({i + 1}) NOT NULL DEFAULT 'x'").ToArray();
        var serial = inputs.Select(sql => System.Text.Encoding.UTF8.GetString(PgQuery.Parse(sql).Json!)).ToArray();

        var parallel = new string[inputs.Length];
        Parallel.For(0, inputs.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            parallel[i] = System.Text.Encoding.UTF8.GetString(PgQuery.Parse(inputs[i]).Json!));

        Assert.That(parallel, Is.EqualTo(serial));
    }

    /// <summary>
    /// Every native result is freed: the C heap (glibc's own count of bytes in use) after 110,000
    /// parses is within 2 MiB of what it was after the first 10,000. The smallest result libpg_query
    /// hands back (an error with its message) is over 64 bytes, so leaking any kind of result would
    /// add several MiB; what remains is the runtime's own allocations (JIT tiering), which come in
    /// steps and do not grow with the number of calls.
    /// </summary>
    [Test]
    public void Parsing_100000_statements_keeps_native_memory_flat()
    {
        const string Sql = "CREATE TABLE certificates (id bigint PRIMARY KEY, serial text NOT NULL UNIQUE); SELEC broken";
        static void ParseMany(int count)
        {
            for (var i = 0; i < count; i++)
            {
                _ = PgQuery.Parse(i % 2 == 0 ? Sql[..Sql.IndexOf("; SELEC", StringComparison.Ordinal)] : Sql);
                if (i % 10 == 0)
                {
                    _ = PgQuery.Split(Sql);
                    _ = PgQuery.ParsePlpgsql("CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN PERFORM 1; END $$");
                }
            }
        }

        ParseMany(10_000);
        var before = NativeHeapInUse();
        for (var round = 1; round <= 10; round++)
        {
            ParseMany(10_000);
            TestContext.Out.WriteLine($"after {10_000 + round * 10_000:N0} parses: {NativeHeapInUse() - before:N0} bytes more than after 10,000");
        }

        var after = NativeHeapInUse();
        Assert.That(after - before, Is.LessThan(2 * 1024 * 1024), "native heap grew with the number of parses: a libpg_query result is not freed");
    }

    [Test]
    public void A_missing_library_is_reported_with_the_package_to_install()
    {
        var error = Assert.Throws<PgQueryLibraryNotFoundException>(() =>
            PgQueryLibrary.LoadFirst(["/nonexistent/libpg_query.so", "libpg_query_that_does_not_exist.so"]));

        Assert.That(error!.Message, Does.Contain("sudo apt-get install libpg-query1504.0"));
        Assert.That(error.Message, Does.Contain("MIGRATIONLINT_LIBPG_QUERY"));
    }

    [Test]
    public void A_library_path_set_by_the_user_that_does_not_load_is_refused_not_replaced()
    {
        var error = Assert.Throws<PgQueryLibraryNotFoundException>(() => PgQueryLibrary.LoadExplicit("/nonexistent/libpg_query.so"));

        Assert.That(error!.Message, Does.StartWith("MIGRATIONLINT_LIBPG_QUERY is set to /nonexistent/libpg_query.so"));
    }

    [Test]
    public void The_resolver_tries_the_debian_versioned_name_before_the_development_name()
    {
        var candidates = PgQueryLibrary.Candidates().ToList();

        Assert.That(candidates, Does.Contain("libpg_query.so.1504.0"));
        Assert.That(candidates.IndexOf("libpg_query.so.1504.0"), Is.LessThan(candidates.IndexOf("libpg_query.so")));
    }

    [Test]
    public void The_resolver_prefers_the_copy_bundled_with_the_tool_to_the_system_library()
    {
        var candidates = PgQueryLibrary.Candidates().ToList();
        var bundled = Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native", "libpg_query.so");

        Assert.That(candidates, Does.Contain(bundled));
        Assert.That(candidates.IndexOf(bundled), Is.LessThan(candidates.IndexOf("libpg_query.so.1504.0")));
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct MallInfo2
    {
        public nuint Arena;
        public nuint OrdBlks;
        public nuint SmBlks;
        public nuint HBlks;
        public nuint HBlkHd;
        public nuint UsmBlks;
        public nuint FsmBlks;
        public nuint UordBlks;
        public nuint FordBlks;
        public nuint KeepCost;
    }

    [DllImport("libc", EntryPoint = "mallinfo2")]
    private static extern MallInfo2 NativeMallInfo2();

    /// <summary>Bytes allocated with malloc and not freed, in mmap'ed chunks too.</summary>
    private static long NativeHeapInUse()
    {
        var info = NativeMallInfo2();
        return (long)info.UordBlks + (long)info.HBlkHd;
    }
}
