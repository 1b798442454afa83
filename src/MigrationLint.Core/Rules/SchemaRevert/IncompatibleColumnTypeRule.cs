using MigrationLint.Core.Catalog;
using MigrationLint.Core.Dialects;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.SchemaRevert;

/// <summary>ML311: a different kind of value: the old code's reads, writes or comparisons break.</summary>
public sealed class IncompatibleColumnTypeRule : Rule<AlterColumnType>
{
    public override string Id => "ML311";

    protected override RuleMatch? Match(AlterColumnType operation, RuleContext context)
    {
        var judgement = TypeChangeJudgement.Of(operation, context);
        return judgement.Kind == TypeChangeKind.Incompatible
            ? new RuleMatch($"{judgement.Reason}; the down must convert it back to {judgement.From}",
                ObjectRef.ForColumn(operation.Table, operation.Column))
            : null;
    }
}
