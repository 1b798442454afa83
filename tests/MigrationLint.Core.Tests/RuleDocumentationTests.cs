using System.Text.RegularExpressions;
using MigrationLint.Core.Rules;
using MigrationLint.Testing;

namespace MigrationLint.Core.Tests;

/// <summary>Rule classes, rule pages and the classification table must say the same thing.</summary>
public sealed partial class RuleDocumentationTests
{
    private static readonly string[] Sections = ["## Problem", "## Why it matters for a rollback", "## What to do instead", "## Examples"];

    private static IEnumerable<(string Id, Type Type)> RuleClasses()
    {
        var types = typeof(Rule).Assembly.GetTypes().Where(t => !t.IsAbstract && typeof(IRule).IsAssignableFrom(t));
        foreach (var type in types)
        {
            yield return (((IRule)Activator.CreateInstance(type)!).Id, type);
        }
    }

    [Test]
    public void Every_rule_class_is_registered_once()
    {
        var registered = BuiltInRules.OperationRules.Select(r => r.GetType())
            .Concat(BuiltInRules.MigrationRules.Select(r => r.GetType()))
            .Concat(BuiltInRules.RevertRules.Select(r => r.GetType()))
            .Concat(BuiltInRules.HistoryRules.Select(r => r.GetType()))
            .Concat(BuiltInRules.SuppressionRules.Select(r => r.GetType()))
            .Concat(BuiltInRules.VerifyRules.Select(r => r.GetType()))
            .Append(BuiltInRules.Fallback.GetType())
            .ToList();

        Assert.That(registered, Is.Unique);
        Assert.That(registered, Is.EquivalentTo(RuleClasses().Select(r => r.Type)));
        Assert.That(RuleClasses().Select(r => r.Id), Is.Unique);
    }

    [Test]
    public void Every_rule_class_has_a_page_and_every_page_a_rule_class()
    {
        var pages = Directory.EnumerateFiles(RepositoryPaths.Rules, "*.md").Select(Path.GetFileNameWithoutExtension).ToList();

        Assert.That(pages, Is.EquivalentTo(RuleClasses().Select(r => r.Id)));
        Assert.That(RuleCatalogue.All.Keys, Is.EquivalentTo(pages), "the embedded catalogue is the rules folder");
    }

    [Test]
    public void Each_class_is_named_for_its_rule()
    {
        foreach (var (id, type) in RuleClasses())
        {
            var name = RuleCatalogue.Get(id).Name;
            var expected = string.Concat(name.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..])) + "Rule";
            Assert.That(type.Name, Is.EqualTo(expected), $"{id} ({name})");
        }
    }

    [Test]
    public void Each_page_has_its_front_matter_and_sections()
    {
        foreach (var path in Directory.EnumerateFiles(RepositoryPaths.Rules, "*.md"))
        {
            var text = File.ReadAllText(path);
            var metadata = RuleCatalogue.Parse(path, text);
            Assert.That(metadata.Id, Is.EqualTo(Path.GetFileNameWithoutExtension(path)), path);
            Assert.That(metadata.Name, Does.Match("^[a-z]+(-[a-z]+)*$"), path);
            var positions = Sections.Select(s => text.IndexOf(s, StringComparison.Ordinal)).ToList();
            Assert.That(positions, Has.None.EqualTo(-1), $"{path} lacks a section");
            Assert.That(positions, Is.Ordered, $"{path}: sections out of order");
        }
    }

    [Test]
    public void The_classification_table_lists_every_rule_with_its_name_and_verdict()
    {
        var table = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "classification.md"));
        var rows = TableRow().Matches(table).ToDictionary(m => m.Groups["id"].Value, m => (m.Groups["name"].Value, m.Groups["verdict"].Value));

        Assert.That(rows.Keys, Is.EquivalentTo(RuleCatalogue.All.Keys));
        foreach (var metadata in RuleCatalogue.All.Values)
        {
            Assert.That(rows[metadata.Id], Is.EqualTo((metadata.Name, metadata.Verdict.ToString() switch
            {
                "UsuallySafe" => "usually-safe",
                "SchemaRevert" => "schema-revert",
                "FullRestore" => "full-restore",
                var other => other.ToLowerInvariant(),
            })), metadata.Id);
        }
    }

    [Test]
    public void A_page_with_an_unknown_verdict_is_refused_with_its_name()
    {
        var error = Assert.Throws<RuleCatalogueException>(() =>
            RuleCatalogue.Parse("rules/ML777.md", "---\nid: ML777\nname: x\nverdict: maybe\ntitle: X\n---\n"));

        Assert.That(error!.Message, Does.Contain("rules/ML777.md").And.Contain("'maybe'"));
    }

    [Test]
    public void Front_matter_beyond_plain_lines_is_read_as_YAML()
    {
        var metadata = RuleCatalogue.Parse(
            "rules/ML777.md", "---\r\nid: ML777 # a comment\r\nname: \"x-y\"\r\nverdict:   safe\r\ntitle: 'It''s: fine'\r\n---\r\n\r\n## Problem\r\n\r\nText.\r\n");

        Assert.That(metadata, Is.EqualTo(new RuleMetadata("ML777", "x-y", Reports.Verdict.Safe, "It's: fine", "## Problem\n\nText.")));
    }

    [Test]
    public void An_unknown_key_is_refused_with_its_line()
    {
        var error = Assert.Throws<RuleCatalogueException>(() =>
            RuleCatalogue.Parse("rules/ML777.md", "---\nid: ML777\nname: x\nverdict: safe\ntitle: X\nowner: me\n---\n"));

        Assert.That(error!.Message, Is.EqualTo("rules/ML777.md:6: unknown key 'owner' (expected id, name, verdict, title)"));
    }

    [Test]
    public void A_repeated_key_is_refused_by_YAML()
    {
        Assert.Throws<RuleCatalogueException>(() =>
            RuleCatalogue.Parse("rules/ML777.md", "---\nid: ML777\nname: x\nname: y\nverdict: safe\ntitle: X\n---\n"));
    }

    [Test]
    public void The_documentation_is_the_trimmed_text_after_the_front_matter()
    {
        var metadata = RuleCatalogue.Parse("rules/ML777.md", "---\nid: ML777\nname: x\nverdict: safe\ntitle: X\n---\n\n  ## Problem\rText\n\n");

        Assert.That(metadata.Documentation, Is.EqualTo("## Problem\nText"));
        Assert.That(RuleCatalogue.Get("ML301").Documentation, Does.StartWith("## Problem"));
    }

    [GeneratedRegex(@"^\| (?<id>ML\d{3}) \| (?<name>[a-z-]+) \| (?<verdict>[a-z-]+) \|", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
