using System.CommandLine;
using MigrationLint.Core.Releases;
using MigrationLint.Core.Reports;

namespace MigrationLint.Cli;

/// <summary>
/// <c>migrationlint release [dir] --from A --to B</c> (or <c>--since</c>, or <c>--chart</c>): the
/// migrations a release adds, the released ones it edited, its verdict and its rollback plan; the
/// gate for publishing a chart, with <c>--annotate-chart</c> writing the verdict into Chart.yaml.
/// </summary>
internal static class ReleaseCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var window = new WindowOptions();
        var options = new AnalysisOptions();
        var annotate = new Option<bool>("--annotate-chart")
        {
            Description = "Write the verdict, procedure and target version into the chart's annotations (needs --chart)",
        };
        var command = new Command("release", "Judge a release: what rolling it back needs, and the plan");
        window.AddTo(command);
        options.AddTo(command);
        command.Add(annotate);
        command.Validators.Add(result =>
        {
            if (result.GetValue(annotate) && result.GetValue<string?>("--chart") is null)
            {
                result.AddError("--annotate-chart needs --chart");
            }
        });
        command.SetAction(parse =>
        {
            var settings = options.Read(parse);
            var composition = Composition.For(settings);
            try
            {
                using var release = ReleaseWindow.Open(window.Read(parse, composition), composition.Discovery);
                var report = ReleaseAnalysis.Analyze(release, composition.Engine, composition.Rules);
                var exitCode = ReportOutput.Write(report, settings, output, error);
                if (parse.GetValue(annotate) && release.Chart is { } chart)
                {
                    chart.Annotate(Annotations(report, release));
                    error.WriteLine($"migrationlint: wrote the verdict into {chart.FilePath}");
                }

                return exitCode;
            }
            catch (ReleaseException problem)
            {
                error.WriteLine($"migrationlint: {problem.Message}");
                return ExitCodes.Error;
            }
        });
        return command;
    }

    /// <summary>What travels with the published chart: enough to pick the runbook procedure without the report.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Annotations(AnalysisReport report, ReleaseWindow release) =>
    [
        KeyValuePair.Create("migrationlint/verdict", report.Verdict.ToText()),
        KeyValuePair.Create("migrationlint/rollback-procedure", report.RollbackPlan.Procedure.ToText()),
        KeyValuePair.Create("migrationlint/target-version", report.RollbackPlan.TargetVersion ?? string.Empty),
        KeyValuePair.Create("migrationlint/previous-release", release.From),
        KeyValuePair.Create("migrationlint/revert", string.Join(",", report.RollbackPlan.Revert.Select(r => r.Version))),
    ];
}
