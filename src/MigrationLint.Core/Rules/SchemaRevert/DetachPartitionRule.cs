using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.SchemaRevert;

/// <summary>ML319: the partition's rows leave the parent table the old code queries; re-attaching brings them back.</summary>
public sealed class DetachPartitionRule : Rule<ChangeTableProperty>
{
    public override string Id => "ML319";

    protected override RuleMatch? Match(ChangeTableProperty operation, RuleContext context) =>
        operation.Kind == TablePropertyKind.DetachPartition
            ? new RuleMatch(
                $"detaches a partition from {operation.Table}; its rows disappear from the old code's queries of {operation.Table}; the down must attach it again",
                ObjectRef.ForTable(operation.Table))
            : null;
}
