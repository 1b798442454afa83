using System.Collections.Immutable;

namespace MigrationLint.Core.Discovery;

/// <summary>
/// golang-migrate's <c>NNNNNN_name.up.sql</c> / <c>.down.sql</c> pairs, including the dialect and
/// autocommit infixes of the Ory projects (<c>name.postgres.autocommit.up.sql</c>).
/// </summary>
public sealed class GolangMigrateLayout : IMigrationLayout
{
    public MigrationLayout Kind => MigrationLayout.GolangMigrate;

    public LayoutClaim Claim(FolderListing folder, DiscoveryOptions options)
    {
        var files = new List<NamedFile>();
        foreach (var path in folder.Files)
        {
            if (GolangMigrateFileName.Parse(Path.GetFileName(path.AsSpan())) is { } name
                && DialectNames.FromFileNameWord(name.Dialect) is var dialect && dialect != string.Empty)
            {
                files.Add(new NamedFile(path, name.Version, name.Name, dialect, name.IsUp));
            }
        }

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
