using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.UsuallySafe;

/// <summary>ML203: a new UNIQUE, PRIMARY KEY or EXCLUDE constraint can reject the old code's duplicate writes.</summary>
public sealed class AddUniqueConstraintRule : Rule<AddConstraint>
{
    public override string Id => "ML203";

    protected override RuleMatch? Match(AddConstraint operation, RuleContext context)
    {
        var constraint = operation.Constraint;
        return constraint.IsUniqueness
            ? new RuleMatch(
                $"adds {ConstraintDefinition.Describe(constraint.Kind)} {constraint.Name ?? "(unnamed)"} on {operation.Table}({string.Join(", ", constraint.Columns)}); old writes that duplicate a value will fail",
                ConstraintKinds.Binding(operation.Table, constraint.Columns))
            : null;
    }
}
