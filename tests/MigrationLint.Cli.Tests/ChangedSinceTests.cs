using System.Text.Json;
using MigrationLint.Testing;

namespace MigrationLint.Cli.Tests;

/// <summary><c>check --changed-since</c>: a pull request's migrations are reviewed, the rest are history, edits to merged ones are flagged.</summary>
[NonParallelizable]
public sealed class ChangedSinceTests
{
    private static void Git(string directory, params string[] arguments)
    {
        var (code, output) = Shell.Run(directory, "git", ["-c", "user.name=t", "-c", "user.email=t@example.com", .. arguments]);
        Assert.That(code, Is.EqualTo(0), $"git {string.Join(' ', arguments)}: {output}");
    }

    [Test]
    public void Only_added_migrations_are_reviewed_and_edited_merged_ones_are_flagged()
    {
        using var repository = new TemporaryFolder();
        Git(repository.Path, "init", "--quiet", "--initial-branch=main");
        repository.Write("db/000001_base.up.sql", "CREATE TABLE agents (id bigint PRIMARY KEY, name text NOT NULL);\n");
        repository.Write("db/000001_base.down.sql", "DROP TABLE agents;\n");
        repository.Write("db/000002_seen.up.sql", "ALTER TABLE agents ADD COLUMN last_seen_at timestamptz;\n");
        repository.Write("db/000002_seen.down.sql", "ALTER TABLE agents DROP COLUMN last_seen_at;\n");
        Git(repository.Path, "add", ".");
        Git(repository.Path, "commit", "--quiet", "-m", "base");
        Git(repository.Path, "checkout", "--quiet", "-b", "feature");
        repository.Write("db/000003_rename.up.sql", "ALTER TABLE agents RENAME COLUMN name TO hostname;\n");
        repository.Write("db/000003_rename.down.sql", "ALTER TABLE agents RENAME COLUMN hostname TO name;\n");
        repository.Write("db/000002_seen.up.sql", "ALTER TABLE agents ADD COLUMN last_seen_at timestamptz NOT NULL DEFAULT now();\n");
        Git(repository.Path, "add", ".");
        Git(repository.Path, "commit", "--quiet", "-m", "feature");
        repository.Write("db/000004_index.up.sql", "CREATE INDEX agents_hostname_idx ON agents (hostname);\n");
        repository.Write("db/000004_index.down.sql", "DROP INDEX agents_hostname_idx;\n");

        var result = Cli.RunIn(repository.Path, "check", "db", "--changed-since", "main", "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Error);
        using var report = JsonDocument.Parse(result.Output);
        var migrations = report.RootElement.GetProperty("migrations").EnumerateArray()
            .ToDictionary(m => m.GetProperty("version").GetString()!, m => m);
        Assert.That(migrations.Keys, Is.EquivalentTo(new[] { "000002", "000003", "000004" }));
        Assert.That(migrations["000002"].GetProperty("inWindow").GetBoolean(), Is.False);
        Assert.That(migrations["000002"].GetProperty("findings")[0].GetProperty("rule").GetString(), Is.EqualTo("ML912"));
        Assert.That(migrations["000003"].GetProperty("verdict").GetString(), Is.EqualTo("schema-revert"));
        Assert.That(migrations["000004"].GetProperty("upFile").GetString(), Is.EqualTo("db/000004_index.up.sql"), "untracked files count as added");
        Assert.That(report.RootElement.GetProperty("rollbackPlan").GetProperty("targetVersion").GetString(), Is.EqualTo("000002"));
    }

    [Test]
    public void A_change_that_touches_no_migration_passes()
    {
        using var repository = new TemporaryFolder();
        Git(repository.Path, "init", "--quiet", "--initial-branch=main");
        repository.Write("db/000001_base.up.sql", "CREATE TABLE agents (id bigint PRIMARY KEY);\n");
        Git(repository.Path, "add", ".");
        Git(repository.Path, "commit", "--quiet", "-m", "base");

        var result = Cli.RunIn(repository.Path, "check", "db", "--changed-since", "main");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(result.Output, Does.Contain("verdict: safe (no migrations under review)"));
    }

    [Test]
    public void An_unknown_base_is_one_line_and_exit_2()
    {
        using var repository = new TemporaryFolder();
        Git(repository.Path, "init", "--quiet", "--initial-branch=main");
        repository.Write("db/000001_base.up.sql", "CREATE TABLE agents (id bigint PRIMARY KEY);\n");
        Git(repository.Path, "add", ".");
        Git(repository.Path, "commit", "--quiet", "-m", "base");

        var result = Cli.RunIn(repository.Path, "check", "db", "--changed-since", "origin/main");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("unknown git ref 'origin/main'"));
    }
}
