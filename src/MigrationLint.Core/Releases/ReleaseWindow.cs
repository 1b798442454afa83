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
        string? repositoryName,
        DiscoveryResult? previous = null)
    {
        RepositoryName = repositoryName;
        Previous = previous;
        Discovery = discovery;
        Edits = edits;
        From = from;
        To = to;
        Chart = chart;
        DisplayPath = displayPath;
        _exportFolder = exportFolder;
    }

    public DiscoveryResult Discovery { get; }

    /// <summary>
    /// The migrations as the previous release shipped them (read from its commit), when the release
    /// was named by git refs: what the databases in the field ran. <c>verify</c> applies these ups.
    /// </summary>
    public DiscoveryResult? Previous { get; }

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

            var sets = WindowOfAdded(current, changes, toRoot);

            var display = DisplayFolder(repository, folder);
            var displayPath = MapExport(toRoot, fromRoot, folder, display);
            var edits = FindEdits(
                ByPath(previous, fromRoot),
                ByPath(current, toRoot),
                changes,
                path => repository.DiffSummary(fromCommit, toCommit, path),
                displayPath);
            if (sets.All(s => s.Window.IsEmpty) && edits.IsEmpty)
            {
                throw new ReleaseException($"no migrations were added to {request.Directory} between {from} and {to}");
            }

            return new ReleaseWindow(current with { Sets = sets }, edits, from, to, chart, displayPath, export, Path.GetFileName(repository.Root), previous);
        }
        catch
        {
            TryDelete(export);
            throw;
        }
    }

    /// <summary>
    /// The pull-request window: migrations added or changed in the working tree since the merge base
    /// with <paramref name="baseRef"/>; the rest of each folder is history, and migrations that existed
    /// at the merge base and were edited are reported.
    /// </summary>
    public static ReleaseWindow ChangedSince(IReadOnlyList<string> directories, string baseRef, DiscoveryOptions options)
    {
        var missing = directories.FirstOrDefault(d => !Directory.Exists(d));
        if (missing is not null)
        {
            throw new ReleaseException($"{missing}: no such folder (--changed-since takes migration folders)");
        }

        var repository = GitRepository.Open(directories[0]);
        var mergeBase = repository.MergeBase(baseRef);
        var export = Path.Combine(Path.GetTempPath(), "migrationlint-changes-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var folders = directories.Select(d => RepositoryRelative(repository, d)).ToList();
            var fromRoot = Path.Combine(export, "from");
            foreach (var folder in folders)
            {
                repository.Export(mergeBase, folder, fromRoot);
            }

            var previous = new MigrationDiscovery(options).Discover(folders.Select(f => Path.Combine(fromRoot, f)).Where(Directory.Exists));
            var current = new MigrationDiscovery(options).Discover(directories);
            var changes = folders.SelectMany(f => repository.WorkingTreeChanges(mergeBase, f)).ToList();
            var sets = WindowOfAdded(current, changes, repository.Root);
            var displayFolders = folders.Select(f => (Export: Path.Combine(fromRoot, f), Display: DisplayFolder(repository, f))).ToList();
            string DisplayPath(string path) => displayFolders.Aggregate(path, (p, f) => Reports.ReportPaths.Rebase(f.Export, f.Display)(p));
            var edits = FindEdits(
                ByPath(previous, fromRoot),
                ByPath(current, repository.Root),
                changes,
                path => repository.DiffSummary(mergeBase, null, path),
                DisplayPath);
            return new ReleaseWindow(
                current with { Sets = sets }, edits, $"the merge base with {baseRef}", "the working tree", null, DisplayPath, export, Path.GetFileName(repository.Root), previous);
        }
        catch
        {
            TryDelete(export);
            throw;
        }
    }

    /// <summary>Every set, its window narrowed to the migrations whose up script was added.</summary>
    private static ImmutableArray<MigrationSet> WindowOfAdded(DiscoveryResult discovery, IReadOnlyList<FileChange> changes, string root)
    {
        var added = changes.Where(c => c.Status is 'A' or 'C').Select(c => c.Path).ToHashSet(StringComparer.Ordinal);
        var byPath = ByPath(discovery, root);
        var addedVersions = byPath.Where(p => added.Contains(p.Key)).Select(p => p.Value).ToHashSet();
        return [.. discovery.Sets.Select(set => set with { Window = [.. set.Migrations.Where(addedVersions.Contains).Select(m => m.Version)] })];
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
        Dictionary<string, Migration> released,
        Dictionary<string, Migration> now,
        IReadOnlyList<FileChange> changes,
        Func<string, (int Added, int Removed, int FirstLine)> diffSummary,
        Func<string, string> displayPath)
    {
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
                    var (added, removed, first) = diffSummary(change.Path);
                    edits.Add(new HistoryEdit(HistoryEditKind.Edited, edited, displayPath(edited.Up.FilePath), null, added, removed, first));
                    break;
            }
        }

        return edits.ToImmutable();
    }

    /// <summary>Every migration of a discovery, by its up script's path relative to <paramref name="root"/> (the repository, or an export of it).</summary>
    private static Dictionary<string, Migration> ByPath(DiscoveryResult discovery, string root) =>
        discovery.Sets.SelectMany(s => s.Migrations)
            .ToDictionary(m => Path.GetRelativePath(Path.GetFullPath(root), Path.GetFullPath(m.Up.FilePath)).Replace('\\', '/'), StringComparer.Ordinal);

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
