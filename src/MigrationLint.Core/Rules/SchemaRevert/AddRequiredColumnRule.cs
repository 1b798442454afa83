using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.SchemaRevert;

/// <summary>
/// ML308: a NOT NULL column without a default on a table the old code writes: its INSERTs do not
/// name the column and fail. Also caught when the window adds the column nullable and then sets
/// it NOT NULL: the end state is the same.
/// </summary>
public sealed class AddRequiredColumnRule : Rule
{
    public override string Id => "ML308";

    public override IReadOnlyList<Type> OperationTypes { get; } = [typeof(AddColumn), typeof(SetNotNull)];

    public override RuleMatch? Evaluate(SchemaOperation operation, RuleContext context) => operation switch
    {
        AddColumn add when add.Column.NotNull && !add.Column.HasValueWhenOmitted => new RuleMatch(
            $"adds NOT NULL column {Describe.Column(add.Table, add.Column.Name)} without a default; the old code's INSERTs into {add.Table} do not name it and fail; the down must drop it",
            ObjectRef.ForTable(add.Table)),
        SetNotNull set when ConstraintKinds.IsNewRequiredColumnOfOldTable(
            context, set.Table, set.Column, context.Column(set.Table, set.Column)?.HasDefault == true) => new RuleMatch(
            $"sets {Describe.Column(set.Table, set.Column)}, added in this window without a default, NOT NULL; the old code's INSERTs into {set.Table} do not name it and fail; the down must drop it",
            ObjectRef.ForTable(set.Table)),
        _ => null,
    };
}
