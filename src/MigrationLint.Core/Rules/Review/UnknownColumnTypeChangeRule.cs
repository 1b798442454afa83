using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.Review;

/// <summary>ML904: a type change nobody can judge without more knowledge: a person must look.</summary>
public sealed class UnknownColumnTypeChangeRule : Rule<AlterColumnType>
{
    public override string Id => "ML904";

    protected override RuleMatch? Match(AlterColumnType operation, RuleContext context)
    {
        var judgement = TypeChangeJudgement.Of(operation, context);
        return judgement.Kind is null ? new RuleMatch(judgement.Reason, ObjectRef.ForColumn(operation.Table, operation.Column)) : null;
    }
}
