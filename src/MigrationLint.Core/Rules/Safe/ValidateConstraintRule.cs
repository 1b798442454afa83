using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.Safe;

/// <summary>ML114: validating checks old rows; new writes were already checked since the constraint was added NOT VALID.</summary>
public sealed class ValidateConstraintRule : Rule<ValidateConstraint>
{
    public override string Id => "ML114";

    protected override RuleMatch? Match(ValidateConstraint operation, RuleContext context) =>
        new($"validates constraint {operation.Name} on {operation.Table}; writes were already checked against it",
            ObjectRef.ForConstraint(operation.Table, operation.Name));
}
