using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.Review;

/// <summary>ML903: a statement MigrationLint reads but cannot judge.</summary>
public sealed class UnmodelledStatementRule : Rule<Opaque>
{
    public override string Id => "ML903";

    protected override RuleMatch? Match(Opaque operation, RuleContext context) =>
        new($"{operation.Statement}: {operation.Reason}; a person must judge its effect on the old code", null);
}
