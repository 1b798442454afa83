namespace MigrationLint.Testing;

/// <summary>Where the repository's fixtures, samples and rules are, from a test binary's folder.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Fixtures(string dialect = "postgres") => Path.Combine(Root, "migrations-fixtures", dialect);

    public static string Samples => Path.Combine(Root, "samples");

    public static string Rules => Path.Combine(Root, "rules");

    public static string Golden => Path.Combine(Root, "tests", "golden");

    /// <summary>
    /// The shared corpus of public projects' migrations: MIGRATIONLINT_CORPUS, else ../shared/corpus
    /// beside the repository. Null when neither exists.
    /// </summary>
    public static string? Corpus
    {
        get
        {
            var candidates = new[]
            {
                Environment.GetEnvironmentVariable("MIGRATIONLINT_CORPUS"),
                Path.Combine(Root, "..", "shared", "corpus"),
            };
            return candidates.OfType<string>().Where(c => c.Length > 0 && Directory.Exists(c)).Select(Path.GetFullPath).FirstOrDefault();
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MigrationLint.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"MigrationLint.sln not found above {AppContext.BaseDirectory}");
    }
}
