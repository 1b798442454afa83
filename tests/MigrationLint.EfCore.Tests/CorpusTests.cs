using MigrationLint.Core.Analysis;
using MigrationLint.Core.Discovery;
using MigrationLint.Core.Model;
using MigrationLint.Core.Reports;
using MigrationLint.Core.Rules;
using MigrationLint.Postgres;
using MigrationLint.Testing;

namespace MigrationLint.EfCore.Tests;

/// <summary>
/// Robustness on a real EF Core project (../shared/corpus/dotnet__eShop): every migration is found
/// and read without error, up and down, and every call under review gets a verdict; nothing the
/// front end cannot read is called safe.
/// </summary>
public sealed class CorpusTests
{
    private static string EShop()
    {
        var corpus = RepositoryPaths.Corpus;
        var eShop = corpus is null ? null : Path.Combine(corpus, "dotnet__eShop");
        if (eShop is null || !Directory.Exists(eShop))
        {
            Assert.Ignore("The shared corpus with dotnet__eShop is not here (looked at ../shared/corpus and MIGRATIONLINT_CORPUS).");
        }

        return eShop!;
    }

    [Test]
    public void Every_eShop_migration_is_found_in_its_own_folder_in_id_order()
    {
        var discovery = new MigrationDiscovery(DiscoveryOptions.Default).Discover([EShop()]);

        Assert.That(discovery.Errors, Is.Empty);
        Assert.That(discovery.Sets.Select(s => (Path.GetFileName(Path.GetDirectoryName(s.Directory)), s.Layout, s.Migrations.Length)), Is.EquivalentTo(new[]
        {
            ("Infrastructure", MigrationLayout.EfCore, 3), ("Data", MigrationLayout.EfCore, 1),
            ("Ordering.Infrastructure", MigrationLayout.EfCore, 4), ("Webhooks.API", MigrationLayout.EfCore, 1),
        }));
        var ordering = discovery.Sets.Single(s => s.Directory.Contains("Ordering", StringComparison.Ordinal));
        Assert.That(ordering.Migrations.Select(m => $"{m.Version}_{m.Name}"), Is.EqualTo(new[]
        {
            "20230925222426_Initial", "20231021004633_FixOrderitemseqSchema", "20231026091055_Outbox", "20240106121712_UseEnumForOrderStatus",
        }));
        Assert.That(discovery.Sets.SelectMany(s => s.Migrations).Select(m => (m.Down?.Section, m.DialectHint)), Has.All.EqualTo(((ScriptSection?)ScriptSection.DownSection, DialectNames.Postgres)));
    }

    [Test]
    public void Every_eShop_migration_reads_without_error_and_every_call_gets_a_verdict()
    {
        var discovery = new MigrationDiscovery(DiscoveryOptions.Default).Discover([EShop()]);
        var frontEnd = new EfCoreFrontEnd(new PostgresFrontEnd());
        var engine = new AnalysisEngine(RuleSet.BuiltIn(), new SingleFrontEnd(frontEnd));
        var calls = 0;
        foreach (var set in discovery.Sets)
        {
            foreach (var migration in set.Migrations)
            {
                foreach (var script in new[] { migration.Up, migration.Down }.OfType<MigrationScript>())
                {
                    var loaded = ScriptLoader.Load(script, migration.Layout);
                    Assert.That(loaded.Error, Is.Null, script.FilePath);
                    var parsed = frontEnd.Parse(loaded.Source!);
                    Assert.That(parsed.Statements, Is.Not.Empty, $"{script.FilePath} {script.Section}");
                    Assert.That(parsed.Operations.Where(o => o is SyntaxError or Opaque or DynamicSql), Is.Empty, $"{script.FilePath} {script.Section}");
                    Assert.That(parsed.Statements.All(s => s.Operations.Length > 0), Is.True, $"{script.FilePath}: a call produced no operation");
                }
            }

            var analysis = engine.AnalyzeSet(set with { Window = [.. set.Migrations.Select(m => m.Version)] });
            Assert.That(analysis.Migrations.Where(m => m.Up is null).Select(m => m.Migration.Version), Is.Empty, "every migration's Up was read");
            foreach (var (_, operation, findings) in JudgedOperations.Of(engine, analysis))
            {
                calls++;
                Assert.That(findings, Is.Not.Empty, $"{operation.Span}: {operation.GetType().Name} got no verdict");
                Assert.That(findings.Select(f => f.RuleId), Has.None.EqualTo("ML999"), $"{operation.Span}: no rule judges {operation}");
            }
        }

        TestContext.Out.WriteLine($"{discovery.Sets.Length} EF Core migration folders, {calls} operations judged");
        Assert.That(calls, Is.GreaterThan(50));
    }

    [Test]
    public void The_release_that_drops_orderstatus_needs_a_full_restore()
    {
        var discovery = new MigrationDiscovery(DiscoveryOptions.Default).Discover(
            [Path.Combine(EShop(), "src", "Ordering.Infrastructure", "Migrations", "20240106121712_UseEnumForOrderStatus.cs")]);
        var report = new AnalysisEngine(RuleSet.BuiltIn(), new SingleFrontEnd(new EfCoreFrontEnd(new PostgresFrontEnd()))).Analyze(discovery);

        var findings = report.Migrations.Single().Findings;
        Assert.That(report.Verdict, Is.EqualTo(Verdict.FullRestore));
        Assert.That(findings.Where(f => f.Verdict > Verdict.Safe).Select(f => (f.RuleId, f.Span.Line)), Is.EqualTo(new[] { ("ML402", 35), ("ML401", 44) }));
        Assert.That(findings.Single(f => f.RuleId == "ML106").Span, Is.EqualTo(findings.Single(f => f.RuleId == "ML106").Span with { Line = 24, Column = 17 }),
            "the UPDATE inside the raw string, where it is written");
    }
}
