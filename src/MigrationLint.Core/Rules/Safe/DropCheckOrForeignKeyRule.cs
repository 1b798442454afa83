using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.Safe;

/// <summary>ML111: without a CHECK or FOREIGN KEY the old code's writes only have more freedom.</summary>
public sealed class DropCheckOrForeignKeyRule : Rule<DropConstraint>
{
    public override string Id => "ML111";

    protected override RuleMatch? Match(DropConstraint operation, RuleContext context)
    {
        var (kind, fromName) = ConstraintKinds.Of(context, operation);
        return kind is ConstraintKind.Check or ConstraintKind.ForeignKey or ConstraintKind.NotNull
            ? new RuleMatch(
                $"drops {ConstraintDefinition.Describe(kind.Value)} {operation.Name} on {operation.Table}{ConstraintKinds.Hint(fromName)}; old writes are accepted as before",
                ObjectRef.ForConstraint(operation.Table, operation.Name))
            : null;
    }
}
