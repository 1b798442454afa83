using System.CommandLine;
using MigrationLint.Core.Analysis;
using MigrationLint.Core.Discovery;
using MigrationLint.Core.Rules;
using MigrationLint.Postgres.Native;
using MigrationLint.Reporting;

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
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith("--", StringComparison.Ordinal)))
            {
                result.AddError($"unknown option '{token.Value}'");
            }
        });
        var format = CommonOptions.Format();
        var dialect = CommonOptions.Dialect();
        var failOn = CommonOptions.FailOn();
        var config = CommonOptions.Config();
        var verbose = CommonOptions.Verbose();
        var command = new Command("check", "Judge whether the previous release can run on the schema these migrations leave")
        {
            paths, format, dialect, failOn, config, verbose,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(config) is { Exists: false } missing)
            {
                error.WriteLine($"migrationlint: {missing.FullName}: configuration file not found");
                return ExitCodes.Error;
            }

            var targets = parse.GetValue(paths) is { Length: > 0 } given ? given : ["."];
            return Run(targets, parse.GetValue(format)!, parse.GetValue(failOn)!, parse.GetValue(verbose), output, error, new FrontEnds(parse.GetValue(dialect)!));
        });
        return command;
    }

    private static int Run(string[] targets, string format, string failOn, bool verbose, TextWriter output, TextWriter error, FrontEnds frontEnds)
    {
        var timings = Timings.FromEnvironment(error);
        PgQueryLibrary.EnsureLoaded();
        timings.Mark("load libpg_query");
        var discovery = new MigrationDiscovery(frontEnds.Discovery).Discover(targets);
        timings.Mark("discovery");
        var engine = new AnalysisEngine(RuleSet.BuiltIn(), frontEnds);
        timings.Mark("rule catalogue");
        var report = engine.Analyze(discovery);
        timings.Mark("analysis");
        if (report.Migrations.IsEmpty && !report.Errors.IsEmpty)
        {
            foreach (var problem in report.Errors)
            {
                error.WriteLine($"migrationlint: {problem}");
            }

            return ExitCodes.Error;
        }

        IReportFormatter formatter = format == "json" ? new JsonFormatter() : new TextFormatter();
        formatter.Write(report, output, new FormatOptions(verbose));
        timings.Mark("output");
        if (format != "text")
        {
            foreach (var problem in report.Errors)
            {
                error.WriteLine($"migrationlint: {problem}");
            }
        }

        return CommonOptions.ExitCodeFor(report.Verdict, failOn);
    }
}
