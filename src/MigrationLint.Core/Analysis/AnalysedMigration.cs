using MigrationLint.Core.Catalog;
using MigrationLint.Core.Discovery;
using MigrationLint.Core.Reports;

namespace MigrationLint.Core.Analysis;

/// <summary>
/// One migration after analysis: what its up script said, the schema before and after it, and
/// (for migrations under review) its report. Later analyses (down migrations, plans) start here.
/// </summary>
public sealed record AnalysedMigration(
    Migration Migration,
    bool InWindow,
    ParsedScript? Up,
    SchemaCatalog CatalogBefore,
    SchemaCatalog CatalogAfter,
    MigrationReport? Report);

/// <summary>A folder's analysis: each migration up to the last one under review, in order, and the front end that read them.</summary>
public sealed record SetAnalysis(MigrationSet Set, IFrontEnd FrontEnd, IReadOnlyList<AnalysedMigration> Migrations, IReadOnlyList<InputError> Errors)
{
    public string Dialect => FrontEnd.Dialect.Name;
}
