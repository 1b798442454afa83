using MigrationLint.Core.Catalog;

namespace MigrationLint.Core.Rules.FullRestore;

/// <summary>
/// ML410: replaying the up then the down does not bring back the schema the old release ran on
/// (a rename not renamed back, a dropped object not recreated in the same shape, a type not restored).
/// </summary>
public sealed class DownDoesNotRevertRule : RevertRule
{
    public override string Id => "ML410";

    public override IEnumerable<MigrationMatch> Evaluate(RevertFacts facts)
    {
        if (facts.Down is not { Statements.IsEmpty: false })
        {
            yield break;
        }

        foreach (var difference in facts.Differences.Where(Breaks))
        {
            yield return new MigrationMatch(
                facts.SpanFor(difference.Target),
                $"after the down of migration {facts.Migration.Version}, {difference.Description}: the old release does not get back the schema it ran on");
        }
    }

    /// <summary>What breaks the old release: anything it had that is gone or changed, and a leftover NOT NULL column it cannot fill.</summary>
    private static bool Breaks(CatalogDifference difference) =>
        difference.Kind != DifferenceKind.Extra || difference.Description.Contains("NOT NULL without a default", StringComparison.Ordinal);
}
