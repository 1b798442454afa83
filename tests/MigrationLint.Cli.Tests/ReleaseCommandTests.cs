using System.Text.Json;
using MigrationLint.Testing;

namespace MigrationLint.Cli.Tests;

/// <summary>
/// <c>migrationlint release</c> over the sample's history: each release gets the verdict, plan,
/// target version and exit code its changes call for, in every format, pinned by golden files.
/// </summary>
[NonParallelizable]
public sealed class ReleaseCommandTests
{
    private SampleHistory _history = null!;

    [OneTimeSetUp]
    public void BuildHistory() => _history = new SampleHistory();

    [OneTimeTearDown]
    public void RemoveHistory() => _history.Dispose();

    private static IEnumerable<TestCaseData> Releases()
    {
        yield return new TestCaseData("v1.0.0", "v1.1.0", "safe", "standard-rollback", "000004", 0);
        yield return new TestCaseData("v1.1.0", "v1.2.0", "schema-revert", "rollback-with-schema-revert", "000007", 1);
        yield return new TestCaseData("v1.2.0", "v1.3.0", "full-restore", "full-restore", "000010", 1);
        yield return new TestCaseData("v1.3.0", "v1.3.1", "review", "standard-rollback", "000012", 1);
    }

    [TestCaseSource(nameof(Releases))]
    public void Each_release_gets_its_verdict_plan_target_and_exit_code(string from, string to, string verdict, string procedure, string target, int exitCode)
    {
        var result = Cli.RunIn(_history.Root, "release", "migrations", "--from", from, "--to", to, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(exitCode), result.Error);
        using var report = JsonDocument.Parse(result.Output);
        var plan = report.RootElement.GetProperty("rollbackPlan");
        Assert.That(report.RootElement.GetProperty("verdict").GetString(), Is.EqualTo(verdict));
        Assert.That(plan.GetProperty("procedure").GetString(), Is.EqualTo(procedure));
        Assert.That(plan.GetProperty("targetVersion").GetString(), Is.EqualTo(target));
    }

    [TestCaseSource(nameof(Releases))]
    public void Each_release_report_matches_its_golden_files(string from, string to, string verdict, string procedure, string target, int exitCode)
    {
        foreach (var (format, extension) in new[] { ("text", "txt"), ("json", "json"), ("markdown", "md") })
        {
            var result = Cli.RunIn(_history.Root, "release", "migrations", "--from", from, "--to", to, "--format", format);
            GoldenFile.AssertMatches($"release/{to}.{extension}", result.Output);
        }
    }

    [Test]
    public void The_schema_revert_plan_reverts_the_whole_release_for_golang_migrate()
    {
        var result = Cli.RunIn(_history.Root, "release", "migrations", "--from", "v1.1.0", "--to", "v1.2.0", "--format", "json");

        using var report = JsonDocument.Parse(result.Output);
        var plan = report.RootElement.GetProperty("rollbackPlan");
        Assert.That(plan.GetProperty("revert").EnumerateArray().Select(r => r.GetProperty("version").GetString()), Is.EqualTo(new[] { "000010", "000009", "000008" }));
        Assert.That(plan.GetProperty("bookkeeping")[0].GetString(), Is.EqualTo("UPDATE schema_migrations SET version = 7, dirty = false;"));
        Assert.That(plan.GetProperty("discards")[0].GetString(), Does.StartWith("column renewal_jobs.requested_by"));
    }

    [Test]
    public void An_edited_released_migration_is_reported_outside_the_window()
    {
        var result = Cli.RunIn(_history.Root, "release", "migrations", "--from", "v1.3.0", "--to", "v1.3.1", "--format", "json");

        using var report = JsonDocument.Parse(result.Output);
        var edited = report.RootElement.GetProperty("migrations").EnumerateArray().Single(m => m.GetProperty("version").GetString() == "000006");
        Assert.That(edited.GetProperty("inWindow").GetBoolean(), Is.False);
        var finding = edited.GetProperty("findings").EnumerateArray().Single();
        Assert.That(finding.GetProperty("rule").GetString(), Is.EqualTo("ML912"));
        Assert.That(finding.GetProperty("line").GetInt32(), Is.EqualTo(4));
        Assert.That(finding.GetProperty("message").GetString(), Does.Contain("+2 -1 lines"));
    }

    [Test]
    public void Deleted_and_renamed_released_migrations_are_reported_too()
    {
        _history.Git("checkout", "--quiet", "-b", "rewrite-history", "v1.3.1");
        try
        {
            _history.Git("rm", "--quiet", "migrations/000004_create_audit_events.up.sql");
            _history.Git("mv", "migrations/000007_backfill_renew_before_days.up.sql", "migrations/000007_backfill_renewal_days.up.sql");
            _history.Git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "--quiet", "--message", "rewrite history");

            var result = Cli.RunIn(_history.Root, "release", "migrations", "--from", "v1.3.1", "--to", "HEAD", "--format", "json");

            using var report = JsonDocument.Parse(result.Output);
            var messages = report.RootElement.GetProperty("migrations").EnumerateArray()
                .SelectMany(m => m.GetProperty("findings").EnumerateArray())
                .Where(f => f.GetProperty("rule").GetString() == "ML912")
                .Select(f => f.GetProperty("message").GetString())
                .ToList();
            Assert.That(messages, Has.Some.StartsWith("released migration 000004 was deleted"));
            Assert.That(messages, Has.Some.StartsWith("released migration 000007 was renamed from migrations/000007_backfill_renew_before_days.up.sql"));
            Assert.That(report.RootElement.GetProperty("verdict").GetString(), Is.EqualTo("review"));
        }
        finally
        {
            _history.Git("checkout", "--quiet", "main");
        }
    }

    [Test]
    public void The_release_at_head_can_be_named_by_the_chart()
    {
        var result = Cli.RunIn(_history.Root, "release", "migrations", "--chart", "chart", "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Error);
        using var report = JsonDocument.Parse(result.Output);
        Assert.That(report.RootElement.GetProperty("migrations").EnumerateArray().Select(m => m.GetProperty("version").GetString()),
            Is.EqualTo(new[] { "000006", "000013" }), "v1.3.1, against the nearest earlier tag v1.3.0");
    }

    [Test]
    public void Annotate_chart_writes_the_verdict_and_keeps_the_rest_of_the_file()
    {
        _history.Git("checkout", "--quiet", "v1.2.0");
        try
        {
            var before = File.ReadAllText(Path.Combine(_history.Root, "chart", "Chart.yaml"));
            var result = Cli.RunIn(_history.Root, "release", "migrations", "--chart", "chart", "--annotate-chart");
            var after = File.ReadAllText(Path.Combine(_history.Root, "chart", "Chart.yaml"));

            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(after, Does.StartWith(before.TrimEnd()));
            Assert.That(after, Does.Contain("  migrationlint/verdict: \"schema-revert\"\n"));
            Assert.That(after, Does.Contain("  migrationlint/rollback-procedure: \"rollback-with-schema-revert\"\n"));
            Assert.That(after, Does.Contain("  migrationlint/target-version: \"000007\"\n"));
            Assert.That(after, Does.Contain("  migrationlint/previous-release: \"v1.1.0\"\n"));
        }
        finally
        {
            _history.Git("checkout", "--quiet", "--", ".");
            _history.Git("checkout", "--quiet", "main");
        }
    }

    [Test]
    public void Plan_writes_the_runbook_as_a_script()
    {
        var result = Cli.RunIn(_history.Root, "plan", "migrations", "--from", "v1.1.0", "--to", "v1.2.0", "--namespace", "certs", "--release-name", "certhub");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        GoldenFile.AssertMatches("release/plan-v1.2.0.sh", result.Output);
        var (code, syntax) = Shell.Run(_history.Root, "bash", "-n", "-c", result.Output);
        Assert.That(code, Is.EqualTo(0), $"the script is not valid bash: {syntax}");
    }

    [TestCase(new[] { "--from", "v9.9.9" }, "unknown git ref 'v9.9.9'")]
    [TestCase(new[] { "--from", "v1.3.0", "--to", "v1.3.0" }, "no migrations were added to migrations between v1.3.0 and v1.3.0")]
    [TestCase(new[] { "--since", "000013" }, "no migrations after version 000013")]
    [TestCase(new[] { "--from", "v1.0.0", "--since", "000001" }, "name the release in different ways")]
    public void Bad_release_names_get_one_line_and_exit_2(string[] arguments, string message)
    {
        var result = Cli.RunIn(_history.Root, ["release", "migrations", .. arguments]);

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain(message));
        Assert.That(result.Error, Does.Not.Contain("   at "));
    }

    [Test]
    public void A_dirty_working_tree_is_refused_when_the_release_is_the_working_tree()
    {
        var file = Path.Combine(_history.Root, "migrations", "000013_add_certificate_labels.up.sql");
        var original = File.ReadAllText(file);
        File.AppendAllText(file, "-- work in progress\n");
        try
        {
            var result = Cli.RunIn(_history.Root, "release", "migrations", "--from", "v1.3.0");

            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Error, Does.Contain("has uncommitted changes"));
        }
        finally
        {
            File.WriteAllText(file, original);
        }
    }

    [Test]
    public void A_chart_without_app_version_is_refused()
    {
        using var folder = new TemporaryFolder();
        var chart = folder.Write("Chart.yaml", "apiVersion: v2\nname: certhub\nversion: 0.9.0\n");

        var result = Cli.RunIn(_history.Root, "release", "migrations", "--chart", chart);

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("the chart has no appVersion"));
    }

    [Test]
    public void A_shallow_clone_without_the_tags_gets_a_hint()
    {
        using var folder = new TemporaryFolder();
        var clone = Path.Combine(folder.Path, "shallow");
        var (code, output) = Shell.Run(folder.Path, "git", "clone", "--quiet", "--depth", "1", "--no-tags", "file://" + _history.Root, clone);
        Assert.That(code, Is.EqualTo(0), output);

        var result = Cli.RunIn(clone, "release", "migrations", "--from", "v1.2.0");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("unknown git ref 'v1.2.0'; this is a shallow clone"));
        Assert.That(result.Error, Does.Contain("git fetch --tags --unshallow"));
    }

    [Test]
    public void Without_tags_a_window_can_be_named_by_versions()
    {
        var result = Cli.RunIn(_history.Root, "release", "migrations", "--since", "000007", "--until", "000010", "--format", "json");

        using var report = JsonDocument.Parse(result.Output);
        Assert.That(report.RootElement.GetProperty("migrations").EnumerateArray().Select(m => m.GetProperty("version").GetString()),
            Is.EqualTo(new[] { "000008", "000009", "000010" }));
        Assert.That(report.RootElement.GetProperty("verdict").GetString(), Is.EqualTo("schema-revert"));
    }
}
