using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.UsuallySafe;

/// <summary>ML201: a new CHECK can reject writes the old code still makes.</summary>
public sealed class AddCheckConstraintRule : Rule<AddConstraint>
{
    public override string Id => "ML201";

    protected override RuleMatch? Match(AddConstraint operation, RuleContext context)
    {
        var constraint = operation.Constraint;
        if (constraint.Kind is not (ConstraintKind.Check or ConstraintKind.NotNull))
        {
            return null;
        }

        var validation = operation.NotValid ? " (NOT VALID: existing rows are not checked yet)" : string.Empty;
        return new RuleMatch(
            $"adds CHECK constraint {constraint.Name ?? "(unnamed)"} on {operation.Table}{validation}; old writes that violate it will fail",
            ConstraintKinds.Binding(operation.Table, constraint.Columns));
    }
}
