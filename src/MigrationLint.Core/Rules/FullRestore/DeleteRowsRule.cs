using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.FullRestore;

/// <summary>ML404: deleted rows are gone; no down migration can know what they were.</summary>
public sealed class DeleteRowsRule : Rule<DataChange>
{
    public override string Id => "ML404";

    protected override RuleMatch? Match(DataChange operation, RuleContext context) =>
        operation.Kind == DataChangeKind.Delete
            ? new RuleMatch(
                $"deletes {(operation.HasFilter ? "rows" : "every row")} from {operation.Table}; a down cannot bring them back",
                ObjectRef.ForTable(operation.Table))
            : null;
}
