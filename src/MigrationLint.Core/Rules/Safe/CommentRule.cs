using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.Safe;

/// <summary>ML108: comments are documentation.</summary>
public sealed class CommentRule : Rule<Comment>
{
    public override string Id => "ML108";

    protected override RuleMatch? Match(Comment operation, RuleContext context) =>
        new($"sets the comment on {operation.Kind.Describe()} {operation.Target}", null);
}
