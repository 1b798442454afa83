using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.FullRestore;

/// <summary>ML402: the table's rows are gone; only a backup brings them back.</summary>
public sealed class DropTableRule : Rule<DropTable>
{
    public override string Id => "ML402";

    protected override RuleMatch? Match(DropTable operation, RuleContext context) =>
        new($"drops table {operation.Table}{(operation.IfExists ? " (IF EXISTS does not make it safer)" : string.Empty)}; its rows are lost, and the old code still uses it; a down can recreate the table but not its data",
            ObjectRef.ForTable(operation.Table));
}
