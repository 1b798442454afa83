using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.UsuallySafe;

/// <summary>ML215: a row-level security policy changes which rows the old code sees and may write.</summary>
public sealed class AddPolicyRule : Rule<CreateObject>
{
    public override string Id => "ML215";

    protected override RuleMatch? Match(CreateObject operation, RuleContext context) =>
        operation.Kind == ObjectKind.Policy && operation.Table is not null
            ? new RuleMatch(
                $"adds policy {operation.Name.Name} on {operation.Table}; where row level security is on, the old code may see or write different rows",
                ObjectRef.ForTable(operation.Table))
            : null;
}
