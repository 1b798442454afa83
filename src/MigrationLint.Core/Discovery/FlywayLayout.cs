using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace MigrationLint.Core.Discovery;

/// <summary>
/// Flyway: versioned <c>V1_2__desc.sql</c>, undo <c>U1_2__desc.sql</c>, baseline <c>B1_2__desc.sql</c>
/// and repeatable <c>R__desc.sql</c> scripts, with hawkbit's dialect suffix (<c>___POSTGRESQL</c>).
/// </summary>
public sealed partial class FlywayLayout : IMigrationLayout
{
    public MigrationLayout Kind => MigrationLayout.Flyway;

    [GeneratedRegex(
        @"^(?<prefix>[VUB])(?<version>\d[\d._]*?)__(?<description>.*?)(?:_{2,3}(?<dialect>POSTGRESQL|POSTGRES|SQL_SERVER|SQLSERVER|MSSQL|MYSQL|MARIADB|H2|DB2|ORACLE))?\.sql$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VersionedPattern();

    [GeneratedRegex(@"^R__(?<description>.+)\.sql$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RepeatablePattern();

    public LayoutClaim Claim(FolderListing folder, DiscoveryOptions options)
    {
        // Both patterns start with V, U, B or R (in either case): other names need no string.
        var candidates = folder.Files.Where(path => Path.GetFileName(path.AsSpan()) is [var first, ..] && "VUBRvubr".Contains(first)).ToList();
        var scripts = candidates
            .Select(path => (path, match: VersionedPattern().Match(Path.GetFileName(path))))
            .Where(f => f.match.Success)
            .Select(f => new FlywayScript(
                f.path,
                char.ToUpperInvariant(f.match.Groups["prefix"].Value[0]),
                f.match.Groups["version"].Value,
                f.match.Groups["description"].Value,
                DialectNames.FromFileNameWord(f.match.Groups["dialect"].Value)))
            .Where(s => s.Dialect != string.Empty)
            .ToList();
        if (scripts.Count == 0)
        {
            return LayoutClaim.None;
        }

        var migrations = ImmutableArray.CreateBuilder<Migration>();
        var problems = ImmutableArray.CreateBuilder<DiscoveryProblem>();
        var versioned = scripts.Where(s => s.Prefix == 'V').ToList();
        foreach (var group in versioned.GroupBy(s => s.Version, StringComparer.Ordinal))
        {
            if (DialectNames.ChooseVariant(group, s => s.Dialect, options.Dialect) is not { } up)
            {
                continue;
            }

            foreach (var twin in group.Where(s => s != up && s.Dialect == up.Dialect))
            {
                // Two scripts of one version for one database: Flyway refuses to migrate.
                problems.Add(new DiscoveryProblem(
                    DiscoveryProblemKind.DuplicateVersion,
                    twin.Path,
                    group.Key,
                    $"version {group.Key} is used by both {Path.GetFileName(up.Path)} and {Path.GetFileName(twin.Path)}; Flyway refuses to migrate"));
            }

            var undo = DialectNames.ChooseVariant(
                scripts.Where(s => s.Prefix == 'U' && s.Version == group.Key), s => s.Dialect, options.Dialect);
            migrations.Add(new Migration(
                group.Key,
                up.Description,
                Kind,
                new MigrationScript(up.Path, ScriptSection.WholeFile),
                undo is null ? null : new MigrationScript(undo.Path, ScriptSection.WholeFile),
                up.Dialect));
        }

        // A baseline stands for everything up to its version on a fresh database; where the versioned
        // scripts it replaces are present, those are what existing databases ran, so they win.
        foreach (var baseline in scripts.Where(s => s.Prefix == 'B'))
        {
            var replaced = versioned.Any(v => VersionComparer.Instance.Compare(v.Version, baseline.Version) <= 0);
            if (!replaced)
            {
                migrations.Add(new Migration(
                    baseline.Version,
                    baseline.Description,
                    Kind,
                    new MigrationScript(baseline.Path, ScriptSection.WholeFile),
                    null,
                    baseline.Dialect));
            }
        }

        foreach (var orphan in scripts.Where(s => s.Prefix == 'U' && versioned.All(v => v.Version != s.Version)))
        {
            problems.Add(new DiscoveryProblem(
                DiscoveryProblemKind.OrphanDown, orphan.Path, orphan.Version, $"undo script {Path.GetFileName(orphan.Path)} has no versioned script"));
        }

        foreach (var path in candidates.Where(p => RepeatablePattern().IsMatch(Path.GetFileName(p))))
        {
            var description = RepeatablePattern().Match(Path.GetFileName(path)).Groups["description"].Value;
            migrations.Add(new Migration(
                "R__" + description, description, Kind, new MigrationScript(path, ScriptSection.WholeFile), null, null));
        }

        return new LayoutClaim(migrations.ToImmutable(), problems.ToImmutable());
    }

    private sealed record FlywayScript(string Path, char Prefix, string Version, string Description, string? Dialect);
}
