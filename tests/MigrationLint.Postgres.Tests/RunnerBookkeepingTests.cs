using MigrationLint.Core.Analysis;
using MigrationLint.Core.Discovery;
using MigrationLint.Core.Model;
using MigrationLint.Core.Reports;
using MigrationLint.Core.Rules;
using MigrationLint.Core.Runners;
using MigrationLint.Core.Text;
using MigrationLint.Testing;

namespace MigrationLint.Postgres.Tests;

/// <summary>Each runner's bookkeeping SQL is real PostgreSQL acting on its table; each runner reverts as far back as it must.</summary>
public sealed class RunnerBookkeepingTests
{
    private static readonly Migration Target = Migration("000007", "backfill");

    private static readonly Migration[] Reverted = [Migration("000010", "requested_by"), Migration("000009", "limit_name"), Migration("000008", "rename")];

    private static Migration Migration(string version, string name) =>
        new(version, name, MigrationLayout.GolangMigrate, new MigrationScript($"migrations/{version}_{name}.up.sql", ScriptSection.WholeFile),
            new MigrationScript($"migrations/{version}_{name}.down.sql", ScriptSection.WholeFile), null);

    private static IEnumerable<TestCaseData> Runners() =>
        RunnerCatalog.All.Where(r => r.Name != "none").Select(r => new TestCaseData(r.Name).SetName($"bookkeeping/{r.Name}"));

    [TestCaseSource(nameof(Runners))]
    public void Bookkeeping_is_postgresql_that_changes_the_runners_table(string runnerName)
    {
        var runner = RunnerCatalog.ByName(runnerName)!;
        var table = new RunnerTable(null, runner.DefaultTable);

        var sql = runner.Bookkeeping(table, Reverted, Target);
        var operations = new PostgresFrontEnd().Parse(new SourceText("bookkeeping.sql", sql)).Operations.ToList();

        Assert.That(operations.OfType<SyntaxError>(), Is.Empty, sql);
        var change = operations.OfType<DataChange>().Single();
        Assert.That(change.Table.Name, Is.EqualTo(runner.DefaultTable));
        Assert.That(change.HasFilter || runner.Name == "golang-migrate", Is.True, $"{sql} must only touch the reverted rows");
    }

    [Test]
    public void Each_runner_writes_the_versions_the_way_it_stores_them()
    {
        string Sql(string name) => RunnerCatalog.ByName(name)!.Bookkeeping(new RunnerTable(null, RunnerCatalog.ByName(name)!.DefaultTable), Reverted, Target);

        Assert.That(Sql("golang-migrate"), Is.EqualTo("UPDATE schema_migrations SET version = 7, dirty = false;"));
        Assert.That(Sql("ledger"), Is.EqualTo("DELETE FROM schema_migrations WHERE version IN ('000010_requested_by.up.sql', '000009_limit_name.up.sql', '000008_rename.up.sql');"));
        Assert.That(Sql("goose"), Is.EqualTo("DELETE FROM goose_db_version WHERE version_id IN (10, 9, 8);"));
        Assert.That(Sql("dbmate"), Is.EqualTo("DELETE FROM schema_migrations WHERE version IN ('000010', '000009', '000008');"));
        Assert.That(Sql("efcore"), Is.EqualTo("DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" IN ('000010_requested_by', '000009_limit_name', '000008_rename');"));
        Assert.That(RunnerCatalog.ByName("efcore")!.RevertCommand(Reverted, Target), Is.EqualTo("dotnet ef database update 000007_backfill"));
        Assert.That(Sql("dbup"), Is.EqualTo("DELETE FROM schemaversions WHERE ScriptName IN ('000010_requested_by.up.sql', '000009_limit_name.up.sql', '000008_rename.up.sql');"));
    }

    [Test]
    public void Flyway_versions_use_dots_and_a_configured_schema_is_quoted_where_needed()
    {
        var flyway = new Migration("1_12_5", "x", MigrationLayout.Flyway, new MigrationScript("V1_12_5__x.sql", ScriptSection.WholeFile), null, null);

        var sql = new FlywayRunner().Bookkeeping(new RunnerTable("Deploy", "flyway_schema_history"), [flyway], null);

        Assert.That(sql, Is.EqualTo("DELETE FROM \"Deploy\".flyway_schema_history WHERE version IN ('1.12.5');"));
    }

    [Test]
    public void Without_a_migration_left_golang_migrate_empties_its_table() =>
        Assert.That(new GolangMigrateRunner().Bookkeeping(new RunnerTable(null, "schema_migrations"), Reverted, null), Is.EqualTo("DELETE FROM schema_migrations;"));

    [TestCase(null, new[] { "000004", "000003", "000002" })]
    [TestCase("goose", new[] { "000004", "000003" })]
    [TestCase("ledger", new[] { "000004", "000003" })]
    public void Golang_migrate_reverts_the_whole_window_ledgers_stop_at_the_oldest_unsafe_migration(string? runner, string[] expected)
    {
        using var folder = new TemporaryFolder();
        folder.Write("000001_base.up.sql", "CREATE TABLE agents (id bigint PRIMARY KEY, name text NOT NULL);");
        folder.Write("000001_base.down.sql", "DROP TABLE agents;");
        folder.Write("000002_index.up.sql", "CREATE INDEX agents_name_idx ON agents (name);");
        folder.Write("000002_index.down.sql", "DROP INDEX agents_name_idx;");
        folder.Write("000003_rename.up.sql", "ALTER TABLE agents RENAME COLUMN name TO hostname;");
        folder.Write("000003_rename.down.sql", "ALTER TABLE agents RENAME COLUMN hostname TO name;");
        folder.Write("000004_seen.up.sql", "ALTER TABLE agents ADD COLUMN last_seen_at timestamptz;");
        folder.Write("000004_seen.down.sql", "ALTER TABLE agents DROP COLUMN last_seen_at;");
        var discovery = new MigrationDiscovery(new DiscoveryOptions(DialectNames.Postgres)).Discover(
            [Path.Combine(folder.Path, "000002_index.up.sql"), Path.Combine(folder.Path, "000003_rename.up.sql"), Path.Combine(folder.Path, "000004_seen.up.sql")]);
        var engine = new AnalysisEngine(RuleSet.BuiltIn(), new SingleFrontEnd(new PostgresFrontEnd()), new RunnerSettings(runner, null, null));

        var plan = engine.Analyze(discovery).RollbackPlan;

        Assert.That(plan.Procedure, Is.EqualTo(RollbackProcedure.RollbackWithSchemaRevert));
        Assert.That(plan.Revert.Select(r => r.Version), Is.EqualTo(expected));
        Assert.That(plan.TargetVersion, Is.EqualTo(expected.Length == 3 ? "000001" : "000002"));
    }
}
