using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.Review;

/// <summary>ML901: what the parser rejects, nobody can judge (and the database will reject it too).</summary>
public sealed class SyntaxErrorRule : Rule<SyntaxError>
{
    public override string Id => "ML901";

    protected override RuleMatch? Match(SyntaxError operation, RuleContext context) =>
        new($"the parser rejects this: {operation.Message}", null);
}
