using MigrationLint.Verify.Execution;
using MigrationLint.Verify.Server;
using Npgsql;

namespace MigrationLint.Verify.Tests;

/// <summary>Scripts run as their runner runs them, and a failure points at its line and column in the file.</summary>
[NonParallelizable]
public sealed class ScriptExecutorTests
{
    private ThrowawayServer _server = null!;
    private NpgsqlConnection _connection = null!;

    [OneTimeSetUp]
    public void Start() => _server = TestServer.StartOrIgnore();

    [OneTimeTearDown]
    public void Stop() => _server?.Dispose();

    [SetUp]
    public void Connect()
    {
        _connection = new NpgsqlConnection(_server.OpenDatabase(CancellationToken.None));
        _connection.Open();
    }

    [TearDown]
    public void Disconnect() => _connection.Dispose();

    private ScriptFailure? Run(string text, bool inOneTransaction = true) => ScriptExecutor.Run(_connection, text, inOneTransaction, CancellationToken.None);

    private long Count(string table)
    {
        using var command = new NpgsqlCommand($"SELECT count(*) FROM pg_class WHERE relname = '{table}'", _connection);
        return (long)command.ExecuteScalar()!;
    }

    [Test]
    public void An_error_points_at_its_statement_and_column()
    {
        var failure = Run("-- two tables\nCREATE TABLE a (id int);\n\nCREATE TABLE b (id int);\nSELECT id, nope FROM a;\n");

        Assert.That(failure, Is.EqualTo(new ScriptFailure(5, 12, "column \"nope\" does not exist")));
        Assert.That(Count("a") + Count("b"), Is.Zero, "the file is one transaction: nothing of it stays");
    }

    [Test]
    public void An_error_inside_a_do_block_points_at_the_line_in_the_block()
    {
        var failure = Run("CREATE TABLE a (id int);\nDO $$\nBEGIN\n    INSERT INTO a VALUES (1);\n    INSERT INTO missing VALUES (1);\nEND\n$$;\n");

        Assert.That(failure!.Line, Is.EqualTo(5));
        Assert.That(failure.Message, Does.Contain("relation \"missing\" does not exist"));
    }

    [Test]
    public void A_syntax_error_is_located_by_the_parser_and_named_by_the_server()
    {
        var failure = Run("CREATE TABLE a (id int);\nCREATE TABLEE b (id int);\n");

        Assert.That(failure!.Line, Is.EqualTo(2));
        Assert.That(failure.Message, Does.Contain("syntax error at or near \"TABLEE\""));
        Assert.That(Count("a"), Is.Zero);
    }

    [Test]
    public void Dollar_quoted_bodies_and_comments_are_not_cut()
    {
        var failure = Run("CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $body$ SELECT 1; $body$;\n/* a; comment */\nCREATE TABLE a (id int DEFAULT f());\n-- only a comment; at the end\n");

        Assert.That(failure, Is.Null);
        Assert.That(Count("a"), Is.EqualTo(1));
    }

    [Test]
    public void A_single_concurrent_index_runs_as_the_runner_runs_it_and_no_transaction_scripts_run_statement_by_statement()
    {
        Assert.That(Run("CREATE TABLE a (id int);"), Is.Null);

        Assert.That(Run("CREATE INDEX CONCURRENTLY a_id ON a (id);"), Is.Null, "one statement: no transaction block");
        var inOne = Run("CREATE INDEX CONCURRENTLY a_id2 ON a (id);\nCREATE INDEX CONCURRENTLY a_id3 ON a (id);");
        var apart = Run("-- +goose NO TRANSACTION\nCREATE INDEX CONCURRENTLY a_id2 ON a (id);\nCREATE INDEX CONCURRENTLY a_id3 ON a (id);", inOneTransaction: false);

        Assert.That(inOne!.Message, Does.Contain("cannot run inside a transaction block"), "as golang-migrate's multi-statement Exec");
        Assert.That(apart, Is.Null);
        Assert.That(ScriptExecutor.WantsNoTransaction("x.up.sql", "-- +goose NO TRANSACTION\nSELECT 1;"), Is.True);
        Assert.That(ScriptExecutor.WantsNoTransaction("000001_x.autocommit.up.sql", "SELECT 1;"), Is.True);
        Assert.That(ScriptExecutor.WantsNoTransaction("x.sql", "-- migrate:up transaction:false\nSELECT 1;"), Is.True);
        Assert.That(ScriptExecutor.WantsNoTransaction("x.up.sql", "SELECT 1;"), Is.False);
    }
}
