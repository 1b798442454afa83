using System.CommandLine;
using MigrationLint.Core.Releases;
using MigrationLint.Reporting;

namespace MigrationLint.Cli;

/// <summary>
/// <c>migrationlint plan</c>: the same release analysis as <c>release</c>, written as a runnable,
/// commented shell script with the runbook's <c>kubectl exec … psql</c> steps.
/// </summary>
internal static class PlanCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var window = new WindowOptions();
        var options = new AnalysisOptions();
        var names = new Dictionary<string, Option<string?>>
        {
            ["namespace"] = new("--namespace", "-n") { Description = "Kubernetes namespace of the release (default: default)" },
            ["release"] = new("--release-name") { Description = "Helm release name (default: the chart's name, else the repository's folder name)" },
            ["database"] = new("--database") { Description = "Database name (default: the release name)" },
            ["user"] = new("--db-user") { Description = "Database user (default: the release name)" },
            ["database-workload"] = new("--db-workload") { Description = "The PostgreSQL workload for kubectl exec (default: statefulset/<release>-postgres)" },
            ["server-workload"] = new("--server-workload") { Description = "The server Deployment (default: deploy/<release>-server)" },
            ["revision"] = new("--revision") { Description = "Helm revision to roll back to (default: the previous one)" },
        };
        var command = new Command("plan", "Write the rollback plan of a release as a shell script");
        window.AddTo(command);
        options.AddTo(command, withOutputOptions: false);
        foreach (var option in names.Values)
        {
            command.Add(option);
        }

        command.SetAction(parse =>
        {
            var settings = options.Read(parse);
            var composition = Composition.For(settings);
            try
            {
                var request = window.Read(parse, composition);
                using var release = ReleaseWindow.Open(request, composition.Discovery);
                var report = ReleaseAnalysis.Analyze(release, composition.Engine, composition.Rules);
                var configured = settings.Config.Plan;
                string? Value(string key) => parse.GetValue(names[key]);
                var releaseName = Value("release") ?? configured.ReleaseName ?? release.Chart?.Name ?? release.RepositoryName
                    ?? Path.GetFileName(Path.GetFullPath(request.Directory).TrimEnd('/'));
                var defaults = PlanScriptSettings.For(releaseName);
                var script = new PlanScriptSettings(
                    Value("namespace") ?? configured.Namespace ?? defaults.Namespace,
                    releaseName,
                    Value("database") ?? configured.Database ?? defaults.Database,
                    Value("user") ?? configured.DatabaseUser ?? defaults.DatabaseUser,
                    Value("database-workload") ?? configured.DatabaseWorkload ?? defaults.DatabaseWorkload,
                    Value("server-workload") ?? configured.ServerWorkload ?? defaults.ServerWorkload,
                    Value("revision"));
                ShellPlanWriter.Write(report, script, $"{release.To} (rolling back to {release.From})", output);
                return ExitCodes.Passed;
            }
            catch (ReleaseException problem)
            {
                error.WriteLine($"migrationlint: {problem.Message}");
                return ExitCodes.Error;
            }
        });
        return command;
    }
}
