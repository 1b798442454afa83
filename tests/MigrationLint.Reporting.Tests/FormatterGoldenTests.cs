using MigrationLint.Testing;

namespace MigrationLint.Reporting.Tests;

/// <summary>Every formatter's output on the same reports, pinned by files under tests/golden/.</summary>
public sealed class FormatterGoldenTests
{
    private static readonly Dictionary<string, string[]> Inputs = new()
    {
        ["sample-v1.1.0"] = Sample("000005", "000006", "000007"),
        ["sample-v1.2.0"] = Sample("000008", "000009", "000010"),
        ["sample-v1.3.0"] = Sample("000011", "000012"),
        ["syntax-error"] = ["migrations-fixtures/postgres/syntax-error-line/000002_*.up.sql"],
        ["unreadable-and-missing"] = ["migrations-fixtures/postgres/unreadable-script-flags/000002_*.up.sql", "samples/certhub/no-such-migration.up.sql"],
        ["same-window"] = ["migrations-fixtures/postgres/same-window-objects"],
        ["notices"] = ["migrations-fixtures/postgres/missing-down/000002_*.up.sql", "migrations-fixtures/postgres/version-gap-flags/000004_*.up.sql"],
        ["hostile-names"] = Reports.HostileNames,
    };

    private static string[] Sample(params string[] versions) =>
        [.. versions.Select(v => $"samples/certhub/migrations/{v}_*.up.sql")];

    private static IEnumerable<TestCaseData> Cases() =>
        Inputs.Keys.SelectMany(name => ReportFormatters.Names.Select(format => new TestCaseData(name, format).SetName($"{format}/{name}")));

    [TestCaseSource(nameof(Cases))]
    public void Output_matches_the_golden_file(string input, string format)
    {
        var report = Reports.Of(Inputs[input]);

        GoldenFile.AssertMatches(Reports.GoldenName(format, input), Reports.GoldenText(format, Reports.Format(Reports.Formatter(format), report)));
    }

    [Test]
    public void Verbose_text_lists_safe_findings_too() =>
        GoldenFile.AssertMatches("text/sample-v1.1.0-verbose.txt", Reports.Format(new TextFormatter(), Reports.Of(Inputs["sample-v1.1.0"]), verbose: true));

    [Test]
    public void Verbose_sarif_lists_safe_findings_at_level_none() =>
        GoldenFile.AssertMatches(
            "sarif/sample-v1.1.0-verbose.sarif",
            Reports.GoldenText("sarif", Reports.Format(Reports.Formatter("sarif"), Reports.Of(Inputs["sample-v1.1.0"]), verbose: true)));

    /// <summary>The CI formatters on suppressed findings: GitHub leaves them out, SARIF marks them.</summary>
    [TestCase("github")]
    [TestCase("sarif")]
    public void Suppressed_findings_match_the_golden_file(string format) =>
        GoldenFile.AssertMatches(
            Reports.GoldenName(format, "suppressed"),
            Reports.GoldenText(format, Reports.Format(Reports.Formatter(format), Reports.WithSuppressions(Reports.Of(Inputs["sample-v1.2.0"])))));

    [TestCase("github")]
    [TestCase("sarif")]
    public void More_findings_than_github_annotates_match_the_golden_file(string format) =>
        GoldenFile.AssertMatches(
            Reports.GoldenName(format, "over-the-limit"),
            Reports.GoldenText(format, Reports.Format(Reports.Formatter(format), Reports.ManyFindings())));

    [Test]
    public void The_sample_window_verdicts_are_what_the_releases_need()
    {
        Assert.That(Reports.Of(Inputs["sample-v1.1.0"]).Verdict, Is.EqualTo(Core.Reports.Verdict.Safe));
        Assert.That(Reports.Of(Inputs["sample-v1.2.0"]).Verdict, Is.EqualTo(Core.Reports.Verdict.SchemaRevert));
        Assert.That(Reports.Of(Inputs["sample-v1.3.0"]).Verdict, Is.EqualTo(Core.Reports.Verdict.FullRestore));
    }

    /// <summary>The inputs other tests reuse: every golden input's report, by name.</summary>
    internal static IEnumerable<(string Name, Core.Reports.AnalysisReport Report)> AllReports() =>
        Inputs.Select(p => (p.Key, Reports.Of(p.Value)))
            .Append(("suppressed", Reports.WithSuppressions(Reports.Of(Inputs["sample-v1.2.0"]))))
            .Append(("over-the-limit", Reports.ManyFindings()));
}

public sealed class MarkdownSizeTests
{
    [Test]
    public void A_report_too_large_for_a_github_summary_is_cut_with_a_note()
    {
        var report = Reports.Of("migrations-fixtures/postgres/same-window-objects");
        var finding = new Core.Reports.Finding("ML401", "drop-column", Core.Reports.Verdict.FullRestore,
            new Core.Model.SourceSpan("db/000002_x.up.sql", 1, 1, 1, 10), new string('x', 900));
        var migration = report.Migrations[0] with { Findings = [.. Enumerable.Repeat(finding, 5000)] };
        var large = report with { Migrations = [migration] };

        var markdown = Reports.Format(new MarkdownFormatter(), large);

        Assert.That(System.Text.Encoding.UTF8.GetByteCount(markdown), Is.LessThan(1024 * 1024));
        Assert.That(markdown, Does.Match(@"_\d+ more findings are not shown: the report would exceed GitHub's 1 MiB summary limit"));
        Assert.That(markdown, Does.Contain("### Rollback plan"), "the plan is never the part that is cut");
    }
}
