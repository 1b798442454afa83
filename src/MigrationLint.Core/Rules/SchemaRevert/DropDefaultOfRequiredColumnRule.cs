using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.SchemaRevert;

/// <summary>ML309: a NOT NULL column losing its default makes the old code's INSERTs that omit it fail.</summary>
public sealed class DropDefaultOfRequiredColumnRule : Rule<DropDefault>
{
    public override string Id => "ML309";

    protected override RuleMatch? Match(DropDefault operation, RuleContext context)
    {
        if (context.Column(operation.Table, operation.Column) is not { NotNull: true })
        {
            return null;
        }

        // A column the window added still breaks old INSERTs into a table the old code writes.
        var target = ConstraintKinds.IsNewRequiredColumnOfOldTable(context, operation.Table, operation.Column, hasDefaultAfter: false)
            ? ObjectRef.ForTable(operation.Table)
            : ObjectRef.ForColumn(operation.Table, operation.Column);
        return new RuleMatch(
            $"drops the default of NOT NULL column {Describe.Column(operation.Table, operation.Column)}; the old code's INSERTs that omit it fail; the down must restore the default",
            target);
    }
}
