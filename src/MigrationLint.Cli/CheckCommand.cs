using System.CommandLine;
using MigrationLint.Core.Discovery;

namespace MigrationLint.Cli;

/// <summary>
/// <c>migrationlint check [paths…]</c>: the migrations named are under review (a folder: all its
/// migrations); earlier migrations of the same folder are history.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Migration files or folders to review (default: the current folder)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        paths.Validators.Add(CommonOptions.RejectUnknownOptions);
        var options = new AnalysisOptions();
        var command = new Command("check", "Judge whether the previous release can run on the schema these migrations leave") { paths };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var settings = options.Read(parse);
            if (CommonOptions.MissingConfig(settings, error) is { } failed)
            {
                return failed;
            }

            var targets = parse.GetValue(paths) is { Length: > 0 } given ? given : ["."];
            return Run(targets, settings, output, error);
        });
        return command;
    }

    private static int Run(string[] targets, AnalysisSettings settings, TextWriter output, TextWriter error)
    {
        var timings = Timings.FromEnvironment(error);
        var composition = Composition.For(settings);
        timings.Mark("setup");
        var discovery = new MigrationDiscovery(composition.Discovery).Discover(targets);
        timings.Mark("discovery");
        var report = composition.Engine.Analyze(discovery);
        timings.Mark("analysis");
        var exitCode = ReportOutput.Write(report, settings, output, error);
        timings.Mark("output");
        return exitCode;
    }
}
