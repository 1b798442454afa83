namespace MigrationLint.Core.Rules.FullRestore;

/// <summary>ML409: a down with no statements (empty, or comments only) on the revert path reverts nothing.</summary>
public sealed class EmptyDownRule : RevertRule
{
    public override string Id => "ML409";

    public override IEnumerable<MigrationMatch> Evaluate(RevertFacts facts)
    {
        if (facts.Migration.Down is { } down && facts.Down is { Statements.IsEmpty: true })
        {
            yield return new MigrationMatch(
                new Model.SourceSpan(down.FilePath, 1, 1, 1, 1),
                $"the down of migration {facts.Migration.Version} has no statements (it is empty or holds only comments), so the revert does not undo it");
        }
    }
}
