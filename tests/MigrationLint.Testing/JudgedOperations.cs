using MigrationLint.Core.Analysis;
using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;
using MigrationLint.Core.Reports;
using MigrationLint.Core.Rules;

namespace MigrationLint.Testing;

/// <summary>One operation of a migration under review and every finding the rules give it.</summary>
public sealed record JudgedOperation(AnalysedMigration Migration, SchemaOperation Operation, IReadOnlyList<Finding> Findings);

/// <summary>
/// Each operation of a folder's migrations under review, judged on the catalog just before it (the
/// migration's own earlier operations replayed), as the engine judges it: the corpus tests ask of
/// every operation that it got a verdict, without the report's grouping by migration in between.
/// </summary>
public static class JudgedOperations
{
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
