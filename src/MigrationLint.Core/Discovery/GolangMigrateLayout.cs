using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace MigrationLint.Core.Discovery;

/// <summary>
/// golang-migrate's <c>NNNNNN_name.up.sql</c> / <c>.down.sql</c> pairs, including the dialect and
/// autocommit infixes of the Ory projects (<c>name.postgres.autocommit.up.sql</c>).
/// </summary>
public sealed partial class GolangMigrateLayout : IMigrationLayout
{
    public MigrationLayout Kind => MigrationLayout.GolangMigrate;

    [GeneratedRegex(
        @"^(?<version>\d+)(?:_(?<name>.*?))?(?:\.(?<dialect>postgres|postgresql|mysql|sqlite3?|cockroach|cockroachdb|sqlserver|mssql))?(?:\.autocommit)?\.(?<direction>up|down)\.sql$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FileNamePattern();

    public LayoutClaim Claim(FolderListing folder, DiscoveryOptions options)
    {
        var files = folder.Files
            .Select(path => (path, match: FileNamePattern().Match(Path.GetFileName(path))))
            .Where(f => f.match.Success)
            .Select(f => new NamedFile(
                f.path,
                f.match.Groups["version"].Value,
                f.match.Groups["name"].Value,
                DialectNames.FromFileNameWord(f.match.Groups["dialect"].Value),
                f.match.Groups["direction"].Value.Equals("up", StringComparison.OrdinalIgnoreCase)))
            .Where(f => f.Dialect != string.Empty)
            .ToList();
        if (files.Count == 0)
        {
            return LayoutClaim.None;
        }

        var migrations = ImmutableArray.CreateBuilder<Migration>();
        var problems = ImmutableArray.CreateBuilder<DiscoveryProblem>();
        foreach (var version in files.GroupBy(f => f.Version, StringComparer.Ordinal))
        {
            var up = PickOne(version.Where(f => f.IsUp), options, problems);
            var down = PickOne(version.Where(f => !f.IsUp), options, problems);
            if (up is null)
            {
                if (down is not null)
                {
                    problems.Add(new DiscoveryProblem(
                        DiscoveryProblemKind.OrphanDown, down.Path, version.Key, $"down migration {Path.GetFileName(down.Path)} has no up migration"));
                }

                continue;
            }

            migrations.Add(new Migration(
                version.Key,
                up.Name,
                Kind,
                new MigrationScript(up.Path, ScriptSection.WholeFile),
                down is null ? null : new MigrationScript(down.Path, ScriptSection.WholeFile),
                up.Dialect));
        }

        return new LayoutClaim(migrations.ToImmutable(), problems.ToImmutable());
    }

    /// <summary>One file per version and direction: the dialect variant that runs; two of the same kind are duplicates.</summary>
    private static NamedFile? PickOne(IEnumerable<NamedFile> candidates, DiscoveryOptions options, ImmutableArray<DiscoveryProblem>.Builder problems)
    {
        var chosen = DialectNames.ChooseVariant(candidates, f => f.Dialect, options.Dialect);
        if (chosen is null)
        {
            return null;
        }

        foreach (var twin in candidates.Where(f => f != chosen && f.Dialect == chosen.Dialect))
        {
            problems.Add(new DiscoveryProblem(
                DiscoveryProblemKind.DuplicateVersion,
                twin.Path,
                chosen.Version,
                $"version {chosen.Version} is used by both {Path.GetFileName(chosen.Path)} and {Path.GetFileName(twin.Path)}; the runner would apply only one"));
        }

        return chosen;
    }

    private sealed record NamedFile(string Path, string Version, string Name, string? Dialect, bool IsUp);
}
