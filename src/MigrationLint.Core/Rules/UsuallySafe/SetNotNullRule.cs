using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.UsuallySafe;

/// <summary>ML205: NOT NULL on an existing column rejects old writes of NULL.</summary>
public sealed class SetNotNullRule : Rule<SetNotNull>
{
    public override string Id => "ML205";

    protected override RuleMatch? Match(SetNotNull operation, RuleContext context)
    {
        var column = context.Column(operation.Table, operation.Column);
        if (ConstraintKinds.IsNewRequiredColumnOfOldTable(context, operation.Table, operation.Column, column?.HasDefault == true)
            || Restatements.NoChange(operation, context) is not null)
        {
            return null;
        }

        return new RuleMatch(
            $"sets {Describe.Column(operation.Table, operation.Column)} NOT NULL; old writes of NULL to it will fail",
            ObjectRef.ForColumn(operation.Table, operation.Column));
    }
}
