using MigrationLint.Core.Discovery;

namespace MigrationLint.Core.Rules.Review;

/// <summary>ML910: a hole in a plain sequence of versions: a migration deleted or renumbered after release?</summary>
public sealed class VersionGapRule : MigrationRule
{
    public override string Id => "ML910";

    public override IEnumerable<MigrationMatch> Evaluate(MigrationFacts facts) =>
        facts.Problems
            .Where(p => p.Kind == DiscoveryProblemKind.VersionGap)
            .Select(p => new MigrationMatch(StartOf(p.File), p.Message));
}
