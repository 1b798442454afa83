namespace MigrationLint.Core.Rules.Review;

/// <summary>ML913: a suppression must say why; without a reason it silences nothing and is a finding itself.</summary>
public sealed class SuppressionWithoutReasonRule : SuppressionRule
{
    public override string Id => "ML913";

    public override IEnumerable<MigrationMatch> Evaluate(SuppressionFacts facts)
    {
        if (facts.Comment.Reason is null)
        {
            yield return new MigrationMatch(
                facts.Comment.Span,
                "this migrationlint:ignore gives no reason, so it suppresses nothing; add 'reason: <why the rollback is still fine>'");
        }
    }
}
