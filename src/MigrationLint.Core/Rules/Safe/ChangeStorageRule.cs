using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.Safe;

/// <summary>ML115: storage parameters, statistics, clustering and tablespaces are invisible to queries.</summary>
public sealed class ChangeStorageRule : Rule<ChangeTableProperty>
{
    public override string Id => "ML115";

    protected override RuleMatch? Match(ChangeTableProperty operation, RuleContext context) =>
        operation.Kind == TablePropertyKind.Storage
            ? new RuleMatch($"changes how {operation.Table} is stored ({operation.Description}); queries see no difference", null)
            : null;
}
