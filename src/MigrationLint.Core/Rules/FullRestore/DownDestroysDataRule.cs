namespace MigrationLint.Core.Rules.FullRestore;

/// <summary>ML411: a down that drops or deletes data which existed before the release: running it loses what the old release needs.</summary>
public sealed class DownDestroysDataRule : RevertRule
{
    public override string Id => "ML411";

    public override IEnumerable<MigrationMatch> Evaluate(RevertFacts facts) =>
        facts.Destroyed.Select(d => new MigrationMatch(
            d.Operation.Span,
            $"the down of migration {facts.Migration.Version} {d.What}, which existed before the release; running it loses data the old release needs"));
}
