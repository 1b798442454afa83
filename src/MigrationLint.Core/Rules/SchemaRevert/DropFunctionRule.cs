using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.SchemaRevert;

/// <summary>ML313: the old code (or its triggers and defaults) calls the routine.</summary>
public sealed class DropFunctionRule : Rule<DropObject>
{
    public override string Id => "ML313";

    protected override RuleMatch? Match(DropObject operation, RuleContext context) =>
        operation.Kind is ObjectKind.Function or ObjectKind.Procedure or ObjectKind.Aggregate
            ? new RuleMatch(
                $"drops {Describe.Object(operation.Kind, operation.Name)}{(operation.Cascade ? " with CASCADE (and the triggers and defaults that use it)" : string.Empty)}; the old code's calls fail; the down must recreate it",
                ObjectRef.For(operation.Kind, operation.Name))
            : null;
}
