using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.SchemaRevert;

/// <summary>ML302: the old code's queries name the old table.</summary>
public sealed class RenameTableRule : Rule<RenameTable>
{
    public override string Id => "ML302";

    protected override RuleMatch? Match(RenameTable operation, RuleContext context) =>
        context.Catalog.KindOfName(operation.Table) is null or ObjectKind.Table
            ? new RuleMatch(
                $"renames table {operation.Table} to {operation.NewName}; the old code's queries still use {operation.Table.Name} and fail; the down must rename it back",
                ObjectRef.ForTable(operation.Table))
            : null;
}
