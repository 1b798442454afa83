using System.CommandLine;
using MigrationLint.Core.Releases;
using MigrationLint.Verify;
using MigrationLint.Verify.Run;
using MigrationLint.Verify.Server;
using Npgsql;

namespace MigrationLint.Cli;

/// <summary>
/// <c>migrationlint verify [dir] --from A --to B</c>: the release's static report and plan, then the
/// proof on a real PostgreSQL server (a throwaway one, or --database): the previous release's ups,
/// the release's ups, the plan's revert path and bookkeeping exactly, the schema compared before and
/// after, the ups again; with --seed, generated rows checked for loss. What the server shows joins the
/// report as findings; the text report gets a section telling the run step by step.
/// </summary>
internal static class VerifyCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var window = new WindowOptions();
        var options = new AnalysisOptions();
        var database = new Option<string?>("--database")
        {
            Description = "Run in this database (an Npgsql connection string, e.g. \"Host=localhost;Database=scratch;Username=me\") instead of a throwaway server; refused unless it has no tables",
        };
        var allowData = new Option<bool>("--allow-existing-data") { Description = "With --database: run even though the database already holds tables" };
        var seed = new Option<bool>("--seed") { Description = "Put a few generated rows into every table before the release's ups, and report which the revert loses" };
        var postgresBin = new Option<string?>("--postgres-bin") { Description = "Folder of PostgreSQL's initdb and pg_ctl (default: found; Debian's postgresql package)" };
        var command = new Command("verify", "Prove a release's revert path on a real PostgreSQL server: apply, revert as the plan says, compare the schema");
        window.AddTo(command);
        options.AddTo(command);
        command.Add(database);
        command.Add(allowData);
        command.Add(seed);
        command.Add(postgresBin);
        command.Validators.Add(result =>
        {
            if (result.GetValue(allowData) && result.GetValue(database) is null)
            {
                result.AddError("--allow-existing-data goes with --database");
            }

            if (result.GetValue(postgresBin) is not null && result.GetValue(database) is not null)
            {
                result.AddError("--postgres-bin starts a throwaway server; --database uses yours: choose one");
            }
        });
        command.SetAction(parse =>
        {
            var settings = options.Read(parse);
            var composition = Composition.For(settings);
            using var cancellation = new CancellationTokenSource();
            using var interrupts = Interrupts.CancelOn(cancellation);
            try
            {
                using var release = ReleaseWindow.Open(window.Read(parse, composition), composition.Discovery);
                var report = ReleaseAnalysis.Analyze(release, composition.Engine, composition.Rules);
                VerifyResult result;
                using (var host = OpenHost(parse.GetValue(database), parse.GetValue(allowData), parse.GetValue(postgresBin), cancellation.Token))
                {
                    result = new ReleaseVerifier(host, new VerifyOptions(parse.GetValue(seed)), settings.Runner).Verify(release, report, cancellation.Token);
                }

                var verified = VerifyReport.Merge(report, result.Events, composition.Rules);
                var exitCode = ReportOutput.Write(verified, settings, output, error);
                WriteSections(result, settings, output);
                foreach (var problem in result.Folders.Select(f => f.BookkeepingProblem).OfType<string>())
                {
                    error.WriteLine($"migrationlint: {problem}");
                    exitCode = ExitCodes.Error;
                }

                return exitCode;
            }
            catch (ReleaseException problem)
            {
                error.WriteLine($"migrationlint: {problem.Message}");
                return ExitCodes.Error;
            }
            catch (VerifyException problem)
            {
                error.WriteLine($"migrationlint: {problem.Message}");
                return ExitCodes.Error;
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                error.WriteLine("migrationlint: interrupted; the throwaway server (if any) was stopped and removed");
                return ExitCodes.Error;
            }
            catch (NpgsqlException lost) when (cancellation.IsCancellationRequested || lost is not PostgresException)
            {
                error.WriteLine(cancellation.IsCancellationRequested
                    ? "migrationlint: interrupted; the throwaway server (if any) was stopped and removed"
                    : $"migrationlint: PostgreSQL: {lost.Message}");
                return ExitCodes.Error;
            }
        });
        return command;
    }

    private static IDatabaseHost OpenHost(string? connectionString, bool allowData, string? postgresBin, CancellationToken cancellation) =>
        connectionString is not null
            ? ExistingDatabase.Open(connectionString, allowData, cancellation)
            : ThrowawayServer.Start(PostgresBinaries.Require(postgresBin), cancellation);

    /// <summary>The verify section goes wherever a text report goes; the other formats carry the findings alone.</summary>
    private static void WriteSections(VerifyResult result, AnalysisSettings settings, TextWriter output)
    {
        foreach (var target in settings.Reports.Where(t => t.Format == "text"))
        {
            if (target.File is null)
            {
                VerifySummaryWriter.Write(result, output);
            }
            else
            {
                using var file = new StreamWriter(target.File, append: true, new System.Text.UTF8Encoding(false));
                VerifySummaryWriter.Write(result, file);
            }
        }
    }
}
