using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace MigrationLint.Core.Discovery;

/// <summary>One folder per migration: <c>&lt;id&gt;_name/up.sql</c> and <c>down.sql</c> (sourcegraph's layout).</summary>
public sealed partial class FolderPerMigrationLayout : IMigrationLayout
{
    public MigrationLayout Kind => MigrationLayout.FolderPerMigration;

    [GeneratedRegex(@"^(?<version>\d+)(?:_(?<name>.+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex FolderNamePattern();

    public LayoutClaim Claim(FolderListing folder, DiscoveryOptions options)
    {
        var migrations = ImmutableArray.CreateBuilder<Migration>();
        foreach (var subdirectory in folder.Subdirectories)
        {
            var match = FolderNamePattern().Match(Path.GetFileName(subdirectory));
            var up = Path.Combine(subdirectory, "up.sql");
            if (!match.Success || !File.Exists(up))
            {
                continue;
            }

            var down = Path.Combine(subdirectory, "down.sql");
            migrations.Add(new Migration(
                match.Groups["version"].Value,
                match.Groups["name"].Value,
                Kind,
                new MigrationScript(up, ScriptSection.WholeFile),
                File.Exists(down) ? new MigrationScript(down, ScriptSection.WholeFile) : null,
                null));
        }

        return new LayoutClaim(migrations.ToImmutable(), []);
    }
}
