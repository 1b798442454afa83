using System.Collections.Immutable;
using MigrationLint.Core.Reports;

namespace MigrationLint.Core.Discovery;

/// <summary>The migration folders found under the paths given, and what could not be read.</summary>
public sealed record DiscoveryResult(ImmutableArray<MigrationSet> Sets, ImmutableArray<InputError> Errors);

/// <summary>
/// Finds migrations. A folder given is searched recursively and every migration in it is under
/// review; a file given puts its migration under review and makes the earlier migrations of its
/// folder the history. Each folder that holds migrations is one set, read in the layout that
/// recognises most of it.
/// </summary>
public sealed class MigrationDiscovery(DiscoveryOptions options, IReadOnlyList<IMigrationLayout>? layouts = null)
{
    public static readonly ImmutableArray<IMigrationLayout> BuiltInLayouts =
    [
        new GolangMigrateLayout(),
        GooseLayout.Instance,
        DbmateLayout.Instance,
        new FlywayLayout(),
        new FolderPerMigrationLayout(),
        new EfCoreLayout(),
        new DbUpLayout(),
    ];

    /// <summary>From how many paths the files among them are told apart in parallel.</summary>
    private const int ParallelFrom = 64;

    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules" };

    private readonly IReadOnlyList<IMigrationLayout> _layouts = layouts ?? BuiltInLayouts;
    /// <summary>What <see cref="Directory.EnumerateFiles(string)"/> and its siblings enumerate with: hidden files included, errors raised.</summary>
    private static readonly EnumerationOptions EveryEntry = new() { AttributesToSkip = 0, IgnoreInaccessible = false };

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ScannedFolder> _scanned = new(StringComparer.Ordinal);
    private readonly FileHeads _heads = new(Directory.GetCurrentDirectory());
    private readonly System.Collections.Concurrent.ConcurrentDictionary<MigrationSet, Dictionary<string, Migration>> _byFile = new(ReferenceEqualityComparer.Instance);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, MigrationSet?> _setIn = new(StringComparer.Ordinal);

    public DiscoveryResult Discover(IEnumerable<string> paths)
    {
        var errors = ImmutableArray.CreateBuilder<InputError>();
        var sets = new Dictionary<string, (MigrationSet Set, ImmutableHashSet<string>.Builder Window)>(StringComparer.Ordinal);
        var order = new List<string>();
        // Read once: resolving a relative path against it costs no system call, and a list of a
        // thousand files resolves thousands of paths.
        var workingDirectory = Directory.GetCurrentDirectory();
        var keys = new Dictionary<MigrationSet, string>(ReferenceEqualityComparer.Instance);

        void AddSet(MigrationSet set, IEnumerable<string> window)
        {
            if (!keys.TryGetValue(set, out var key))
            {
                key = keys[set] = Path.GetFullPath(set.Directory, workingDirectory);
            }

            if (!sets.TryGetValue(key, out var existing))
            {
                order.Add(key);
                existing = sets[key] = (set, ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal));
            }

            existing.Window.UnionWith(window);
        }

        var pathList = paths as IReadOnlyList<string> ?? [.. paths];
        var (isFile, located) = FilesAmong(pathList, workingDirectory);
        var folders = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < pathList.Count; i++)
        {
            var path = pathList[i];
            // Files first: a list of files is the long case.
            if (isFile[i])
            {
                var (set, migration) = located?[i] ?? FindMigrationOf(path, FolderOf(path, workingDirectory, folders), workingDirectory);
                if (set is not null && migration is not null)
                {
                    AddSet(set, [migration.Version]);
                }
                else
                {
                    AddSet(StandaloneScript(path), [Path.GetFileNameWithoutExtension(path)]);
                }
            }
            else if (Directory.Exists(path))
            {
                var found = false;
                foreach (var set in ScanTree(path))
                {
                    found = true;
                    AddSet(set, set.Migrations.Select(m => m.Version));
                }

                if (!found)
                {
                    errors.Add(new InputError(path, 0, 0, "no migrations found in this folder (looked for golang-migrate, goose, dbmate, Flyway and folder-per-migration layouts)"));
                }
            }
            else
            {
                errors.Add(new InputError(path, 0, 0, "no such file or folder"));
            }
        }

        return new DiscoveryResult([.. order.Select(key => sets[key].Set with { Window = sets[key].Window.ToImmutable() })], errors.ToImmutable());
    }

    /// <summary>
    /// Which of the paths are files. A long list names the files of a few folders: each folder is
    /// listed once and a path whose name it lists as a file (as a folder scan takes it: any entry
    /// that is not a folder) is one, without a system call per path; only the others are asked of
    /// the file system. When the order of the paths cannot matter (every one a file, all relative
    /// or all absolute: a folder's set is named in the style of the first path that reaches it) the
    /// folders are also scanned for their layouts on the thread pool, instead of one after another,
    /// and each folder's files found among its migrations there (<c>Found</c>; null otherwise).
    /// </summary>
    private (bool[] IsFile, (MigrationSet? Set, Migration? Migration)?[]? Found) FilesAmong(IReadOnlyList<string> paths, string workingDirectory)
    {
        var isFile = new bool[paths.Count];
        if (paths.Count < ParallelFrom)
        {
            for (var i = 0; i < paths.Count; i++)
            {
                isFile[i] = File.Exists(paths[i]);
            }

            return (isFile, null);
        }

        var folders = new Dictionary<string, string>(StringComparer.Ordinal);
        var folderOf = new string[paths.Count];
        for (var i = 0; i < paths.Count; i++)
        {
            folderOf[i] = FolderOf(paths[i], workingDirectory, folders);
        }

        var listed = new System.Collections.Concurrent.ConcurrentDictionary<string, HashSet<string>?>(StringComparer.Ordinal);
        Parallel.ForEach(folders.Values, folder => listed[folder] = FileNamesIn(folder));
        bool Listed(int i)
        {
            var name = Path.GetFileName(paths[i].AsSpan());
            // A name that was not valid UTF-8 reads back as U+FFFD, here and in the listing alike.
            return name is not ("" or "." or "..") && !name.Contains('\uFFFD')
                && listed[folderOf[i]] is { } names && names.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);
        }

        // A folder can be listable but not searchable (read without execute permission): its
        // entries show, yet none of them can be reached. One listed file per folder is asked; if
        // it cannot be, the folder's paths are all asked one by one, as a short list's are.
        var probes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < paths.Count; i++)
        {
            if (Listed(i))
            {
                probes.TryAdd(folderOf[i], i);
            }
        }

        Parallel.ForEach(probes, probe =>
        {
            if (!File.Exists(Path.GetFullPath(paths[probe.Value], workingDirectory)))
            {
                listed[probe.Key] = null;
            }
        });
        Parallel.For(0, paths.Count, i => isFile[i] = Listed(i) || File.Exists(Path.GetFullPath(paths[i], workingDirectory)));
        if (Array.IndexOf(isFile, false) >= 0 || paths.Any(Path.IsPathRooted) != paths.All(Path.IsPathRooted))
        {
            return (isFile, null);
        }

        var pathsIn = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < paths.Count; i++)
        {
            if (!pathsIn.TryGetValue(folderOf[i], out var indexes))
            {
                pathsIn[folderOf[i]] = indexes = [];
            }

            indexes.Add(i);
        }

        var found = new (MigrationSet? Set, Migration? Migration)?[paths.Count];
        Parallel.ForEach(pathsIn, folder =>
        {
            try
            {
                _ = SetIn(folder.Key, Path.IsPathRooted(paths[folder.Value[0]]), workingDirectory);
                foreach (var i in folder.Value)
                {
                    found[i] = FindMigrationOf(paths[i], folder.Key, workingDirectory);
                }
            }
#pragma warning disable CA1031 // Not kept, whatever it is: its paths are looked up again in order, where the failure surfaces as it always has.
            catch (Exception)
#pragma warning restore CA1031
            {
                // Those of this folder's paths not found yet are left to the sequential pass.
            }
        });
        return (isFile, found);
    }

    /// <summary>The names of the entries of a folder that are not folders; null when it cannot be listed.</summary>
    private static HashSet<string>? FileNamesIn(string folder)
    {
        try
        {
            var entries = new System.IO.Enumeration.FileSystemEnumerable<string>(
                folder, static (ref System.IO.Enumeration.FileSystemEntry entry) => entry.FileName.ToString(), EveryEntry)
            {
                ShouldIncludePredicate = static (ref System.IO.Enumeration.FileSystemEntry entry) => !entry.IsDirectory,
            };
            return new HashSet<string>(entries, StringComparer.Ordinal);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Its paths are asked one by one instead.
            return null;
        }
    }

    /// <summary>The full path of the folder a path names its entry in, resolved once per distinct folder text.</summary>
    private static string FolderOf(string path, string workingDirectory, Dictionary<string, string> folders)
    {
        var named = Path.GetDirectoryName(path.AsSpan());
        var folder = named.IsEmpty ? "." : named;
        if (!folders.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(folder, out var full))
        {
            var text = folder.ToString();
            full = folders[text] = Path.GetFullPath(text, workingDirectory);
        }

        return full;
    }

    /// <summary>The migrations of one folder, every one of them under review, or null when it holds none.</summary>
    public MigrationSet? ScanFolder(string directory) => Scanned(directory).Set;

    /// <summary>A folder's set and subfolders, listed and scanned once per discovery.</summary>
    private ScannedFolder Scanned(string directory) => _scanned.GetOrAdd(Path.GetFullPath(directory), _ => Scan(directory));

    /// <summary>
    /// Every set under <paramref name="root"/>, in path order. Each folder is scanned as soon as its
    /// parent has been (a folder-per-migration set claims its subfolders, so those are not), on the
    /// thread pool: no level of the tree waits for the slowest folder of the level before.
    /// </summary>
    private List<MigrationSet> ScanTree(string root)
    {
        var found = new System.Collections.Concurrent.ConcurrentBag<MigrationSet>();
        var failures = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        using var pending = new CountdownEvent(1);

        void Visit(string folder)
        {
            try
            {
                var scanned = Scanned(folder);
                if (scanned.Set is { } set)
                {
                    found.Add(set);
                }

                foreach (var child in Unclaimed(scanned))
                {
                    pending.AddCount();
                    ThreadPool.QueueUserWorkItem(Visit, child, preferLocal: false);
                }
            }
            catch (Exception failure)
            {
                failures.Enqueue(failure);
            }
            finally
            {
                pending.Signal();
            }
        }

        Visit(root);
        pending.Wait();
        if (!failures.IsEmpty)
        {
            throw new AggregateException(failures);
        }

        return [.. found.OrderBy(s => s.Directory, StringComparer.Ordinal)];
    }

    /// <summary>The subfolders still to search: not hidden, not build output, not claimed by a folder-per-migration set.</summary>
    private IEnumerable<string> Unclaimed(ScannedFolder scanned)
    {
        var claimed = scanned.Set is { Layout: MigrationLayout.FolderPerMigration } set
            ? set.Migrations.Select(m => Path.GetFullPath(Path.GetDirectoryName(m.Up.FilePath)!)).ToHashSet(StringComparer.Ordinal)
            : [];
        return scanned.Subdirectories.Where(child => !Path.GetFileName(child).StartsWith('.') && !SkippedFolders.Contains(Path.GetFileName(child))
            && !options.Ignored(child) && (claimed.Count == 0 || !claimed.Contains(Path.GetFullPath(child))));
    }

    /// <summary>
    /// The migration a file belongs to: in the set of its folder, or of the folder above (a
    /// folder-per-migration set). The file's full path is looked up without being made a string.
    /// </summary>
    private (MigrationSet? Set, Migration? Migration) FindMigrationOf(string file, string fullFolder, string workingDirectory)
    {
        var name = Path.GetFileName(file.AsSpan());
        var fullPath = name.Length > 0 && name is not ("." or "..") ? null : Path.GetFullPath(file, workingDirectory);
        var directory = fullPath is null ? fullFolder : Path.GetDirectoryName(fullPath)!;
        var rooted = Path.IsPathRooted(file);
        var length = fullFolder.Length + 1 + name.Length;
        char[]? rented = null;
        Span<char> buffer = length <= 512 ? stackalloc char[512] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(length));
        try
        {
            var key = fullPath is null ? Joined(buffer, fullFolder, name) : fullPath;

            for (var candidate = directory; candidate is not null; candidate = candidate == directory ? Path.GetDirectoryName(directory) : null)
            {
                if (SetIn(candidate, rooted, workingDirectory) is { } set
                    && ByFile(set, workingDirectory).GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var migration))
                {
                    return (set, migration);
                }
            }

            return (null, null);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The folder and the name joined as <see cref="Path.Join(string, string)"/> joins them, written into <paramref name="buffer"/>.</summary>
    private static ReadOnlySpan<char> Joined(Span<char> buffer, string folder, ReadOnlySpan<char> name)
    {
        folder.CopyTo(buffer);
        var at = folder.Length;
        if (!Path.EndsInDirectorySeparator(folder))
        {
            buffer[at++] = Path.DirectorySeparatorChar;
        }

        name.CopyTo(buffer[at..]);
        return buffer[..(at + name.Length)];
    }

    /// <summary>
    /// A set's migrations by the full path of their up and down files, built once per set: a list of
    /// a thousand files from one folder looks each up instead of searching the folder each time.
    /// </summary>
    private Dictionary<string, Migration> ByFile(MigrationSet set, string workingDirectory) => _byFile.GetOrAdd(
        set,
        static (set, workingDirectory) =>
        {
            // The set's files are its folder's listing (the folder, as the set names it, joined with
            // what is under it): resolving the folder once resolves them all.
            var fullDirectory = Path.GetFullPath(set.Directory, workingDirectory);
            string FullPath(string file) =>
                file.Length > set.Directory.Length + 1 && file.StartsWith(set.Directory, StringComparison.Ordinal)
                    && Path.EndsInDirectorySeparator(file.AsSpan(0, set.Directory.Length + 1))
                    && !file.AsSpan(set.Directory.Length + 1).Contains("..", StringComparison.Ordinal)
                    ? Path.Join(fullDirectory, file.AsSpan(set.Directory.Length + 1))
                    : Path.GetFullPath(file, workingDirectory);

            var byFile = new Dictionary<string, Migration>(StringComparer.Ordinal);
            foreach (var migration in set.Migrations)
            {
                byFile.TryAdd(FullPath(migration.Up.FilePath), migration);
                if (migration.Down is { } down)
                {
                    byFile.TryAdd(FullPath(down.FilePath), migration);
                }
            }

            return byFile;
        },
        workingDirectory);

    /// <summary>
    /// The set in a folder, looked up once however many of its files the user lists. Like the scan
    /// itself (kept by full path), it is named in the style, relative or absolute, of the first file
    /// that asked.
    /// </summary>
    private MigrationSet? SetIn(string fullDirectory, bool rooted, string workingDirectory) => _setIn.GetOrAdd(
        fullDirectory, directory => ScanFolder(rooted ? directory : Path.GetRelativePath(workingDirectory, directory)));

    private static MigrationSet StandaloneScript(string path) => new(
        Path.GetDirectoryName(path) is { Length: > 0 } directory ? directory : ".",
        MigrationLayout.StandaloneScript,
        [new Migration(Path.GetFileNameWithoutExtension(path), Path.GetFileNameWithoutExtension(path), MigrationLayout.StandaloneScript,
            new MigrationScript(path, ScriptSection.WholeFile), null, null)],
        [],
        []);

    /// <summary>A folder's files and subfolders that the configuration does not ignore, in ordinal order, from one pass over the directory.</summary>
    private FolderListing List(string directory)
    {
        var files = new List<string>();
        var subdirectories = new List<string>();
        var entries = new System.IO.Enumeration.FileSystemEnumerable<(string Path, bool IsDirectory)>(
            directory, static (ref System.IO.Enumeration.FileSystemEntry entry) => (entry.ToSpecifiedFullPath(), entry.IsDirectory), EveryEntry);
        foreach (var (path, isDirectory) in entries)
        {
            if (!options.Ignored(path))
            {
                (isDirectory ? subdirectories : files).Add(path);
            }
        }

        files.Sort(StringComparer.Ordinal);
        subdirectories.Sort(StringComparer.Ordinal);
        return new FolderListing(directory, [.. files], [.. subdirectories], _heads);
    }

    private ScannedFolder Scan(string directory)
    {
        var listing = List(directory);
        return new ScannedFolder(Claim(directory, listing), listing.Subdirectories);
    }

    private MigrationSet? Claim(string directory, FolderListing listing)
    {
        var best = _layouts
            .Where(layout => options.Layout is null || layout.Kind == options.Layout)
            .Select(layout => (layout.Kind, Claim: layout.Claim(listing, options)))
            .OrderByDescending(c => c.Claim.Migrations.Length)
            .FirstOrDefault();
        if (best.Claim is null || best.Claim.Migrations.IsEmpty)
        {
            return null;
        }

        var (migrations, duplicates) = OrderAndDeduplicate(best.Claim.Migrations);
        var problems = best.Claim.Problems
            .Concat(duplicates)
            .Concat(MissingDowns(migrations))
            .Concat(VersionGaps(migrations))
            .ToImmutableArray();
        return new MigrationSet(directory, best.Kind, migrations, [], problems);
    }

    private static (ImmutableArray<Migration> Migrations, IEnumerable<DiscoveryProblem> Duplicates) OrderAndDeduplicate(
        ImmutableArray<Migration> claimed)
    {
        var kept = new List<Migration>();
        var problems = new List<DiscoveryProblem>();
        foreach (var group in claimed.GroupBy(m => m.Version, StringComparer.Ordinal).OrderBy(g => g.Key, VersionComparer.Instance))
        {
            // Nearly every version has one migration: only twins need ordering.
            if (group.Count() == 1)
            {
                kept.Add(group.First());
                continue;
            }

            var ordered = group.OrderBy(m => m.Up.FilePath, StringComparer.Ordinal).ToList();
            kept.Add(ordered[0]);
            problems.AddRange(ordered.Skip(1).Select(twin => new DiscoveryProblem(
                DiscoveryProblemKind.DuplicateVersion,
                twin.Up.FilePath,
                twin.Version,
                $"version {twin.Version} is used by both {Path.GetFileName(ordered[0].Up.FilePath)} and {Path.GetFileName(twin.Up.FilePath)}; the runner would refuse or apply only one")));
        }

        return ([.. kept], problems);
    }

    private static IEnumerable<DiscoveryProblem> MissingDowns(ImmutableArray<Migration> migrations) =>
        migrations
            .Where(m => m.Down is null && !m.Up.FilePath.EndsWith(".go", StringComparison.OrdinalIgnoreCase))
            .Select(m => new DiscoveryProblem(
                DiscoveryProblemKind.MissingDown,
                m.Up.FilePath,
                m.Version,
                m.Up.Section == ScriptSection.UpSection
                    ? $"{Path.GetFileName(m.Up.FilePath)} has no down section"
                    : $"migration {m.Version} has no down migration"));

    /// <summary>
    /// Gaps only mean something where versions are a plain sequence (000001, 000002, …); timestamp
    /// versions have gaps by nature.
    /// </summary>
    private static List<DiscoveryProblem> VersionGaps(ImmutableArray<Migration> migrations)
    {
        if (migrations.Length < 2 || !migrations.All(m => m.Version.Length <= 7 && m.Version.All(char.IsAsciiDigit)))
        {
            return [];
        }

        var problems = new List<DiscoveryProblem>();
        for (var i = 1; i < migrations.Length; i++)
        {
            var previous = long.Parse(migrations[i - 1].Version, System.Globalization.CultureInfo.InvariantCulture);
            var current = long.Parse(migrations[i].Version, System.Globalization.CultureInfo.InvariantCulture);
            if (current > previous + 1)
            {
                var missing = current == previous + 2 ? $"version {previous + 1} is" : $"versions {previous + 1} to {current - 1} are";
                problems.Add(new DiscoveryProblem(
                    DiscoveryProblemKind.VersionGap,
                    migrations[i].Up.FilePath,
                    migrations[i].Version,
                    $"{missing} missing before {migrations[i].Version}; was a migration deleted or renumbered?"));
            }
        }

        return problems;
    }

    private sealed record ScannedFolder(MigrationSet? Set, ImmutableArray<string> Subdirectories);

    /// <summary>
    /// Reads each file's comment lines once per discovery, for every layout that asks. Only comment
    /// lines are decoded (leniently, as text: enough to spot a layout's markers); the rest of the
    /// file is never turned into a string.
    /// </summary>
    private sealed class FileHeads(string workingDirectory) : IFileHeads
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> _comments = new(StringComparer.Ordinal);
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _texts = new(StringComparer.Ordinal);

        public string Text(string path) => _texts.GetOrAdd(path, static (file, workingDirectory) =>
        {
            try
            {
                return FileBytes.Read(file, static bytes => System.Text.Encoding.UTF8.GetString(bytes), workingDirectory);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                // The loader reports unreadable files where they matter; here they simply match no layout.
                return string.Empty;
            }
        }, workingDirectory);

        public IReadOnlyList<string> CommentLines(string path) => _comments.GetOrAdd(path, static (file, workingDirectory) =>
        {
            try
            {
                return FileBytes.Read(file, static bytes => CommentLinesOf(bytes), workingDirectory);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                // The loader reports unreadable files where they matter; here they simply match no layout.
                return [];
            }
        }, workingDirectory);

        private static string[] CommentLinesOf(ReadOnlySpan<byte> bytes)
        {
            // From one "--" to the next (a vectorised search): most lines of a script are code.
            var lines = new List<string>();
            var at = 0;
            for (int found; (found = bytes[at..].IndexOf("--"u8)) >= 0;)
            {
                var dashes = at + found;
                var lineStart = bytes[..dashes].LastIndexOf((byte)'\n') + 1;
                var lineEnd = bytes[dashes..].IndexOf((byte)'\n') is var length and >= 0 ? dashes + length : bytes.Length;
                if (bytes[lineStart..dashes].TrimStart(" \t"u8).IsEmpty)
                {
                    lines.Add(System.Text.Encoding.UTF8.GetString(bytes[lineStart..lineEnd]));
                }

                at = lineEnd;
                if (at >= bytes.Length)
                {
                    break;
                }
            }

            return [.. lines];
        }
    }
}
