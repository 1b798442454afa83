using MigrationLint.Core.Catalog;
using MigrationLint.Core.Dialects;
using MigrationLint.Core.Discovery;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules;

/// <summary>What a rule may consult: the schema just before the operation, and the migration it is in.</summary>
public sealed class RuleContext(SchemaCatalog catalog, Migration migration)
{
    public SchemaCatalog Catalog { get; } = catalog;

    public SqlDialect Dialect => Catalog.Dialect;

    public Migration Migration { get; } = migration;

    /// <summary>True when the history created the object (or it predates the history): the old code knows it.</summary>
    public bool IsKnownToOldCode(ObjectRef target) => Catalog.OriginOf(target) is not { InWindow: true };

    /// <summary>The table's state, or null when the history never mentioned it.</summary>
    public TableState? Table(ObjectName table) => Catalog.FindTable(table);

    public ColumnState? Column(ObjectName table, string column) => Catalog.FindColumn(table, column);
}
