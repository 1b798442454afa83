using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.FullRestore;

/// <summary>ML401: the column's values are gone; a down can recreate the column, not its data.</summary>
public sealed class DropColumnRule : Rule<DropColumn>
{
    public override string Id => "ML401";

    protected override RuleMatch? Match(DropColumn operation, RuleContext context) =>
        new($"drops column {Describe.Column(operation.Table, operation.Column)}{(operation.Cascade ? " with CASCADE" : string.Empty)}; its values are lost, and the old code still reads and writes it; a down can recreate the column but not its data",
            ObjectRef.ForColumn(operation.Table, operation.Column));
}
