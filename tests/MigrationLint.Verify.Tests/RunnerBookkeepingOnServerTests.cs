using MigrationLint.Core.Discovery;
using MigrationLint.Core.Runners;
using MigrationLint.Verify.Execution;
using MigrationLint.Verify.Server;
using Npgsql;

namespace MigrationLint.Verify.Tests;

/// <summary>
/// Every runner's bookkeeping statement, as the plan writes it, on a real table shaped as that runner
/// keeps it: after recording five applied migrations and reverting the last three, the table must
/// hold exactly what it held when the target was the newest migration.
/// </summary>
[NonParallelizable]
public sealed class RunnerBookkeepingOnServerTests
{
    private ThrowawayServer _server = null!;

    [OneTimeSetUp]
    public void Start() => _server = TestServer.StartOrIgnore();

    [OneTimeTearDown]
    public void Stop() => _server?.Dispose();

    private static IEnumerable<TestCaseData> Runners()
    {
        foreach (var runner in RunnerCatalog.All.Where(r => r.Name != "none"))
        {
            yield return new TestCaseData(runner.Name, null).SetName($"bookkeeping/{runner.Name}");
            yield return new TestCaseData(runner.Name, "Deploy History").SetName($"bookkeeping/{runner.Name} in a quoted schema");
        }
    }

    [TestCaseSource(nameof(Runners))]
    public void The_plans_statement_leaves_the_table_as_it_was_at_the_target(string runnerName, string? schema)
    {
        var runner = RunnerCatalog.ByName(runnerName)!;
        var emulation = new RunnerEmulation(runner, new RunnerTable(schema, runner.DefaultTable));
        var layout = runnerName == "flyway" ? MigrationLayout.Flyway : MigrationLayout.GolangMigrate;
        var migrations = runnerName == "flyway"
            ? new[] { "1", "1_1", "1_2", "2", "2_0_1" }.Select((v, i) => Migration(v, $"step {i}", layout)).ToList()
            : new[] { "000001", "000002", "000003", "000004", "000005" }.Select((v, i) => Migration(v, $"step_{i}", layout)).ToList();
        using var connection = new NpgsqlConnection(_server.OpenDatabase(CancellationToken.None));
        connection.Open();
        Execute(connection, emulation.CreateTable());
        for (var i = 0; i < 2; i++)
        {
            Execute(connection, emulation.Record(migrations[i], i + 1));
        }

        var atTarget = Rows(connection, emulation);
        for (var i = 2; i < 5; i++)
        {
            Execute(connection, emulation.Record(migrations[i], i + 1));
        }

        var reverted = migrations.Skip(2).Reverse().ToList();
        Execute(connection, runner.Bookkeeping(emulation.Table, reverted, migrations[1]));

        Assert.That(Rows(connection, emulation), Is.EqualTo(atTarget));
    }

    [Test]
    public void Golang_migrate_with_nothing_left_empties_its_table()
    {
        var runner = new GolangMigrateRunner();
        var emulation = new RunnerEmulation(runner, new RunnerTable(null, runner.DefaultTable));
        using var connection = new NpgsqlConnection(_server.OpenDatabase(CancellationToken.None));
        connection.Open();
        Execute(connection, emulation.CreateTable());
        var only = Migration("000001", "init", MigrationLayout.GolangMigrate);
        Execute(connection, emulation.Record(only, 1));

        Execute(connection, runner.Bookkeeping(emulation.Table, [only], null));

        Assert.That(Rows(connection, emulation), Is.Empty);
    }

    private static Migration Migration(string version, string name, MigrationLayout layout) =>
        new(version, name, layout, new MigrationScript($"migrations/{version}_{name}.up.sql", ScriptSection.WholeFile),
            new MigrationScript($"migrations/{version}_{name}.down.sql", ScriptSection.WholeFile), null);

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static List<string> Rows(NpgsqlConnection connection, RunnerEmulation emulation)
    {
        using var command = new NpgsqlCommand(emulation.ReadRows(), connection);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
