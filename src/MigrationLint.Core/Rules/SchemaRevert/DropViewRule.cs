using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.SchemaRevert;

/// <summary>ML312: the old code queries the view; its definition can be recreated, it holds no data of its own.</summary>
public sealed class DropViewRule : Rule<DropObject>
{
    public override string Id => "ML312";

    protected override RuleMatch? Match(DropObject operation, RuleContext context) =>
        operation.Kind is ObjectKind.View or ObjectKind.MaterializedView
            ? new RuleMatch(
                $"drops {Describe.Object(operation.Kind, operation.Name)}{Cascade(operation)}; the old code's queries of it fail; the down must recreate it",
                ObjectRef.For(operation.Kind, operation.Name))
            : null;

    private static string Cascade(DropObject operation) => operation.Cascade ? " with CASCADE (and every view built on it)" : string.Empty;
}
