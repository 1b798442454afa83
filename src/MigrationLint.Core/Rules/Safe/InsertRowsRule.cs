using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.Safe;

/// <summary>ML107: seed rows are more rows of a shape the old code already reads.</summary>
public sealed class InsertRowsRule : Rule<DataChange>
{
    public override string Id => "ML107";

    protected override RuleMatch? Match(DataChange operation, RuleContext context) =>
        operation.Kind == DataChangeKind.Insert
            ? new RuleMatch($"inserts rows into {operation.Table}", ObjectRef.ForTable(operation.Table))
            : null;
}
