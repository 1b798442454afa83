using System.Reflection;
using System.Runtime.InteropServices;

namespace MigrationLint.Postgres.Native;

/// <summary>libpg_query could not be loaded; the message says what to install.</summary>
public sealed class PgQueryLibraryNotFoundException(string message) : Exception(message);

/// <summary>
/// Finds and loads libpg_query once per process: the path in <c>MIGRATIONLINT_LIBPG_QUERY</c> when set
/// (the user's choice, used or refused), else the copy bundled in the tool package, else the system
/// library under its Debian (versioned) and development (unversioned) names.
/// </summary>
public static class PgQueryLibrary
{
    public const string DebianPackage = "libpg-query1504.0";
    public const string PathVariable = "MIGRATIONLINT_LIBPG_QUERY";

    private static readonly string[] SystemNames =
    [
        "libpg_query.so.1504.0",
        "libpg_query.so.1504",
        "libpg_query.so",
        "libpg_query.dylib",
        "pg_query",
    ];

    private static readonly Lazy<nint> Handle = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<bool> Bound = new(Bind, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Loads the library and binds every entry point now (once per process), so a missing library
    /// is reported before any work starts and parallel parsing never races to bind them.
    /// </summary>
    public static void EnsureLoaded() => _ = Bound.Value;

    private static unsafe bool Bind()
    {
        NativeLibrary.SetDllImportResolver(typeof(PgQueryLibrary).Assembly, Resolve);
        _ = Handle.Value;
        byte* input = stackalloc byte[] { (byte)';', 0 };
        PgQueryNative.FreeParseResult(PgQueryNative.Parse(input));
        PgQueryNative.FreeSplitResult(PgQueryNative.SplitWithScanner(input));
        PgQueryNative.FreeSplitResult(PgQueryNative.SplitWithParser(input));
        PgQueryNative.FreePlpgsqlParseResult(PgQueryNative.ParsePlpgsql(input));
        return true;
    }

    /// <summary>Where the library came from, for --version and diagnostics.</summary>
    public static string? LoadedFrom { get; private set; }

    /// <summary>Which kind of candidate was loaded: the bundled copy, the configured path or the system's.</summary>
    public static string LoadedOrigin => LoadedFrom switch
    {
        null => "not loaded",
        var path when path == Environment.GetEnvironmentVariable(PathVariable) => $"from {PathVariable}",
        var path when path.StartsWith(AppContext.BaseDirectory, StringComparison.Ordinal) => "bundled with the tool",
        _ => "system library",
    };

    private static nint Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath) =>
        libraryName == PgQueryNative.LibraryName ? Handle.Value : 0;

    /// <summary>The places tried, in order, when <c>MIGRATIONLINT_LIBPG_QUERY</c> is not set.</summary>
    public static IEnumerable<string> Candidates()
    {
        var baseDirectory = AppContext.BaseDirectory;
        yield return Path.Combine(baseDirectory, "runtimes", RuntimeInformation.RuntimeIdentifier, "native", "libpg_query.so");
        yield return Path.Combine(baseDirectory, "runtimes", "linux-x64", "native", "libpg_query.so");
        yield return Path.Combine(baseDirectory, "libpg_query.so");

        foreach (var name in SystemNames)
        {
            yield return name;
        }
    }

    private static nint Load() =>
        Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } explicitPath
            ? LoadExplicit(explicitPath)
            : LoadFirst(Candidates());

    /// <summary>A path the user set is used or refused, never silently replaced by another copy.</summary>
    internal static nint LoadExplicit(string path)
    {
        if (NativeLibrary.TryLoad(path, out var handle))
        {
            LoadedFrom = path;
            return handle;
        }

        throw new PgQueryLibraryNotFoundException(
            $"{PathVariable} is set to {path}, which is not a loadable libpg_query shared library; " +
            "correct the path, or unset the variable to use the bundled or system library.");
    }

    /// <summary>Loads the first candidate that exists and loads; otherwise says what to install.</summary>
    internal static nint LoadFirst(IEnumerable<string> candidates)
    {
        foreach (var candidate in candidates)
        {
            var isPath = candidate.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal);
            if (isPath && !File.Exists(candidate))
            {
                continue;
            }

            if (NativeLibrary.TryLoad(candidate, out var handle))
            {
                LoadedFrom = candidate;
                return handle;
            }
        }

        throw new PgQueryLibraryNotFoundException(
            "libpg_query, the PostgreSQL parser library, was not found. " +
            $"On Debian or Ubuntu install it with: sudo apt-get install {DebianPackage}. " +
            $"Elsewhere, build libpg_query 15-4.x and set {PathVariable} to the path of the shared library.");
    }
}
