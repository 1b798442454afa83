using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.Review;

/// <summary>ML908: a routine the migration calls may change anything.</summary>
public sealed class CallRoutineRule : Rule<CallRoutine>
{
    public override string Id => "ML908";

    protected override RuleMatch? Match(CallRoutine operation, RuleContext context) =>
        new($"calls {operation.Routine}(); what it changes cannot be seen from here", null);
}
