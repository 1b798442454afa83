using MigrationLint.Core.Analysis;
using MigrationLint.Core.Discovery;
using MigrationLint.Core.Model;
using MigrationLint.Core.Rules;
using MigrationLint.Testing;

namespace MigrationLint.Postgres.Tests;

/// <summary>
/// Robustness on real migrations from public projects (../shared/corpus): every PostgreSQL file
/// parses, every statement under review gets a verdict, and nothing the tool cannot read is safe.
/// </summary>
public sealed class CorpusTests
{
    private static string Corpus()
    {
        var corpus = RepositoryPaths.Corpus;
        if (corpus is null)
        {
            Assert.Ignore("The shared corpus is not here (looked at ../shared/corpus and MIGRATIONLINT_CORPUS).");
        }

        return corpus!;
    }

    /// <summary>
    /// Every script that would run on PostgreSQL, read the way the tool reads it: the section of a
    /// goose or dbmate file, the variant of an Ory migration that PostgreSQL runs.
    /// </summary>
    [Test]
    public void Every_postgresql_script_in_the_corpus_parses()
    {
        var discovery = new MigrationDiscovery(new DiscoveryOptions(DialectNames.Postgres)).Discover([Corpus()]);
        var frontEnd = new PostgresFrontEnd();
        var failures = new List<string>();
        var files = new HashSet<string>(StringComparer.Ordinal);
        var statements = 0;
        foreach (var set in discovery.Sets)
        {
            foreach (var migration in set.Migrations)
            {
                foreach (var script in new[] { migration.Up, migration.Down }.OfType<MigrationScript>().Where(s => s.FilePath.EndsWith(".sql", StringComparison.Ordinal)))
                {
                    var loaded = ScriptLoader.Load(script, migration.Layout);
                    Assert.That(loaded.Error, Is.Null, script.FilePath);
                    var parsed = frontEnd.Parse(loaded.Source!);
                    files.Add(script.FilePath);
                    statements += parsed.Statements.Length;
                    failures.AddRange(parsed.Operations.OfType<SyntaxError>().Select(e => $"{e.Span}: {e.Message}"));
                    Assert.That(parsed.Statements.All(s => s.Operations.Length > 0), Is.True, $"{script.FilePath}: a statement produced no operation");
                }
            }
        }

        TestContext.Out.WriteLine($"{files.Count} files, {statements} statements");
        Assert.That(discovery.Errors, Is.Empty);
        Assert.That(files, Has.Count.GreaterThan(1400));
        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void Every_statement_under_review_gets_a_verdict_and_nothing_unknown_is_safe()
    {
        var discovery = new MigrationDiscovery(new DiscoveryOptions(DialectNames.Postgres)).Discover([Corpus()]);
        var engine = new AnalysisEngine(RuleSet.BuiltIn(), new SingleFrontEnd(new PostgresFrontEnd()));
        // EF Core folders (C#) are read by their own front end and have their own corpus test.
        var judged = JudgedOperations.Review(engine, discovery.Sets.Where(s => s.Layout != MigrationLayout.EfCore));

        TestContext.Out.WriteLine($"{discovery.Sets.Length} migration folders, {judged.Operations} operations judged");
        Assert.That(judged.Operations, Is.GreaterThan(2500));
        Assert.That(judged.WithoutVerdict, Is.Empty);
        Assert.That(judged.UnreadableCalledSafe, Is.Empty);
        Assert.That(judged.Unclassified, Is.Empty, "operations no rule judges");
    }
}
