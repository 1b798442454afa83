using System.Collections.Immutable;
using MigrationLint.Core.Discovery;
using MigrationLint.Core.Rules;

namespace MigrationLint.Core.Releases;

/// <summary>
/// How the user named the release: two git refs, a Helm chart whose appVersion names the release
/// (the previous one is the nearest earlier tag), or a range of versions for repositories without tags.
/// </summary>
public sealed record ReleaseRequest(
    string Directory,
    string? From = null,
    string? To = null,
    string? Since = null,
    string? Until = null,
    string? Chart = null,
    string TagPattern = "v{appVersion}");

/// <summary>
/// A release ready to analyse: the migrations (the window is what the release added), the released
/// migrations it edited, the labels of the two releases, and a map from the files analysed to the
/// paths to report. Disposing removes any copy exported from git.
/// </summary>
public sealed class ReleaseWindow : IDisposable
{
    private readonly string? _exportFolder;

    private ReleaseWindow(
        DiscoveryResult discovery,
        ImmutableArray<HistoryEdit> edits,
        string from,
        string to,
        HelmChart? chart,
        Func<string, string> displayPath,
        string? exportFolder,
        string? repositoryName)
    {
        RepositoryName = repositoryName;
        Discovery = discovery;
        Edits = edits;
        From = from;
        To = to;
        Chart = chart;
        DisplayPath = displayPath;
        _exportFolder = exportFolder;
    }

    public DiscoveryResult Discovery { get; }

    public ImmutableArray<HistoryEdit> Edits { get; }

    /// <summary>The previous release, as named (a tag, a ref, or "after version N").</summary>
    public string From { get; }

    /// <summary>The release being shipped, as named.</summary>
    public string To { get; }

    public HelmChart? Chart { get; }

    /// <summary>The name of the repository's folder, when the release was read from git.</summary>
    public string? RepositoryName { get; }

    public Func<string, string> DisplayPath { get; }

    public static ReleaseWindow Open(ReleaseRequest request, DiscoveryOptions options)
    {
        if (!Directory.Exists(request.Directory))
        {
            throw new ReleaseException($"{request.Directory}: no such folder");
        }

        if (request.Since is not null)
        {
            return FromVersions(request, options);
        }

        return FromGit(request, options);
    }

    /// <summary>--since/--until: the window is the versions after one and up to the other, in the working tree.</summary>
    private static ReleaseWindow FromVersions(ReleaseRequest request, DiscoveryOptions options)
    {
        var discovery = new MigrationDiscovery(options).Discover([request.Directory]);
        var sets = discovery.Sets.Select(set => set with
        {
            Window = [.. set.Migrations
                .Where(m => VersionComparer.Instance.Compare(m.Version, request.Since) > 0
                    && (request.Until is null || VersionComparer.Instance.Compare(m.Version, request.Until) <= 0))
                .Select(m => m.Version)],
        }).ToImmutableArray();
        var to = request.Until is null ? "the newest migration" : $"version {request.Until}";
        if (sets.All(s => s.Window.IsEmpty))
        {
            throw new ReleaseException($"{request.Directory}: no migrations after version {request.Since} up to {to}");
        }

        return new ReleaseWindow(discovery with { Sets = sets }, [], $"version {request.Since}", to, null, path => path, null, null);
    }

    private static ReleaseWindow FromGit(ReleaseRequest request, DiscoveryOptions options)
    {
        var repository = GitRepository.Open(request.Directory);
        HelmChart? chart = null;
        string from, to;
        if (request.Chart is not null)
        {
            chart = HelmChart.Load(request.Chart);
            (from, to) = RefsFromChart(repository, chart, request.TagPattern);
        }
        else
        {
            from = request.From ?? throw new ReleaseException("name the previous release with --from <git ref>, --since <version> or --chart <chart>");
            to = request.To ?? "HEAD";
        }

        var fromCommit = repository.ResolveCommit(from);
        var toCommit = repository.ResolveCommit(to);
        var folder = RepositoryRelative(repository, request.Directory);
        if (request.To is null && request.Chart is null && repository.IsDirty(folder))
        {
            throw new ReleaseException(
                $"{request.Directory} has uncommitted changes; release compares commits, so commit or stash them, name the release with --to, or use 'migrationlint check' for work in progress");
        }

        var export = Path.Combine(Path.GetTempPath(), "migrationlint-release-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            repository.Export(fromCommit, folder, Path.Combine(export, "from"));
            repository.Export(toCommit, folder, Path.Combine(export, "to"));
            var previous = new MigrationDiscovery(options).Discover([Path.Combine(export, "from", folder)]);
            var current = new MigrationDiscovery(options).Discover([Path.Combine(export, "to", folder)]);
            var changes = repository.Changes(fromCommit, toCommit, folder);
            var toRoot = Path.Combine(export, "to");
            var fromRoot = Path.Combine(export, "from");
            string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

            var added = changes.Where(c => c.Status is 'A' or 'C').Select(c => c.Path).ToHashSet(StringComparer.Ordinal);
            var sets = current.Sets.Select(set => set with
            {
                Window = [.. set.Migrations.Where(m => added.Contains(Relative(toRoot, m.Up.FilePath))).Select(m => m.Version)],
            }).ToImmutableArray();

            var display = DisplayFolder(repository, folder);
            var displayPath = MapExport(toRoot, fromRoot, folder, display);
            var edits = FindEdits(repository, fromCommit, toCommit, previous, current, changes, fromRoot, toRoot, displayPath);
            if (sets.All(s => s.Window.IsEmpty) && edits.IsEmpty)
            {
                throw new ReleaseException($"no migrations were added to {request.Directory} between {from} and {to}");
            }

            return new ReleaseWindow(current with { Sets = sets }, edits, from, to, chart, displayPath, export, Path.GetFileName(repository.Root));
        }
        catch
        {
            TryDelete(export);
            throw;
        }
    }

    /// <summary>The release is the tag for the chart's appVersion (HEAD until it is tagged); the previous one the nearest earlier tag.</summary>
    private static (string From, string To) RefsFromChart(GitRepository repository, HelmChart chart, string pattern)
    {
        var version = chart.RequireAppVersion();
        var tag = pattern.Replace("{appVersion}", version, StringComparison.Ordinal);
        var to = repository.TagExists(tag) ? tag : "HEAD";
        var glob = pattern.Replace("{appVersion}", "*", StringComparison.Ordinal);
        var toCommit = repository.ResolveCommit(to);
        var previous = repository.NearestTag(toCommit + "^", glob);
        if (previous is null || previous == tag)
        {
            var hint = repository.IsShallow()
                ? "; this is a shallow clone, so tags may be missing: fetch them with 'git fetch --tags --unshallow' (in CI, check out with fetch-depth: 0)"
                : $"; is this the first release, or do tags follow another pattern than '{pattern}' (--tag-pattern)?";
            throw new ReleaseException($"no release tag matching '{glob}' before {(to == "HEAD" ? $"HEAD (the chart's appVersion {version} is not tagged yet)" : tag)}{hint}");
        }

        return (previous, to);
    }

    /// <summary>Released migrations (present at the previous release) whose up script changed, was deleted or renamed.</summary>
    private static ImmutableArray<HistoryEdit> FindEdits(
        GitRepository repository,
        string fromCommit,
        string toCommit,
        DiscoveryResult previous,
        DiscoveryResult current,
        IReadOnlyList<FileChange> changes,
        string fromRoot,
        string toRoot,
        Func<string, string> displayPath)
    {
        string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
        var released = previous.Sets.SelectMany(s => s.Migrations).ToDictionary(m => Relative(fromRoot, m.Up.FilePath), StringComparer.Ordinal);
        var now = current.Sets.SelectMany(s => s.Migrations).ToDictionary(m => Relative(toRoot, m.Up.FilePath), StringComparer.Ordinal);
        var edits = ImmutableArray.CreateBuilder<HistoryEdit>();
        foreach (var change in changes)
        {
            var oldPath = change.OldPath ?? change.Path;
            if (!released.TryGetValue(oldPath, out var migration))
            {
                continue;
            }

            switch (change.Status)
            {
                case 'D':
                    edits.Add(new HistoryEdit(HistoryEditKind.Deleted, migration, displayPath(migration.Up.FilePath), displayPath(migration.Up.FilePath), 0, 0, 1));
                    break;
                case 'R':
                    var renamed = now.GetValueOrDefault(change.Path) ?? migration;
                    edits.Add(new HistoryEdit(HistoryEditKind.Renamed, renamed, displayPath(renamed.Up.FilePath), displayPath(migration.Up.FilePath), 0, 0, 1));
                    break;
                case 'M' when now.TryGetValue(change.Path, out var edited) && UpChanged(migration, edited):
                    var (added, removed, first) = repository.DiffSummary(fromCommit, toCommit, change.Path);
                    edits.Add(new HistoryEdit(HistoryEditKind.Edited, edited, displayPath(edited.Up.FilePath), null, added, removed, first));
                    break;
            }
        }

        return edits.ToImmutable();
    }

    /// <summary>Whether what the runner applies changed: the up file, or the up section of a single-file migration.</summary>
    private static bool UpChanged(Migration before, Migration after)
    {
        var old = ScriptLoader.Load(before.Up, before.Layout);
        var current = ScriptLoader.Load(after.Up, after.Layout);
        return old.Source?.Text != current.Source?.Text;
    }

    private static string RepositoryRelative(GitRepository repository, string directory)
    {
        var relative = Path.GetRelativePath(repository.Root, Path.GetFullPath(directory)).Replace('\\', '/');
        return relative == "." ? "." : relative;
    }

    /// <summary>The folder as the user would write it from the working directory.</summary>
    private static string DisplayFolder(GitRepository repository, string folder)
    {
        var full = Path.GetFullPath(Path.Combine(repository.Root, folder));
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return relative.StartsWith("..", StringComparison.Ordinal) && Path.IsPathRooted(full) ? full : relative;
    }

    private static Func<string, string> MapExport(string toRoot, string fromRoot, string folder, string display)
    {
        var fromTo = Reports.ReportPaths.Rebase(Path.Combine(toRoot, folder), display);
        var fromFrom = Reports.ReportPaths.Rebase(Path.Combine(fromRoot, folder), display);
        return path => fromFrom(fromTo(path));
    }

    public void Dispose()
    {
        if (_exportFolder is not null)
        {
            TryDelete(_exportFolder);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless; the analysis result is what matters.
        }
    }
}
