using System.Collections.Immutable;
using MigrationLint.Core.Model;
using MigrationLint.Core.Reports;

namespace MigrationLint.Reporting.Tests;

/// <summary>
/// The <c>github</c> format read back the way the Actions runner reads it: only our annotations are
/// commands, each well formed, carrying exactly the report's text, at most ten of a kind.
/// </summary>
public sealed class GitHubFormatterTests
{
    private static readonly string[] AnnotationProperties = ["file", "line", "endLine", "col", "endColumn", "title"];

    private static IEnumerable<TestCaseData> AllReports() =>
        FormatterGoldenTests.AllReports().Select(r => new TestCaseData(r.Report).SetName($"github/{r.Name}"));

    [TestCaseSource(nameof(AllReports))]
    public void Every_line_is_one_of_our_annotations_or_the_summary(AnalysisReport report)
    {
        var lines = WorkflowCommands.Lines(Github(report));

        Assert.Multiple(() =>
        {
            foreach (var line in lines.SkipLast(1))
            {
                var command = WorkflowCommands.Parse(line);
                Assert.That(command, Is.Not.Null, $"not a workflow command: {line}");
                Assert.That(line, Does.StartWith("::"), "commands start the line, with no white space before them");
                AssertWellFormed(command!, line);
            }

            var summary = lines[^1];
            Assert.That(summary, Does.StartWith("MigrationLint: verdict "));
            Assert.That(WorkflowCommands.Parse(summary), Is.Null, summary);
            Assert.That(WorkflowCommands.HasLegacyCommand(summary), Is.False, summary);
        });
    }

    [Test]
    public void Hostile_names_reach_github_as_data_exactly()
    {
        var report = Reports.Of(Reports.HostileNames);
        var expected = report.Migrations.SelectMany(m => m.Findings)
            .Where(f => f.Verdict > Verdict.Safe)
            .OrderByDescending(f => f.Verdict)
            .ToList();

        var commands = WorkflowCommands.Lines(Github(report)).Select(WorkflowCommands.Parse).OfType<WorkflowCommand>().ToList();

        Assert.That(commands, Has.Count.EqualTo(expected.Count));
        Assert.Multiple(() =>
        {
            foreach (var (command, finding) in commands.Zip(expected))
            {
                // What the runner unescapes is exactly what the report holds: newlines, "%0A", ",", ":" and all.
                Assert.That(command.Properties["file"], Is.EqualTo(finding.Span.File));
                Assert.That(command.Properties["line"], Is.EqualTo(finding.Span.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                Assert.That(command.Data, Does.StartWith(finding.Message + "\n"));
                Assert.That(command.Properties["title"], Does.StartWith(finding.RuleId));
            }
        });
        Assert.That(expected.Select(f => f.Message), Has.Some.Contains("\n::error::pwned"), "the fixture still holds the injection attempt");
        Assert.That(expected.Select(f => f.Message), Has.Some.Contains("\r"), "the fixture still holds a carriage return");
        Assert.That(expected.Select(f => f.Span.File), Has.Some.Contains(",b:c%d"), "the fixture still has a hostile file name");
    }

    [Test]
    public void A_file_name_with_a_newline_cannot_start_a_command()
    {
        var file = "db/000001_x\n::warning file=a::pwned\r::error::again.up.sql";
        var report = OneFinding(new Finding("ML301", "rename-column", Verdict.SchemaRevert, new SourceSpan(file, 3, 1, 3, 9), "renames\r\n::debug::x"));

        var lines = WorkflowCommands.Lines(Github(report));

        Assert.That(lines, Has.Count.EqualTo(2));
        var command = WorkflowCommands.Parse(lines[0])!;
        Assert.That(command.Name, Is.EqualTo("error"));
        Assert.That(command.Properties["file"], Is.EqualTo(file));
        Assert.That(command.Data, Does.StartWith("renames\r\n::debug::x\n"));
    }

    [Test]
    public void Data_and_properties_are_escaped_as_the_runner_unescapes_them()
    {
        var report = OneFinding(new Finding("ML301", "rename-column", Verdict.SchemaRevert, new SourceSpan("a,b:c%d e.sql", 1, 2, 1, 5), "100%0Aok\r\n%"));

        var line = WorkflowCommands.Lines(Github(report))[0];

        Assert.That(line, Does.StartWith("::error file=a%2Cb%3Ac%25d e.sql,line=1,endLine=1,col=2,endColumn=5,title=ML301 rename-column (schema-revert)::100%250Aok%0D%0A%25%0ARule: "));
    }

    [Test]
    public void Columns_are_given_only_on_a_single_line_and_an_end_only_after_the_start()
    {
        var report = OneFinding(
            new Finding("ML301", "rename-column", Verdict.SchemaRevert, new SourceSpan("a.sql", 4, 7, 6, 3), "multi-line"),
            new Finding("ML301", "rename-column", Verdict.SchemaRevert, new SourceSpan("a.sql", 8, 7, 8, 20), "one line"),
            new Finding("ML911", "unreadable-script", Verdict.Review, new SourceSpan("b.sql", 0, 0, 0, 0), "whole file"),
            new Finding("ML407", "missing-down", Verdict.FullRestore, SourceSpan.At("c.sql", 2, 3), "a point"));

        var commands = WorkflowCommands.Lines(Github(report)).Select(WorkflowCommands.Parse).OfType<WorkflowCommand>().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(commands[0].Data, Does.StartWith("a point"));
            Assert.That(commands[0].Properties.Keys, Is.EquivalentTo(new[] { "file", "line", "endLine", "col", "title" }));
            Assert.That(commands[1].Properties.Keys, Is.EquivalentTo(new[] { "file", "line", "endLine", "title" }));
            Assert.That(commands[1].Properties["endLine"], Is.EqualTo("6"));
            Assert.That(commands[2].Properties.Keys, Is.EquivalentTo(AnnotationProperties));
            Assert.That(commands[3].Properties.Keys, Is.EquivalentTo(new[] { "file", "title" }));
        });
    }

    [Test]
    public void Most_severe_first_and_safe_or_suppressed_findings_are_not_annotated()
    {
        var span = new SourceSpan("a.sql", 1, 1, 1, 2);
        var report = OneFinding(
            new Finding("ML205", "set-not-null", Verdict.UsuallySafe, span, "usually safe"),
            new Finding("ML101", "create-table", Verdict.Safe, span, "safe"),
            new Finding("ML902", "dynamic-sql", Verdict.Review, span, "review"),
            new Finding("ML401", "drop-column", Verdict.FullRestore, span, "suppressed") { Suppression = new Suppression("reviewed", span) },
            new Finding("ML301", "rename-column", Verdict.SchemaRevert, span, "schema revert"),
            new Finding("ML402", "drop-table", Verdict.FullRestore, span, "full restore"));

        var output = Github(report, verbose: true);
        var commands = WorkflowCommands.Lines(output).Select(WorkflowCommands.Parse).OfType<WorkflowCommand>().ToList();

        Assert.That(commands.Select(c => (c.Name, c.Data.Split('\n')[0])), Is.EqualTo(new[]
        {
            ("error", "full restore"), ("error", "schema revert"), ("warning", "review"), ("notice", "usually safe"),
        }));
        Assert.That(WorkflowCommands.Lines(output)[^1], Does.EndWith("; 4 findings above safe, 1 suppressed"));
    }

    [Test]
    public void At_most_ten_annotations_of_a_kind_then_one_notice_says_how_many_more()
    {
        var commands = WorkflowCommands.Lines(Github(Reports.ManyFindings())).Select(WorkflowCommands.Parse).OfType<WorkflowCommand>().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(commands.Count(c => c.Name == "error"), Is.EqualTo(10));
            Assert.That(commands.Count(c => c.Name == "warning"), Is.EqualTo(10));

            // Our closing notice counts toward GitHub's ten notices, so one finding's notice gives way.
            Assert.That(commands.Count(c => c.Name == "notice"), Is.EqualTo(10));
            Assert.That(commands[^1].Name, Is.EqualTo("notice"));
            Assert.That(commands[^1].Data, Does.StartWith("5 more findings are not annotated"));
            Assert.That(commands[^1].Data, Does.Contain("JSON or SARIF report"));
        });
    }

    [Test]
    public void Ten_of_a_kind_fit_without_a_closing_notice()
    {
        var findings = Enumerable.Range(1, 10)
            .Select(i => new Finding("ML205", "set-not-null", Verdict.UsuallySafe, new SourceSpan("a.sql", i, 1, i, 2), $"n{i}"))
            .ToArray();

        var commands = WorkflowCommands.Lines(Github(OneFinding(findings))).Select(WorkflowCommands.Parse).OfType<WorkflowCommand>().ToList();

        Assert.That(commands.Select(c => c.Data.Split('\n')[0]), Is.EqualTo(findings.Select(f => f.Message)));
    }

    [Test]
    public void Input_errors_are_error_annotations()
    {
        var report = Reports.Of("migrations-fixtures/postgres/unreadable-script-flags/000002_*.up.sql", "samples/certhub/no-such-migration.up.sql");

        var commands = WorkflowCommands.Lines(Github(report)).Select(WorkflowCommands.Parse).OfType<WorkflowCommand>().ToList();

        Assert.That(commands[0].Name, Is.EqualTo("error"));
        Assert.That(commands[0].Properties["title"], Is.EqualTo("MigrationLint input error"));
        Assert.That(commands.Count(c => c.Properties["title"] == "MigrationLint input error"), Is.EqualTo(report.Errors.Length));
    }

    [Test]
    public void The_runner_model_in_these_tests_finds_injections()
    {
        // The checks above are only as good as the parser: it must see what the runner would act on.
        Assert.Multiple(() =>
        {
            Assert.That(WorkflowCommands.Parse("  ::error::pwned")?.Name, Is.EqualTo("error"));
            Assert.That(WorkflowCommands.Parse("::warning file=a%2Cb,line=3::x%0Ay")?.Properties["file"], Is.EqualTo("a,b"));
            Assert.That(WorkflowCommands.Parse("::warning file=a%2Cb,line=3::x%0Ay")?.Data, Is.EqualTo("x\ny"));
            Assert.That(WorkflowCommands.Parse("MigrationLint: ::error::x"), Is.Null);
            Assert.That(WorkflowCommands.HasLegacyCommand("text ##[error]pwned"), Is.True);
            Assert.That(WorkflowCommands.HasLegacyCommand("text ##[section] ok"), Is.False);
            Assert.That(WorkflowCommands.Lines("a\rb\r\nc\nd"), Has.Count.EqualTo(4));
        });
    }

    private static void AssertWellFormed(WorkflowCommand command, string line)
    {
        Assert.That(command.Name, Is.AnyOf("error", "warning", "notice"), line);
        Assert.That(command.Properties.Keys, Is.SubsetOf(AnnotationProperties), line);
        Assert.That(command.Properties, Does.ContainKey("title"), line);
        foreach (var number in new[] { "line", "endLine", "col", "endColumn" }.Where(command.Properties.ContainsKey))
        {
            Assert.That(int.TryParse(command.Properties[number], out var value) && value > 0, Is.True, $"{number} in {line}");
        }

        if (command.Properties.ContainsKey("col"))
        {
            Assert.That(command.Properties["line"], Is.EqualTo(command.Properties["endLine"]), $"columns on a multi-line range: {line}");
        }

        if (command.Properties.TryGetValue("endColumn", out var endColumn))
        {
            Assert.That(int.Parse(endColumn, System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThan(int.Parse(command.Properties["col"], System.Globalization.CultureInfo.InvariantCulture)), line);
        }
    }

    private static string Github(AnalysisReport report, bool verbose = false) => Reports.Format(new GitHubFormatter(), report, verbose);

    private static AnalysisReport OneFinding(params Finding[] findings)
    {
        var verdict = findings.Where(f => !f.IsSuppressed).Select(f => f.Verdict).Highest();
        var migration = new MigrationReport("000001", "x", verdict, "a.sql", null, "postgres", true, [.. findings]);
        return new AnalysisReport(verdict, [migration], new RollbackPlan(RollbackProcedure.StandardRollback, [], null, false, []), ImmutableArray<InputError>.Empty);
    }
}
