using System.CommandLine;
using MigrationLint.Core.Reports;

namespace MigrationLint.Cli;

/// <summary>Options shared by the commands that analyse migrations.</summary>
internal static class CommonOptions
{
    public static readonly string[] Formats = [.. Reporting.ReportFormatters.Names];

    public static readonly string[] Dialects = ["auto", "postgres", "sqlserver"];

    public static Option<string> Dialect() => new Option<string>("--dialect")
    {
        Description = "SQL dialect of the migrations: auto (the default: detected per folder), postgres or sqlserver",
        DefaultValueFactory = _ => "auto",
    }.AcceptOnlyFromAmong(Dialects);

    public static Option<string> FailOn()
    {
        var option = new Option<string>("--fail-on")
        {
            Description = "Exit with 1 when the verdict reaches this level: " + string.Join(", ", VerdictText.All) + ", or never",
            DefaultValueFactory = _ => "review",
        };
        option.AcceptOnlyFromAmong([.. VerdictText.All, "never"]);
        return option;
    }

    public static Option<FileInfo?> Config() => new("--config")
    {
        Description = "Configuration file (default: the nearest .migrationlint.yml above the working directory)",
    };

    public static Option<bool> Verbose() => new("--verbose", "-v")
    {
        Description = "List safe findings too (text output)",
    };

    /// <summary>Arguments that look like options but are not ones (System.CommandLine would take them as paths).</summary>
    public static void RejectUnknownOptions(System.CommandLine.Parsing.ArgumentResult result)
    {
        foreach (var token in result.Tokens.Where(t => t.Value.StartsWith("--", StringComparison.Ordinal)))
        {
            result.AddError($"unknown option '{token.Value}'");
        }
    }

    /// <summary>The exit code for a verdict under --fail-on.</summary>
    public static int ExitCodeFor(Verdict verdict, string failOn) =>
        failOn != "never" && VerdictText.TryParse(failOn, out var threshold) && verdict >= threshold
            ? ExitCodes.Failed
            : ExitCodes.Passed;
}
