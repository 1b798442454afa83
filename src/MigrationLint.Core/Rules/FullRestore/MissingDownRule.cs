namespace MigrationLint.Core.Rules.FullRestore;

/// <summary>ML407: the revert path crosses a migration that has no down: the revert cannot be run, only a restore remains.</summary>
public sealed class MissingDownRule : RevertRule
{
    public override string Id => "ML407";

    public override IEnumerable<MigrationMatch> Evaluate(RevertFacts facts)
    {
        var migration = facts.Migration;
        if (migration.Down is not null)
        {
            yield break;
        }

        var why = facts.NeedsRevertItself
            ? $"migration {migration.Version} needs a schema revert"
            : $"the revert path crosses migration {migration.Version} ({facts.Runner.ScopeReason})";
        yield return new MigrationMatch(
            new Model.SourceSpan(migration.Up.FilePath, 1, 1, 1, 1),
            $"{why} but it has no down migration, so the revert cannot be run; write the down, or plan a restore");
    }
}
