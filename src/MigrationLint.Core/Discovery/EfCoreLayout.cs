using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace MigrationLint.Core.Discovery;

/// <summary>
/// EF Core migrations: C# classes deriving from <c>Migration</c>, wherever they sit, ordered by their
/// <c>[Migration("20240101120000_Name")]</c> id (usually in the <c>.Designer.cs</c> partner), else by
/// the file name's timestamp. Recognised by text alone: discovery must not load a C# parser, which
/// only the front end needs. <c>*.Designer.cs</c> files and the model snapshot are not migrations.
/// </summary>
public sealed partial class EfCoreLayout : IMigrationLayout
{
    public MigrationLayout Kind => MigrationLayout.EfCore;

    /// <summary><c>class AddX : Migration</c>, also written with the namespace.</summary>
    [GeneratedRegex(@"\bclass\s+(?<class>@?\w+)\s*:\s*(?:global::)?(?:[\w.]+\.)?Migration\b(?!\s*<)", RegexOptions.CultureInvariant)]
    private static partial Regex MigrationClass();

    [GeneratedRegex(@"\[\s*(?:global::)?(?:[\w.]+\.)?Migration(?:Attribute)?\s*\(\s*(?:id\s*:\s*)?""(?<id>[^""\\]+)""\s*\)\s*\]", RegexOptions.CultureInvariant)]
    private static partial Regex MigrationAttribute();

    /// <summary>An id as EF Core scaffolds it, in an attribute or a file name: a timestamp, an underscore, the name.</summary>
    [GeneratedRegex(@"^(?<version>\d+)_(?<name>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    /// <summary>The Down override and whether its body is empty (a down that does nothing is no down).</summary>
    [GeneratedRegex(@"\bvoid\s+Down\s*\(\s*(?:[\w.]+\s+)?@?\w+\s*\)\s*(?<empty>\{(?:\s|//[^\n]*\n|/\*(?:[^*]|\*(?!/))*\*/)*\})?", RegexOptions.CultureInvariant)]
    private static partial Regex DownMethod();

    [GeneratedRegex(@"\bNpgsql\b|""character varying|""timestamp with(?:out)? time zone""", RegexOptions.CultureInvariant)]
    private static partial Regex PostgresMarkers();

    [GeneratedRegex(@"""SqlServer:|""nvarchar\(|""datetime2|""uniqueidentifier""|\bSqlServer\b", RegexOptions.CultureInvariant)]
    private static partial Regex SqlServerMarkers();

    public LayoutClaim Claim(FolderListing folder, DiscoveryOptions options)
    {
        var migrations = ImmutableArray.CreateBuilder<Migration>();
        var problems = ImmutableArray.CreateBuilder<DiscoveryProblem>();
        foreach (var path in folder.Files.Where(IsCandidate))
        {
            var text = folder.Heads.Text(path);
            if (!text.Contains("Migration", StringComparison.Ordinal) || MigrationClass().Match(text) is not { Success: true } declaration)
            {
                continue;
            }

            var className = declaration.Groups["class"].Value.TrimStart('@');
            var id = IdIn(text) ?? IdInDesigner(folder, path, className) ?? IdFromFileName(path);
            if (id is null)
            {
                problems.Add(new DiscoveryProblem(
                    DiscoveryProblemKind.UnsupportedMigration,
                    path,
                    null,
                    $"class {className} derives from Migration but has no [Migration(\"…\")] id and its file name no timestamp; EF Core does not run it"));
                continue;
            }

            var parts = IdPattern().Match(id);
            var down = DownMethod().Match(text) is { Success: true } method && !method.Groups["empty"].Success
                ? new MigrationScript(path, ScriptSection.DownSection)
                : null;
            migrations.Add(new Migration(
                parts.Success ? parts.Groups["version"].Value : id,
                parts.Success ? parts.Groups["name"].Value : id,
                Kind,
                new MigrationScript(path, ScriptSection.UpSection),
                down,
                DialectOf(text, folder, path)));
        }

        return new LayoutClaim(migrations.ToImmutable(), problems.ToImmutable());
    }

    private static bool IsCandidate(string path)
    {
        var name = Path.GetFileName(path);
        return name.EndsWith(".cs", StringComparison.OrdinalIgnoreCase)
            && !name.EndsWith(".Designer.cs", StringComparison.OrdinalIgnoreCase)
            && !name.EndsWith("ModelSnapshot.cs", StringComparison.OrdinalIgnoreCase);
    }

    private static string? IdIn(string text) =>
        MigrationAttribute().Match(text) is { Success: true } attribute ? attribute.Groups["id"].Value : null;

    /// <summary>The id from the scaffolded partner (<c>X.Designer.cs</c>), else from any designer file declaring the class.</summary>
    private static string? IdInDesigner(FolderListing folder, string path, string className)
    {
        var partner = Path.ChangeExtension(path, null) + ".Designer.cs";
        if (folder.Files.Contains(partner) && IdIn(folder.Heads.Text(partner)) is { } id)
        {
            return id;
        }

        var classPattern = new Regex($@"\bclass\s+@?{Regex.Escape(className)}\b", RegexOptions.CultureInvariant);
        foreach (var designer in folder.Files.Where(f => f.EndsWith(".Designer.cs", StringComparison.OrdinalIgnoreCase) && f != partner))
        {
            var text = folder.Heads.Text(designer);
            if (MigrationAttribute().Match(text) is { Success: true } attribute && classPattern.IsMatch(text, attribute.Index))
            {
                return attribute.Groups["id"].Value;
            }
        }

        return null;
    }

    private static string? IdFromFileName(string path)
    {
        var stem = Path.GetFileNameWithoutExtension(path);
        return IdPattern().Match(stem) is { Success: true } match && match.Groups["version"].Length >= 8 ? stem : null;
    }

    /// <summary>The provider the migration was scaffolded for, from its store types and annotations (or its designer's).</summary>
    private static string? DialectOf(string text, FolderListing folder, string path)
    {
        var partner = Path.ChangeExtension(path, null) + ".Designer.cs";
        foreach (var candidate in new[] { text, folder.Files.Contains(partner) ? folder.Heads.Text(partner) : string.Empty })
        {
            var postgres = PostgresMarkers().IsMatch(candidate);
            var sqlServer = SqlServerMarkers().IsMatch(candidate);
            if (postgres != sqlServer)
            {
                return postgres ? DialectNames.Postgres : DialectNames.SqlServer;
            }
        }

        return null;
    }
}
