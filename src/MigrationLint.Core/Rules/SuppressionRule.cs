using MigrationLint.Core.Analysis;

namespace MigrationLint.Core.Rules;

/// <summary>A suppression comment and how many findings it silenced.</summary>
public sealed record SuppressionFacts(SuppressionComment Comment, int Matched);

/// <summary>A rule about the suppression comments themselves: every silenced finding must say why, and every comment must still silence something.</summary>
public abstract class SuppressionRule : IRule
{
    public abstract string Id { get; }

    public abstract IEnumerable<MigrationMatch> Evaluate(SuppressionFacts facts);
}
