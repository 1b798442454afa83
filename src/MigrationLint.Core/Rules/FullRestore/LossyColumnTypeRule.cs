using MigrationLint.Core.Catalog;
using MigrationLint.Core.Dialects;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.FullRestore;

/// <summary>ML406: the conversion throws information away; converting back cannot recover it.</summary>
public sealed class LossyColumnTypeRule : Rule<AlterColumnType>
{
    public override string Id => "ML406";

    protected override RuleMatch? Match(AlterColumnType operation, RuleContext context)
    {
        var judgement = TypeChangeJudgement.Of(operation, context);
        return judgement.Kind == TypeChangeKind.Lossy
            ? new RuleMatch($"{judgement.Reason}; a down that converts back to {judgement.From} cannot restore what was lost",
                ObjectRef.ForColumn(operation.Table, operation.Column))
            : null;
    }
}
