using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.Review;

/// <summary>ML902: SQL built at run time can do anything.</summary>
public sealed class DynamicSqlRule : Rule<DynamicSql>
{
    public override string Id => "ML902";

    protected override RuleMatch? Match(DynamicSql operation, RuleContext context) =>
        new($"runs SQL built at run time ({operation.Detail}); what it changes cannot be seen statically", null);
}
