using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.SchemaRevert;

/// <summary>ML309: a NOT NULL column losing its default makes the old code's INSERTs that omit it fail.</summary>
public sealed class DropDefaultOfRequiredColumnRule : Rule
{
    public override string Id => "ML309";

    public override IReadOnlyList<Type> OperationTypes => DroppedDefault.OperationTypes;

    public override RuleMatch? Evaluate(SchemaOperation operation, RuleContext context)
    {
        if (DroppedDefault.Of(operation, context) is not { Column: { } column } dropped
            || context.Column(dropped.Table, column) is not { NotNull: true })
        {
            return null;
        }

        // A column the window added still breaks old INSERTs into a table the old code writes.
        var target = ConstraintKinds.IsNewRequiredColumnOfOldTable(context, dropped.Table, column, hasDefaultAfter: false)
            ? ObjectRef.ForTable(dropped.Table)
            : ObjectRef.ForColumn(dropped.Table, column);
        return new RuleMatch(
            $"drops {dropped.Subject} NOT NULL column {Describe.Column(dropped.Table, column)}; the old code's INSERTs that omit it fail; the down must restore the default",
            target);
    }
}
