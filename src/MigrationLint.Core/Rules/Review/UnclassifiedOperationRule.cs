using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.Review;

/// <summary>
/// ML999: the engine's fallback for an operation no other rule judged. Never matched by dispatch;
/// it exists so a gap in the rules shows as review instead of passing as safe.
/// </summary>
public sealed class UnclassifiedOperationRule : Rule<SchemaOperation>
{
    public override string Id => "ML999";

    protected override RuleMatch? Match(SchemaOperation operation, RuleContext context) =>
        new($"no rule judges this {operation.GetType().Name} operation; treat it as needing review and report the gap", null);
}
