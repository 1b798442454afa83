using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.Review;

/// <summary>ML905: whether dropping the constraint matters depends on its kind, which nothing here tells.</summary>
public sealed class DropUnknownConstraintRule : Rule<DropConstraint>
{
    public override string Id => "ML905";

    protected override RuleMatch? Match(DropConstraint operation, RuleContext context) =>
        ConstraintKinds.Of(context, operation).Kind is null
            ? new RuleMatch(
                $"drops constraint {operation.Name} on {operation.Table}, which no earlier migration defines; if it is UNIQUE or a PRIMARY KEY the old code may rely on it",
                ObjectRef.ForConstraint(operation.Table, operation.Name))
            : null;
}
