namespace MigrationLint.Verify.Server;

/// <summary>
/// The server programs of one PostgreSQL installation (initdb, pg_ctl). Found, in order: the folder
/// named with --postgres-bin, MIGRATIONLINT_PG_BINDIR, Debian's /usr/lib/postgresql/&lt;major&gt;/bin
/// (the newest major), pg_config --bindir, then the PATH. The client library is Npgsql, so no
/// client program is needed.
/// </summary>
public sealed record PostgresBinaries(string Directory)
{
    public const string InstallHint = "install the postgresql package (apt-get install postgresql; the system service need not run)";

    public string InitDb => Path.Combine(Directory, "initdb");

    public string PgCtl => Path.Combine(Directory, "pg_ctl");

    /// <summary>The installation to use, or a <see cref="VerifyException"/> that says what to install.</summary>
    public static PostgresBinaries Require(string? namedFolder)
    {
        if (namedFolder is not null)
        {
            return Holds(namedFolder)
                ? new PostgresBinaries(Path.GetFullPath(namedFolder))
                : throw new VerifyException($"{namedFolder} holds no initdb and pg_ctl; name the folder of PostgreSQL's server programs, or {InstallHint}");
        }

        return Find() ?? throw new VerifyException($"PostgreSQL's server programs (initdb, pg_ctl) were not found; {InstallHint}, or name their folder with --postgres-bin or MIGRATIONLINT_PG_BINDIR");
    }

    /// <summary>The installation to use, or null when this machine has none.</summary>
    public static PostgresBinaries? Find()
    {
        var candidates = new List<string?> { Environment.GetEnvironmentVariable("MIGRATIONLINT_PG_BINDIR") };
        candidates.AddRange(DebianFolders());
        candidates.Add(PgConfigBinDir());
        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator));
        return candidates.OfType<string>().Where(c => c.Length > 0).Where(Holds).Select(c => new PostgresBinaries(Path.GetFullPath(c))).FirstOrDefault();
    }

    private static bool Holds(string folder) =>
        File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl"));

    /// <summary>Debian installs each major version side by side; the newest is the one a fresh install would use.</summary>
    private static IEnumerable<string> DebianFolders()
    {
        const string root = "/usr/lib/postgresql";
        if (!System.IO.Directory.Exists(root))
        {
            return [];
        }

        return System.IO.Directory.EnumerateDirectories(root)
            .Select(d => (Folder: d, Major: int.TryParse(Path.GetFileName(d), out var major) ? major : -1))
            .Where(d => d.Major > 0)
            .OrderByDescending(d => d.Major)
            .Select(d => Path.Combine(d.Folder, "bin"));
    }

    /// <summary>pg_config comes with the client development package too, so its answer is checked for initdb like any other.</summary>
    private static string? PgConfigBinDir()
    {
        var pgConfig = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Where(p => p.Length > 0)
            .Select(p => Path.Combine(p, "pg_config"))
            .FirstOrDefault(File.Exists);
        if (pgConfig is null)
        {
            return null;
        }

        var result = ProcessRunner.Run(pgConfig, ["--bindir"], Path.GetTempPath(), TimeSpan.FromSeconds(10), CancellationToken.None);
        return result.Succeeded ? result.Output.Trim() : null;
    }
}
