using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace MigrationLint.Core.Discovery;

/// <summary>
/// DbUp and runners like it: a folder of <c>.sql</c> scripts whose names start with a sortable
/// prefix (<c>Script0001 - Create tables.sql</c>, <c>20240101_01_add_orders.sql</c>), each run once,
/// in name order, recorded in a journal table. There are no downs, so every change that needs a
/// schema revert needs a restore instead. The version is the script's name, which is what the journal
/// records and what keeps two scripts with one date apart.
/// </summary>
/// <remarks>
/// Registered last, and it stands back from any folder another layout could read: one holding
/// golang-migrate, Flyway or Go files, or scripts with goose or dbmate markers.
/// </remarks>
public sealed partial class DbUpLayout : IMigrationLayout
{
    public MigrationLayout Kind => MigrationLayout.DbUp;

    [GeneratedRegex(@"^(?:script)?(?<prefix>\d[\d._-]*)(?<name>.*)\.sql$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScriptNamePattern();

    /// <summary>Names other layouts own: golang-migrate's directions, Flyway's prefixes, goose's Go migrations.</summary>
    [GeneratedRegex(@"(\.(up|down)\.sql|\.go)$|^([VUB]\d[\d._]*__|R__)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherLayoutPattern();

    [GeneratedRegex(@"^[ \t]*--[ \t]*(\+goose[ \t]+up|migrate:up)\b", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex SectionMarkerPattern();

    public LayoutClaim Claim(FolderListing folder, DiscoveryOptions options)
    {
        if (folder.Files.Any(path => OtherLayoutPattern().IsMatch(Path.GetFileName(path))))
        {
            return LayoutClaim.None;
        }

        var scripts = folder.Files
            .Select(path => (path, match: ScriptNamePattern().Match(Path.GetFileName(path))))
            .Where(f => f.match.Success)
            .ToList();
        if (scripts.Count == 0 || scripts.Any(s => folder.Heads.CommentLines(s.path).Any(line => SectionMarkerPattern().IsMatch(line))))
        {
            return LayoutClaim.None;
        }

        var migrations = scripts
            .Select(s => new Migration(
                Path.GetFileNameWithoutExtension(s.path),
                s.match.Groups["name"].Value.Trim(' ', '-', '_', '.'),
                Kind,
                new MigrationScript(s.path, ScriptSection.WholeFile),
                null,
                null))
            .ToImmutableArray();
        return new LayoutClaim(migrations, []);
    }
}
