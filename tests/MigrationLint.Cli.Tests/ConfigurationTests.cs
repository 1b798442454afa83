using System.Text.Json;
using MigrationLint.Testing;

namespace MigrationLint.Cli.Tests;

/// <summary>The configuration file shapes a run; the command line overrides it; a bad file stops it with exit 2.</summary>
[NonParallelizable]
public sealed class ConfigurationTests
{
    private static TemporaryFolder Project(string config)
    {
        var folder = new TemporaryFolder();
        folder.Write(".migrationlint.yml", config);
        folder.Write("db/000001_base.up.sql", "CREATE TABLE agents (id bigint PRIMARY KEY, name text NOT NULL);\n");
        folder.Write("db/000001_base.down.sql", "DROP TABLE agents;\n");
        folder.Write("db/000002_rename.up.sql", "ALTER TABLE agents RENAME COLUMN name TO hostname;\n");
        folder.Write("db/000002_rename.down.sql", "ALTER TABLE agents RENAME COLUMN hostname TO name;\n");
        folder.Write("db/000003_index.up.sql", "CREATE INDEX agents_hostname_idx ON agents (hostname);\n");
        folder.Write("db/000003_index.down.sql", "DROP INDEX agents_hostname_idx;\n");
        return folder;
    }

    [Test]
    public void The_configured_folders_baseline_and_fail_on_apply_when_the_command_line_is_silent()
    {
        using var project = Project("migrations: [db]\nbaseline: \"000001\"\nfail-on: full-restore\n");

        var result = Cli.RunIn(project.Path, "check", "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(0), "schema-revert is below the configured fail-on");
        using var report = JsonDocument.Parse(result.Output);
        Assert.That(report.RootElement.GetProperty("migrations").EnumerateArray().Select(m => m.GetProperty("version").GetString()),
            Is.EqualTo(new[] { "000002", "000003" }), "000001 is at the baseline: history only");
        Assert.That(Cli.RunIn(project.Path, "check", "--fail-on", "review").ExitCode, Is.EqualTo(1), "the command line wins");
    }

    [Test]
    public void Rule_overrides_change_verdicts_or_turn_rules_off()
    {
        using var project = Project("migrations: [db]\nbaseline: \"000001\"\nrules:\n  rename-column: usually-safe\n  ML102: off\n");

        var result = Cli.RunIn(project.Path, "check", "--format", "json", "--fail-on", "never");

        using var report = JsonDocument.Parse(result.Output);
        var findings = report.RootElement.GetProperty("migrations").EnumerateArray().SelectMany(m => m.GetProperty("findings").EnumerateArray()).ToList();
        Assert.That(findings.Single(f => f.GetProperty("rule").GetString() == "ML301").GetProperty("verdict").GetString(), Is.EqualTo("usually-safe"));
        Assert.That(findings.Where(f => f.GetProperty("rule").GetString() == "ML102"), Is.Empty);
        Assert.That(report.RootElement.GetProperty("verdict").GetString(), Is.EqualTo("usually-safe"));
    }

    [Test]
    public void Ignored_paths_are_never_analysed()
    {
        using var project = Project("migrations: [db]\nignore: [\"db/000002_*\"]\n");

        var result = Cli.RunIn(project.Path, "check", "--format", "json", "--fail-on", "never");

        using var report = JsonDocument.Parse(result.Output);
        Assert.That(report.RootElement.GetProperty("migrations").EnumerateArray().Select(m => m.GetProperty("version").GetString()),
            Is.EqualTo(new[] { "000001", "000003" }));
    }

    [Test]
    public void A_bad_configuration_is_one_line_with_its_position_and_exit_2()
    {
        using var project = Project("migrations: [db]\nfail_on: review\n");

        var result = Cli.RunIn(project.Path, "check");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error.Trim(), Does.Match(@"^migrationlint: .*\.migrationlint\.yml:2:1: unknown key 'fail_on' \(valid keys: .*fail-on.*\)$"));
    }

    [Test]
    public void An_explicit_config_that_is_missing_is_an_error()
    {
        var result = Cli.Run("check", "--config", "/nonexistent/.migrationlint.yml");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("configuration file not found"));
    }

    [Test]
    public void Init_writes_a_starter_file_that_loads_and_refuses_to_overwrite()
    {
        using var project = Project("placeholder: true\n");
        File.Delete(Path.Combine(project.Path, ".migrationlint.yml"));

        var first = Cli.RunIn(project.Path, "init");
        var second = Cli.RunIn(project.Path, "init");
        var check = Cli.RunIn(project.Path, "check", "--fail-on", "never");

        Assert.That(first.ExitCode, Is.EqualTo(0), first.Error);
        Assert.That(File.ReadAllText(Path.Combine(project.Path, ".migrationlint.yml")), Does.Contain("migrations:\n  - db\n").And.Contain("layout: golang-migrate"));
        Assert.That(second.ExitCode, Is.EqualTo(2));
        Assert.That(check.ExitCode, Is.EqualTo(0), check.Error);
    }

    [Test]
    public void Several_reports_can_be_written_in_one_run()
    {
        using var project = Project("migrations: [db]\n");
        var json = Path.Combine(project.Path, "report.json");
        var markdown = Path.Combine(project.Path, "report.md");

        var result = Cli.RunIn(project.Path, "check", "--format", "json", "--output", json, "--format", "markdown", "--output", markdown, "--format", "text", "--fail-on", "never");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        using var report = JsonDocument.Parse(File.ReadAllText(json));
        Assert.That(report.RootElement.GetProperty("schemaVersion").GetInt32(), Is.EqualTo(1));
        Assert.That(File.ReadAllText(markdown), Does.StartWith("## MigrationLint: "));
        Assert.That(result.Output, Does.Contain("rollback plan: "), "the report without a file goes to standard output");
        Assert.That(Cli.RunIn(project.Path, "check", "--format", "json", "--format", "text").ExitCode, Is.EqualTo(2), "two reports for one standard output");
    }
}

/// <summary>In GitHub Actions, the annotations mark lines and the job summary carries the whole report.</summary>
[NonParallelizable]
public sealed class GitHubStepSummaryTests
{
    [Test]
    public void Format_github_appends_the_markdown_report_to_the_step_summary()
    {
        using var folder = new TemporaryFolder();
        var summary = folder.Write("summary.md", "# earlier step\n");
        var migration = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Samples, "certhub", "migrations"), "000009_*.up.sql").Single();
        Environment.SetEnvironmentVariable("GITHUB_STEP_SUMMARY", summary);
        try
        {
            var result = Cli.Run("check", migration, "--format", "github");

            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(result.Output, Does.StartWith("::error file="));
            var written = File.ReadAllText(summary);
            Assert.That(written, Does.StartWith("# earlier step\n## MigrationLint: schema-revert"));
            Assert.That(written, Does.Contain("### Rollback plan: rollback-with-schema-revert"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("GITHUB_STEP_SUMMARY", null);
        }
    }

    [Test]
    public void Other_formats_leave_the_step_summary_alone()
    {
        using var folder = new TemporaryFolder();
        var summary = folder.Write("summary.md", string.Empty);
        var migration = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Samples, "certhub", "migrations"), "000009_*.up.sql").Single();
        Environment.SetEnvironmentVariable("GITHUB_STEP_SUMMARY", summary);
        try
        {
            Cli.Run("check", migration, "--format", "json");

            Assert.That(File.ReadAllText(summary), Is.Empty);
        }
        finally
        {
            Environment.SetEnvironmentVariable("GITHUB_STEP_SUMMARY", null);
        }
    }
}
