using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.Safe;

/// <summary>ML101: a new table is invisible to the old code.</summary>
public sealed class CreateTableRule : Rule<CreateTable>
{
    public override string Id => "ML101";

    protected override RuleMatch? Match(CreateTable operation, RuleContext context) =>
        operation.IfNotExists && context.Table(operation.Table) is { IsComplete: true }
            ? new RuleMatch($"CREATE TABLE IF NOT EXISTS {operation.Table}: the table already exists, so nothing changes", null)
            : new RuleMatch($"creates table {operation.Table}; the old code does not use it", null);
}
