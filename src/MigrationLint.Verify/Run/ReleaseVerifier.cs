using MigrationLint.Core.Discovery;
using MigrationLint.Core.Releases;
using MigrationLint.Core.Reports;
using MigrationLint.Core.Runners;
using MigrationLint.Verify.Execution;
using MigrationLint.Verify.Server;

namespace MigrationLint.Verify.Run;

/// <summary>What verify did for a release: where it ran, and each folder's outcome.</summary>
public sealed record VerifyResult(string Host, IReadOnlyList<FolderOutcome> Folders)
{
    public IEnumerable<Core.Rules.VerifyEvent> Events => Folders.SelectMany(f => f.AllEvents);
}

/// <summary>
/// Verifies a release against its static report: for each migrations folder under review, the
/// plan's revert path and bookkeeping statement run in a database of their own. A seeded run that an
/// up cannot get through is repeated on an empty database, so the revert is still checked.
/// </summary>
public sealed class ReleaseVerifier(IDatabaseHost host, VerifyOptions options, RunnerSettings runners)
{
    public VerifyResult Verify(ReleaseWindow release, AnalysisReport report, CancellationToken cancellation)
    {
        var folders = Folders(release, report);
        if (!host.MakesFreshDatabases && folders.Count > 1)
        {
            throw new VerifyException("the release spans several migrations folders and --database names one database; verify them one folder at a time, or let verify start its own server");
        }

        var outcomes = new List<FolderOutcome>();
        foreach (var folder in folders)
        {
            var outcome = new FolderVerifier(folder, options).Run(host.OpenDatabase(cancellation), cancellation);
            if (options.Seed && outcome.Stopped is not null && outcome.Downs.Count == 0 && outcome.Ups.Any(u => u.Failure is not null))
            {
                outcome = host.MakesFreshDatabases
                    ? outcome with { Unseeded = new FolderVerifier(folder, options with { Seed = false }).Run(host.OpenDatabase(cancellation), cancellation) }
                    : outcome with { Stopped = outcome.Stopped + "; the revert was not checked (verify cannot start over in the database --database names): run again without --seed" };
            }

            var (disagreements, notes) = StaticComparison.Compare(outcome, report);
            outcomes.Add(outcome with { Events = [.. outcome.Events, .. disagreements], Comparisons = notes });
        }

        return new VerifyResult(host.Description, outcomes);
    }

    private List<VerifyFolder> Folders(ReleaseWindow release, AnalysisReport report)
    {
        var folders = new List<VerifyFolder>();
        foreach (var set in release.Discovery.Sets.Where(s => !s.Window.IsEmpty))
        {
            var display = release.DisplayPath(set.Directory);
            Refuse(set, display, report);
            var plan = report.RollbackPlan.Folders.FirstOrDefault(f => f.Directory == display)
                ?? throw new VerifyException($"{display}: the rollback plan has no entry for this folder; this is a bug in MigrationLint");
            var (runner, table) = runners.Resolve(set.Layout);
            folders.Add(new VerifyFolder(set, Previous(release, set), plan, new RunnerEmulation(runner, table), release.DisplayPath));
        }

        return folders;
    }

    /// <summary>
    /// The previous release's migrations as it shipped them (from its commit) where the release came
    /// from git, else the migrations before the window in the working tree.
    /// </summary>
    private static List<Migration> Previous(ReleaseWindow release, MigrationSet set)
    {
        var display = release.DisplayPath(set.Directory);
        if (release.Previous is { } previous)
        {
            var shipped = previous.Sets.FirstOrDefault(s => release.DisplayPath(s.Directory) == display);
            return shipped is null ? [] : [.. shipped.Migrations];
        }

        var first = set.Migrations.First(set.IsInWindow);
        return [.. set.Migrations.Where(m => !set.IsInWindow(m) && VersionComparer.Instance.Compare(m.Version, first.Version) < 0)];
    }

    /// <summary>Verify runs PostgreSQL scripts; C# and Go migrations, and other dialects, are refused with what to do instead.</summary>
    private static void Refuse(MigrationSet set, string display, AnalysisReport report)
    {
        if (set.Layout == MigrationLayout.EfCore)
        {
            throw new VerifyException($"{display}: EF Core migrations are C#, which verify cannot run; script them with 'dotnet ef migrations script' and verify the SQL, or verify on a database where 'dotnet ef database update' ran");
        }

        if (set.Migrations.FirstOrDefault(m => m.Up.FilePath.EndsWith(".go", StringComparison.OrdinalIgnoreCase)) is { } go)
        {
            throw new VerifyException($"{display}: migration {go.Version} is Go code, which verify cannot run");
        }

        var dialects = report.Migrations.Where(m => set.Window.Contains(m.Version) && m.Dialect != DialectNames.Postgres).Select(m => m.Dialect).Distinct().ToList();
        if (dialects.Count > 0)
        {
            throw new VerifyException($"{display}: verify runs PostgreSQL migrations; these are {string.Join(", ", dialects)}");
        }
    }
}
