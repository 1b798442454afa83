namespace MigrationLint.Core.Rules.UsuallySafe;

/// <summary>ML216: a suppression that matches no finding (the statement changed, or the rule name is wrong) hides nothing and misleads readers.</summary>
public sealed class UnusedSuppressionRule : SuppressionRule
{
    public override string Id => "ML216";

    public override IEnumerable<MigrationMatch> Evaluate(SuppressionFacts facts)
    {
        var comment = facts.Comment;
        if (comment.Reason is null)
        {
            yield break;
        }

        if (!comment.UnknownRules.IsEmpty)
        {
            yield return new MigrationMatch(comment.Span, $"migrationlint:ignore names {string.Join(", ", comment.UnknownRules)}, which {(comment.UnknownRules.Length == 1 ? "is not a rule" : "are not rules")}; 'migrationlint rules' lists them");
        }
        else if (facts.Matched == 0)
        {
            var scope = comment.FileWide ? "in this file" : "on the statement below it";
            yield return new MigrationMatch(comment.Span, $"migrationlint:ignore {string.Join(",", comment.Rules)} matches no finding {scope}; remove it, or move it to the line before the statement it is about");
        }
    }
}
