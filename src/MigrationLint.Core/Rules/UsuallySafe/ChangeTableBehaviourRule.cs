using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.UsuallySafe;

/// <summary>ML213: row security, ownership, trigger switches, inheritance and partitions change what old statements do.</summary>
public sealed class ChangeTableBehaviourRule : Rule<ChangeTableProperty>
{
    public override string Id => "ML213";

    protected override RuleMatch? Match(ChangeTableProperty operation, RuleContext context) =>
        operation.Kind is TablePropertyKind.Storage or TablePropertyKind.DetachPartition
            ? null
            : new RuleMatch(
                $"changes how {operation.Table} behaves ({operation.Description}); check that the old code's statements still see and write the same rows",
                ObjectRef.ForTable(operation.Table));
}
