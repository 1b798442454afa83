using MigrationLint.Core.Discovery;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.Review;

/// <summary>ML909: two migrations with one version: the runner refuses, or silently applies only one.</summary>
public sealed class DuplicateVersionRule : MigrationRule
{
    public override string Id => "ML909";

    public override IEnumerable<MigrationMatch> Evaluate(MigrationFacts facts) =>
        facts.Problems
            .Where(p => p.Kind == DiscoveryProblemKind.DuplicateVersion)
            .Select(p => new MigrationMatch(StartOf(p.File), p.Message));
}
