using System.Text.Json;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MigrationLint.Core.Reports;

namespace MigrationLint.Reporting.Tests;

/// <summary>
/// The hostile-names fixture through the other formats: names stay data. Markdown is parsed the way
/// GitHub does (CommonMark with pipe tables), JSON and SARIF are parsed and compared with the report,
/// and text keeps one finding per line.
/// </summary>
public sealed class HostileInputTests
{
    private static readonly MarkdownPipeline GitHubMarkdown = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseTaskLists()
        .Build();

    private static readonly Lazy<AnalysisReport> Hostile = new(() => Reports.Of(Reports.HostileNames));

    [Test]
    public void Markdown_has_no_raw_html_and_the_table_stays_a_table()
    {
        var markdown = Reports.Format(new MarkdownFormatter(), Hostile.Value);

        var document = Markdown.Parse(markdown, GitHubMarkdown);

        Assert.Multiple(() =>
        {
            Assert.That(document.Descendants<HtmlBlock>(), Is.Empty, "HTML blocks");
            Assert.That(document.Descendants<HtmlInline>(), Is.Empty, "inline HTML");
            var table = document.Descendants<Table>().Single();
            var rows = table.OfType<TableRow>().ToList();
            Assert.That(rows, Has.Count.EqualTo(Hostile.Value.Migrations.Length + 1), "a header and one row per migration");
            Assert.That(rows.Select(r => r.Count), Is.All.EqualTo(4), "four cells in every row");

            // Every finding is one list item, whatever its message holds.
            var items = document.Descendants<ListItemBlock>().Count(i => i.Parent is ListBlock { IsOrdered: false } && i.Descendants<LinkInline>().Any());
            Assert.That(items, Is.EqualTo(Hostile.Value.Migrations.SelectMany(m => m.Findings).Count(f => f.Verdict > Verdict.Safe)));
        });

        var html = Markdown.ToHtml(markdown, GitHubMarkdown);
        Assert.That(html, Does.Contain("&lt;b&gt;bold&lt;/b&gt;"), "the identifier is shown as text");
        Assert.That(html, Does.Not.Contain("<b>bold"));
    }

    [TestCase("json")]
    [TestCase("sarif")]
    public void Json_formats_stay_valid_json_and_keep_the_text_exactly(string format)
    {
        var output = Reports.Format(Reports.Formatter(format), Hostile.Value);

        using var document = JsonDocument.Parse(output);
        var messages = format == "json"
            ? document.RootElement.GetProperty("migrations").EnumerateArray().SelectMany(m => m.GetProperty("findings").EnumerateArray()).Select(f => f.GetProperty("message").GetString())
            : document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Select(r => r.GetProperty("message").GetProperty("text").GetString()!.Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal));

        var expected = Hostile.Value.Migrations.SelectMany(m => m.Findings).Where(f => format == "json" || f.Verdict > Verdict.Safe).Select(f => f.Message);
        Assert.That(messages, Is.EqualTo(expected));
    }

    [Test]
    public void Text_keeps_each_finding_on_its_line_and_starts_no_workflow_command()
    {
        var text = Reports.Format(new TextFormatter(), Hostile.Value);

        var lines = WorkflowCommands.Lines(text);

        Assert.Multiple(() =>
        {
            foreach (var line in lines)
            {
                Assert.That(WorkflowCommands.Parse(line), Is.Null, line);
                Assert.That(WorkflowCommands.HasLegacyCommand(line), Is.False, line);
                Assert.That(line.Any(c => char.IsControl(c) && c != '\t'), Is.False, $"a control character in: {line}");
            }
        });
        Assert.That(text, Does.Contain(@"renames column t.x to y\n::error::pwned;"));
        Assert.That(text, Does.Contain(@"renames column t.id to i\rd;"));
        Assert.That(text, Does.Contain(@"to ##\[error]legacy;"));
    }
}
