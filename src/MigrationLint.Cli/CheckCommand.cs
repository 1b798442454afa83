using System.CommandLine;
using MigrationLint.Core.Discovery;
using MigrationLint.Core.Releases;

namespace MigrationLint.Cli;

/// <summary>
/// <c>migrationlint check [paths…]</c>: the migrations named are under review (a folder: all its
/// migrations); earlier migrations of the same folder are history. With <c>--changed-since</c>, only
/// the migrations a pull request adds are under review, and edits to existing ones are flagged.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Migration files or folders to review (default: the configured migrations, else the current folder)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        paths.Validators.Add(CommonOptions.RejectUnknownOptions);
        var changedSince = new Option<string?>("--changed-since")
        {
            Description = "Review only the migrations added or changed since the merge base with this git ref (a pull request's base branch)",
        };
        var options = new AnalysisOptions();
        var command = new Command("check", "Judge whether the previous release can run on the schema these migrations leave") { paths, changedSince };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var settings = options.Read(parse);
            var composition = Composition.For(settings);
            var targets = parse.GetValue(paths) is { Length: > 0 } given ? given : composition.DefaultPaths();
            return parse.GetValue(changedSince) is { } baseRef
                ? ChangedSince(composition, targets, baseRef, output, error)
                : Run(composition, targets, output, error);
        });
        return command;
    }

    private static int Run(Composition composition, IReadOnlyList<string> targets, TextWriter output, TextWriter error)
    {
        var timings = Timings.FromEnvironment(error);
        var discovery = composition.WithBaseline(new MigrationDiscovery(composition.Discovery).Discover(targets));
        timings.Mark("discovery");
        var report = composition.Engine.Analyze(discovery);
        timings.Mark("analysis");
        var exitCode = ReportOutput.Write(report, composition.Settings, output, error);
        timings.Mark("output");
        return exitCode;
    }

    private static int ChangedSince(Composition composition, IReadOnlyList<string> targets, string baseRef, TextWriter output, TextWriter error)
    {
        try
        {
            using var window = ReleaseWindow.ChangedSince(targets, baseRef, composition.Discovery);
            var report = ReleaseAnalysis.Analyze(window, composition.Engine, composition.Rules);
            return ReportOutput.Write(report, composition.Settings, output, error);
        }
        catch (ReleaseException problem)
        {
            error.WriteLine($"migrationlint: {problem.Message}");
            return ExitCodes.Error;
        }
    }
}
