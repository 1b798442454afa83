using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.Safe;

/// <summary>ML106: a backfill writes values the old code either ignores or can read.</summary>
public sealed class UpdateRowsRule : Rule<DataChange>
{
    public override string Id => "ML106";

    protected override RuleMatch? Match(DataChange operation, RuleContext context) =>
        operation.Kind == DataChangeKind.Update
            ? new RuleMatch(
                $"updates {(operation.HasFilter ? "some" : "every")} row of {operation.Table} (a backfill); if it overwrites values the old code reads, the old values are not kept",
                ObjectRef.ForTable(operation.Table))
            : null;
}
