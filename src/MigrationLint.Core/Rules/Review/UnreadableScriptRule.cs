using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.Review;

/// <summary>ML911: a migration whose text cannot be read cannot be judged.</summary>
public sealed class UnreadableScriptRule : MigrationRule
{
    public override string Id => "ML911";

    public override IEnumerable<MigrationMatch> Evaluate(MigrationFacts facts)
    {
        if (facts.LoadError is { } error)
        {
            var line = Math.Max(1, error.Line);
            var column = Math.Max(1, error.Column);
            yield return new MigrationMatch(new SourceSpan(error.File, line, column, line, column), $"cannot read the migration: {error.Message}");
        }
    }
}
