using MigrationLint.Core.Catalog;
using MigrationLint.Core.Dialects;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.SchemaRevert;

/// <summary>ML310: old values survive, but old writes that do not fit the narrower type fail.</summary>
public sealed class NarrowColumnTypeRule : Rule<AlterColumnType>
{
    public override string Id => "ML310";

    protected override RuleMatch? Match(AlterColumnType operation, RuleContext context)
    {
        var judgement = TypeChangeJudgement.Of(operation, context);
        return judgement.Kind == TypeChangeKind.Narrowing
            ? new RuleMatch($"{judgement.Reason}; the down must widen it back to {judgement.From}",
                ObjectRef.ForColumn(operation.Table, operation.Column))
            : null;
    }
}
