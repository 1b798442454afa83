using MigrationLint.Core.Catalog;
using MigrationLint.Core.Dialects;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.UsuallySafe;

/// <summary>ML208: every old value survives and old writes still pass, but old reads may meet values they never saw.</summary>
public sealed class WidenColumnTypeRule : Rule<AlterColumnType>
{
    public override string Id => "ML208";

    protected override RuleMatch? Match(AlterColumnType operation, RuleContext context)
    {
        var judgement = TypeChangeJudgement.Of(operation, context);
        return judgement.Kind is TypeChangeKind.Widening
            ? new RuleMatch($"{judgement.Reason}; old reads may meet values the old type could not hold",
                ObjectRef.ForColumn(operation.Table, operation.Column))
            : null;
    }
}
