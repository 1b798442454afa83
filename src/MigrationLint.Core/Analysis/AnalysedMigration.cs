using MigrationLint.Core.Catalog;
using MigrationLint.Core.Discovery;
using MigrationLint.Core.Reports;

namespace MigrationLint.Core.Analysis;

/// <summary>
/// One migration after analysis: for migrations under review, what its up script said, the schema
/// before and after it, and its report; later analyses (down migrations, plans) start here. The
/// history keeps only the migration: a snapshot per history migration would make memory grow with
/// the length of the history instead of the size of the release.
/// </summary>
public sealed record AnalysedMigration(
    Migration Migration,
    bool InWindow,
    ParsedScript? Up,
    SchemaCatalog? CatalogBefore,
    SchemaCatalog? CatalogAfter,
    MigrationReport? Report);

/// <summary>A folder's analysis: each migration up to the last one under review, in order, and the front end that read them.</summary>
public sealed record SetAnalysis(MigrationSet Set, IFrontEnd FrontEnd, IReadOnlyList<AnalysedMigration> Migrations, IReadOnlyList<InputError> Errors)
{
    public string Dialect => FrontEnd.Dialect.Name;
}
