using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.UsuallySafe;

/// <summary>ML202: a new FOREIGN KEY can reject the old code's writes and deletes.</summary>
public sealed class AddForeignKeyRule : Rule<AddConstraint>
{
    public override string Id => "ML202";

    protected override RuleMatch? Match(AddConstraint operation, RuleContext context)
    {
        var constraint = operation.Constraint;
        if (constraint.Kind != ConstraintKind.ForeignKey)
        {
            return null;
        }

        var target = constraint.ReferencedTable is null ? string.Empty : $" referencing {constraint.ReferencedTable}";
        return new RuleMatch(
            $"adds FOREIGN KEY {constraint.Name ?? "(unnamed)"} on {operation.Table}({string.Join(", ", constraint.Columns)}){target}; old writes of unmatched values, and old deletes of referenced rows, will fail",
            ConstraintKinds.Binding(operation.Table, constraint.Columns));
    }
}
