using MigrationLint.Core.Analysis;
using MigrationLint.Core.Discovery;
using MigrationLint.Core.Model;
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

    /// <summary>The SARIF driver version the golden files carry, so they do not change with each release.</summary>
    public const string GoldenToolVersion = "0.0.0-golden";

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

    /// <summary>The formatter registered under <paramref name="name"/>; SARIF with the golden files' tool version.</summary>
    public static IReportFormatter Formatter(string name) =>
        name == "sarif" ? new SarifFormatter(GoldenToolVersion) : ReportFormatters.ByName(name);

    public static string GoldenName(string format, string input)
    {
        var extension = format switch { "json" => "json", "markdown" => "md", "sarif" => "sarif", _ => "txt" };
        return $"{format}/{input}.{extension}";
    }

    /// <summary>
    /// What the golden file holds. For SARIF, the driver's rules (every rule page of the catalogue, the
    /// same in every report) are left out: SarifFormatterTests checks them against the catalogue, and
    /// one rule's entry has a golden file of its own. Pinning every page in every golden file would
    /// make each edit of a rule page fail these tests.
    /// </summary>
    public static string GoldenText(string format, string output)
    {
        if (format != "sarif")
        {
            return output;
        }

        var lines = output.ReplaceLineEndings("\n").Split('\n').ToList();
        var start = lines.FindIndex(l => l.TrimStart() == "\"rules\": [");
        if (start < 0)
        {
            return output;
        }

        var indent = lines[start][..(lines[start].Length - lines[start].TrimStart().Length)];
        var end = lines.FindIndex(start, l => l == indent + "]" || l == indent + "],");
        var comma = lines[end].EndsWith(',') ? "," : string.Empty;
        lines.RemoveRange(start, end - start + 1);
        lines.Insert(start, $"{indent}\"rules\": \"(every rule of the catalogue, checked by SarifFormatterTests)\"{comma}");
        return string.Join('\n', lines);
    }

    /// <summary>
    /// A report whose findings were reviewed and suppressed: one in the migration file itself, one in
    /// a configuration file. (The engine will leave them out of the verdict; formatters only show them.)
    /// </summary>
    public static AnalysisReport WithSuppressions(AnalysisReport report) => report with
    {
        Migrations = [.. report.Migrations.Select(m => m with
        {
            Findings = [.. m.Findings.Select(f => f.RuleId switch
            {
                "ML301" => f with { Suppression = new Suppression("the old release reads the column through a view that keeps the old name", f.Span with { Line = f.Span.Line - 1, EndLine = f.Span.Line - 1, Column = 1, EndColumn = 60 }) },
                "ML310" => f with { Suppression = new Suppression("names longer than 63 characters were rejected by the API since v1.0", new SourceSpan(".migrationlint.yml", 4, 5, 4, 40)) },
                _ => f,
            })],
        })],
    };

    /// <summary>
    /// More findings than GitHub annotates in one step: 12 that are errors, 12 warnings and 10 notices
    /// (and 2 safe ones), in one migration, with multi-line spans and a zero-width one among them.
    /// </summary>
    public static AnalysisReport ManyFindings()
    {
        const string file = "db/migrations/000042_big cleanup.up.sql";
        var findings = new List<Finding>();
        var line = 1;
        void Add(string rule, string name, Verdict verdict, int count, string what)
        {
            for (var i = 1; i <= count; i++, line += 2)
            {
                var span = i == 1 ? new SourceSpan(file, line, 1, line + 1, 12) : new SourceSpan(file, line, 5, line, 5 + 10 + i);
                findings.Add(new Finding(rule, name, verdict, span, $"{what} {name}_{i}"));
            }
        }

        Add("ML402", "drop-table", Verdict.FullRestore, 6, "drops table");
        Add("ML312", "drop-view", Verdict.SchemaRevert, 6, "drops view");
        Add("ML902", "dynamic-sql", Verdict.Review, 11, "runs SQL built at run time in");
        Add("ML205", "set-not-null", Verdict.UsuallySafe, 10, "sets NOT NULL on");
        Add("ML108", "comment", Verdict.Safe, 2, "comments on");
        findings.Add(new Finding("ML912", "edited-released-migration", Verdict.Review, SourceSpan.At(file, line, 1), "zero-width span"));
        var migration = new MigrationReport("000042", "big cleanup", Verdict.FullRestore, file, null, "postgres", true, [.. findings]);
        var plan = new RollbackPlan(RollbackProcedure.FullRestore, [], "000041", true, ["Some findings need a person's judgement."]);
        return new AnalysisReport(Verdict.FullRestore, [migration], plan, []);
    }
}
