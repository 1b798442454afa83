using MigrationLint.Core.Reports;

namespace MigrationLint.Core.Rules.FullRestore;

/// <summary>ML407: a change that needs a schema revert, with no down to revert it: only a restore remains.</summary>
public sealed class MissingDownRule : MigrationRule
{
    public override string Id => "ML407";

    public override IEnumerable<MigrationMatch> Evaluate(MigrationFacts facts)
    {
        var migration = facts.Migration;
        if (migration.Down is null && facts.VerdictOfOperations == Verdict.SchemaRevert)
        {
            yield return new MigrationMatch(
                StartOf(migration.Up.FilePath),
                $"migration {migration.Version} needs a schema revert but has no down migration, so the revert cannot be run; write the down, or plan a restore");
        }
    }
}
