using MigrationLint.Core.Analysis;
using MigrationLint.Core.Discovery;
using MigrationLint.Core.Model;
using MigrationLint.Core.Rules;
using MigrationLint.Testing;

namespace MigrationLint.SqlServer.Tests;

/// <summary>
/// Robustness on real T-SQL migrations (eclipse hawkbit's SQL Server scripts in ../shared/corpus):
/// every script parses, every statement under review gets a verdict, nothing unknown is safe.
/// </summary>
public sealed class CorpusTests
{
    private const string Hawkbit = "eclipse-hawkbit__hawkbit__124be742";

    private static string HawkbitFolder()
    {
        var corpus = RepositoryPaths.Corpus;
        if (corpus is null || !Directory.Exists(Path.Combine(corpus, Hawkbit)))
        {
            Assert.Ignore($"The shared corpus is not here (looked for {Hawkbit} in ../shared/corpus and MIGRATIONLINT_CORPUS).");
        }

        return Path.Combine(corpus!, Hawkbit);
    }

    [Test]
    public void Every_t_sql_script_in_hawkbit_parses()
    {
        var folder = HawkbitFolder();
        var discovery = new MigrationDiscovery(new DiscoveryOptions(DialectNames.SqlServer)).Discover([folder]);
        var frontEnd = new SqlServerFrontEnd();
        var failures = new List<string>();
        var files = new HashSet<string>(StringComparer.Ordinal);
        var statements = 0;
        foreach (var migration in discovery.Sets.SelectMany(s => s.Migrations))
        {
            foreach (var script in new[] { migration.Up, migration.Down }.OfType<MigrationScript>())
            {
                var loaded = ScriptLoader.Load(script, migration.Layout);
                Assert.That(loaded.Error, Is.Null, script.FilePath);
                var parsed = frontEnd.Parse(loaded.Source!);
                files.Add(Path.GetFullPath(script.FilePath));
                statements += parsed.Statements.Length;
                failures.AddRange(parsed.Operations.OfType<SyntaxError>().Select(e => $"{e.Span}: {e.Message}"));
                Assert.That(parsed.Statements.All(s => s.Operations.Length > 0), Is.True, $"{script.FilePath}: a statement produced no operation");
            }
        }

        var tsqlFiles = Directory.EnumerateFiles(folder, "*SQL_SERVER*.sql", SearchOption.AllDirectories).Select(Path.GetFullPath);
        TestContext.Out.WriteLine($"{files.Count} files, {statements} statements");
        Assert.That(discovery.Errors, Is.Empty);
        Assert.That(files, Is.EquivalentTo(tsqlFiles), "every T-SQL file of hawkbit, and only those, is read as SQL Server");
        Assert.That(files, Has.Count.GreaterThanOrEqualTo(25));
        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void Every_statement_gets_a_verdict_and_nothing_unknown_is_safe()
    {
        var discovery = new MigrationDiscovery(new DiscoveryOptions(DialectNames.SqlServer)).Discover([HawkbitFolder()]);
        var engine = new AnalysisEngine(RuleSet.BuiltIn(), new SingleFrontEnd(new SqlServerFrontEnd()));
        var judged = JudgedOperations.Review(engine, discovery.Sets);

        TestContext.Out.WriteLine($"{discovery.Sets.Length} migration folders, {judged.Operations} operations judged");
        Assert.That(judged.Operations, Is.GreaterThan(200));
        Assert.That(judged.WithoutVerdict, Is.Empty);
        Assert.That(judged.UnreadableCalledSafe, Is.Empty);
        Assert.That(judged.Unclassified, Is.Empty, "operations no rule judges");
    }

    /// <summary>Auto-detection must never take the corpus's PostgreSQL scripts for T-SQL.</summary>
    [Test]
    public void No_postgresql_script_in_the_corpus_shows_t_sql_markers()
    {
        var corpus = RepositoryPaths.Corpus;
        if (corpus is null)
        {
            Assert.Ignore("The shared corpus is not here.");
        }

        var marked = Directory.EnumerateFiles(corpus!, "*.sql", SearchOption.AllDirectories)
            .Where(f => !f.Contains("SQL_SERVER", StringComparison.Ordinal))
            .Select(f => (File: f, Marker: TSqlMarkers.Find(File.ReadAllText(f))))
            .Where(f => f.Marker is not null)
            .Select(f => $"{f.File}: {f.Marker}")
            .ToList();

        Assert.That(marked, Is.Empty);
    }
}
