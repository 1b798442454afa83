using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.SchemaRevert;

/// <summary>ML314: the old code relies on what the trigger or rule did for its writes.</summary>
public sealed class DropTriggerRule : Rule<DropObject>
{
    public override string Id => "ML314";

    protected override RuleMatch? Match(DropObject operation, RuleContext context) =>
        operation.Kind is ObjectKind.Trigger or ObjectKind.Rule
            ? new RuleMatch(
                $"drops {operation.Kind.Describe()} {operation.Name.Name}{(operation.Table is null ? string.Empty : $" on {operation.Table}")}; the old code's writes no longer get its effect; the down must recreate it",
                ObjectRef.For(operation.Kind, operation.Name, operation.Table))
            : null;
}
