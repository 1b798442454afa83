using MigrationLint.Core.Analysis;
using MigrationLint.Core.Discovery;
using MigrationLint.Core.Reports;
using MigrationLint.Core.Rules;
using MigrationLint.Postgres;
using MigrationLint.Testing;

namespace MigrationLint.Reporting.Tests;

/// <summary>Reports of real inputs, analysed with paths relative to the repository so outputs are stable.</summary>
internal static class Reports
{
    /// <summary>
    /// migrations-fixtures/postgres/hostile-names: file names with <c>,</c> <c>:</c> <c>%</c>, spaces and a
    /// non-ASCII letter; identifiers holding a newline and <c>::error::</c>, <c>%0A</c>, a carriage return,
    /// HTML, pipes, backticks and <c>##[</c>.
    /// </summary>
    public static readonly string[] HostileNames =
    [
        "migrations-fixtures/postgres/hostile-names/000002_*.up.sql",
        "migrations-fixtures/postgres/hostile-names/000003_*.up.sql",
    ];

    public static AnalysisReport Of(params string[] relativePaths)
    {
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = RepositoryPaths.Root;
        try
        {
            var paths = relativePaths.SelectMany(Expand).ToList();
            var discovery = new MigrationDiscovery(new DiscoveryOptions(DialectNames.Postgres)).Discover(paths);
            return new AnalysisEngine(RuleSet.BuiltIn(), new SingleFrontEnd(new PostgresFrontEnd())).Analyze(discovery);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }

    /// <summary>"folder/0000{08,09}*" style patterns: a folder and a file-name pattern.</summary>
    private static IEnumerable<string> Expand(string path)
    {
        if (!path.Contains('*', StringComparison.Ordinal))
        {
            return [path];
        }

        var folder = Path.GetDirectoryName(path)!;
        return Directory.EnumerateFiles(folder, Path.GetFileName(path)).Order(StringComparer.Ordinal);
    }

    public static string Format(IReportFormatter formatter, AnalysisReport report, bool verbose = false)
    {
        using var writer = new StringWriter();
        formatter.Write(report, writer, new FormatOptions(verbose));
        return writer.ToString();
    }
}
