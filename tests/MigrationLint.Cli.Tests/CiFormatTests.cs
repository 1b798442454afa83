using System.Reflection;
using System.Text.Json;

namespace MigrationLint.Cli.Tests;

/// <summary><c>--format github</c> and <c>--format sarif</c> through the command line.</summary>
public sealed class CiFormatTests
{
    [Test]
    public void Github_format_prints_annotations_then_the_summary_and_keeps_the_exit_code()
    {
        var result = Cli.RunInRepository("check", "samples/certhub/migrations/000009_limit_agent_name_length.up.sql", "--format", "github");

        var lines = result.Output.TrimEnd('\n').Split('\n');
        Assert.That(result.ExitCode, Is.EqualTo(1), result.Error);
        Assert.That(lines[0], Does.StartWith("::error file=samples/certhub/migrations/000009_limit_agent_name_length.up.sql,line=2,"));
        Assert.That(lines[^1], Does.StartWith("MigrationLint: verdict schema-revert, rollback plan rollback-with-schema-revert"));
    }

    [Test]
    public void Sarif_format_names_the_tool_with_its_release_version()
    {
        var result = Cli.RunInRepository("check", "samples/certhub/migrations/000009_limit_agent_name_length.up.sql", "--format", "sarif", "--fail-on", "never");

        using var sarif = JsonDocument.Parse(result.Output);
        var driver = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        var cli = typeof(CommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(driver.GetProperty("name").GetString(), Is.EqualTo("MigrationLint"));
        Assert.That(driver.GetProperty("version").GetString(), Is.EqualTo(cli.Split('+')[0]), "the SARIF driver reports the command's own version");
        Assert.That(sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("ruleId").GetString(), Is.EqualTo("ML310"));
    }
}
