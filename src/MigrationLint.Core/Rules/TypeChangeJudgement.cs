using MigrationLint.Core.Dialects;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules;

/// <summary>
/// What a column type change means, judged against the type the history gave the column. Null
/// kind: cannot be judged (the previous type is unknown, or a USING expression rewrites values).
/// </summary>
internal sealed record TypeChangeJudgement(TypeChangeKind? Kind, string Reason, ColumnType? From)
{
    public static TypeChangeJudgement Of(AlterColumnType operation, RuleContext context)
    {
        var column = Describe.Column(operation.Table, operation.Column);
        if ((operation.PreviousType ?? context.Column(operation.Table, operation.Column)?.Type) is not { } from)
        {
            return new(null, $"no earlier migration says what type {column} had, so the change to {operation.NewType} cannot be judged", null);
        }

        var change = context.Catalog.FindEnum(new ObjectName(null, from.Name)) is not null && context.Dialect.IsTextType(operation.NewType)
            ? new TypeChange(TypeChangeKind.Widening, $"every label of enum {from} fits in {operation.NewType}")
            : context.Dialect.ClassifyTypeChange(from, operation.NewType);
        if (change.Kind == TypeChangeKind.Unknown)
        {
            return new(null, $"changes {column} from {from} to {operation.NewType}: {change.Reason}", from);
        }

        if (operation.UsingExpression is { } expression && change.Kind != TypeChangeKind.Lossy)
        {
            return new(null, $"changes {column} from {from} to {operation.NewType} USING {expression}, which rewrites every value; whether the old values survive cannot be judged statically", from);
        }

        return new(change.Kind, $"changes {column} from {from} to {operation.NewType}: {change.Reason}", from);
    }
}
