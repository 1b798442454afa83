using MigrationLint.Testing;

namespace MigrationLint.Cli.Tests;

public sealed class CheckCommandTests
{
    private static string Sample(string version) =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Samples, "certhub", "migrations"), $"{version}_*.up.sql").Single();

    [Test]
    public void A_verdict_at_or_above_fail_on_exits_with_1()
    {
        var result = Cli.Run("check", Sample("000009"));

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Error);
        Assert.That(result.Output, Does.Contain("schema-revert ML310 narrow-column-type"));
    }

    [TestCase("never", 0)]
    [TestCase("full-restore", 0)]
    [TestCase("schema-revert", 1)]
    [TestCase("safe", 1)]
    public void Fail_on_sets_the_threshold(string failOn, int expected) =>
        Assert.That(Cli.Run("check", Sample("000009"), "--fail-on", failOn).ExitCode, Is.EqualTo(expected));

    [Test]
    public void A_safe_migration_exits_with_0()
    {
        var result = Cli.Run("check", Sample("000005"));

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Output + result.Error);
        Assert.That(result.Output, Does.Contain("verdict: safe"));
    }

    [Test]
    public void A_missing_path_is_an_error_with_exit_2_when_nothing_else_is_analysed()
    {
        var result = Cli.Run("check", "/nonexistent/migrations");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("/nonexistent/migrations: no such file or folder"));
        Assert.That(result.Error, Does.Not.Contain("   at "), "no stack trace");
    }

    [Test]
    public void A_missing_path_beside_a_good_one_is_reported_and_analysis_goes_on()
    {
        var result = Cli.Run("check", Sample("000005"), "/nonexistent/x.up.sql");

        Assert.That(result.ExitCode, Is.EqualTo(0));
        Assert.That(result.Output, Does.Contain("/nonexistent/x.up.sql: error: no such file or folder"));
        Assert.That(result.Output, Does.Contain("migration 000005"));
    }

    [TestCase("--format", "yaml")]
    [TestCase("--fail-on", "sometimes")]
    [TestCase("--dialect", "oracle")]
    [TestCase("--no-such-option")]
    public void Usage_errors_exit_with_2(params string[] arguments)
    {
        var result = Cli.Run(["check", Sample("000005"), .. arguments]);

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.StartWith("migrationlint: "));
    }

    [Test]
    public void A_binary_file_gets_a_clear_message_with_its_position()
    {
        using var folder = new TemporaryFolder();
        var file = folder.WriteBytes("000001_blob.up.sql", [0x41, 0x0A, 0x42, 0x00, 0x43]);

        var result = Cli.Run("check", file);

        Assert.That(result.ExitCode, Is.EqualTo(1), "an unreadable migration under review is never safe");
        Assert.That(result.Output, Does.Contain("000001_blob.up.sql:2:2: review ML911 unreadable-script"));
        Assert.That(result.Output, Does.Contain("binary file"));
    }

    [Test]
    public void A_file_that_is_not_utf8_names_the_line_and_column_of_the_first_bad_byte()
    {
        using var folder = new TemporaryFolder();
        var bytes = "CREATE TABLE t (id int);\nCOMMENT ON TABLE t IS 'caf"u8.ToArray().Concat(new byte[] { 0xE9 }).Concat("';\n"u8.ToArray()).ToArray();
        var file = folder.WriteBytes("000001_latin1.up.sql", bytes);

        var result = Cli.Run("check", file, "--format", "json", "--fail-on", "never");

        Assert.That(result.Output, Does.Contain("\"line\": 2"));
        Assert.That(result.Output, Does.Contain("\"column\": 27"));
        Assert.That(result.Output, Does.Contain("not valid UTF-8"));
        Assert.That(result.Output, Does.Contain("\"verdict\": \"review\""));
    }

    [Test]
    public void Explain_prints_a_rule_page_by_id_or_name()
    {
        var byId = Cli.Run("explain", "ML301");
        var byName = Cli.Run("explain", "rename-column");

        Assert.That(byId.ExitCode, Is.EqualTo(0));
        Assert.That(byId.Output, Does.StartWith("ML301 rename-column (schema-revert)"));
        Assert.That(byName.Output, Is.EqualTo(byId.Output));
        Assert.That(Cli.Run("explain", "ML000").ExitCode, Is.EqualTo(2));
    }

    [Test]
    public void Version_prints_the_version_first_and_then_the_libpg_query_it_loaded()
    {
        var result = Cli.Run("--version");
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.That(result.ExitCode, Is.EqualTo(0));
        Assert.That(lines, Has.Length.EqualTo(2));
        Assert.That(lines[0], Does.Match(@"^\d+\.\d+\.\d+"));
        Assert.That(lines[1], Does.Match(@"^libpg_query: \S*libpg_query\S* \((system library|bundled with the tool|from MIGRATIONLINT_LIBPG_QUERY)\)$"));
    }
}
