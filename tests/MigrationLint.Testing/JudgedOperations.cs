using MigrationLint.Core.Analysis;
using MigrationLint.Core.Catalog;
using MigrationLint.Core.Discovery;
using MigrationLint.Core.Model;
using MigrationLint.Core.Reports;
using MigrationLint.Core.Rules;

namespace MigrationLint.Testing;

/// <summary>One operation of a migration under review and every finding the rules give it.</summary>
public sealed record JudgedOperation(AnalysedMigration Migration, SchemaOperation Operation, IReadOnlyList<Finding> Findings);

/// <summary>What <see cref="JudgedOperations.Review"/> found: how many operations it judged, and those that fail each check.</summary>
public sealed record CorpusJudgement(int Operations, IReadOnlyList<string> WithoutVerdict, IReadOnlyList<string> UnreadableCalledSafe, IReadOnlyList<string> Unclassified);

/// <summary>
/// Each operation of a folder's migrations under review, judged on the catalog just before it (the
/// migration's own earlier operations replayed), as the engine judges it: the corpus tests ask of
/// every operation that it got a verdict, without the report's grouping by migration in between.
/// </summary>
public static class JudgedOperations
{
    /// <summary>
    /// What the corpus tests ask of every operation under review in <paramref name="sets"/>: it got
    /// a verdict, what could not be read (opaque, syntax error, dynamic SQL, a routine call) is never
    /// safe, and some rule, not the fallback (ML999), judged it.
    /// </summary>
    public static CorpusJudgement Review(AnalysisEngine engine, IEnumerable<MigrationSet> sets)
    {
        var operations = 0;
        var withoutVerdict = new List<string>();
        var unreadableCalledSafe = new List<string>();
        var unclassified = new List<string>();
        foreach (var set in sets)
        {
            foreach (var (_, operation, findings) in Of(engine, engine.AnalyzeSet(set)))
            {
                operations++;
                if (findings.Count == 0)
                {
                    withoutVerdict.Add($"{operation.Span}: {operation.GetType().Name} got no verdict");
                }

                if ((operation is Opaque or SyntaxError or DynamicSql or CallRoutine) && findings.Any(f => f.Verdict == Verdict.Safe))
                {
                    unreadableCalledSafe.Add($"{operation.Span}: {operation} called safe");
                }

                unclassified.AddRange(findings.Where(f => f.RuleId == "ML999").Select(f => $"{f.Span}: {f.Message}"));
            }
        }

        return new CorpusJudgement(operations, withoutVerdict, unreadableCalledSafe, unclassified);
    }

    public static IEnumerable<JudgedOperation> Of(AnalysisEngine engine, SetAnalysis analysis)
    {
        foreach (var migration in analysis.Migrations.Where(m => m.InWindow))
        {
            var catalog = migration.CatalogBefore!;
            foreach (var operation in migration.Up?.Operations ?? [])
            {
                yield return new(migration, operation, [.. engine.Judge(operation, new RuleContext(catalog, migration.Migration))]);
                catalog = catalog.Apply(operation, Provenance.Window(migration.Migration.Version));
            }
        }
    }
}
