using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.Review;

/// <summary>
/// ML912: a migration that already shipped was edited, deleted or renamed: the databases in the field
/// ran the old text, so the new text describes a schema nobody has.
/// </summary>
public sealed class EditedReleasedMigrationRule : HistoryRule
{
    public override string Id => "ML912";

    public override IEnumerable<MigrationMatch> Evaluate(HistoryEdit edit)
    {
        var version = edit.Migration.Version;
        var (line, message) = edit.Kind switch
        {
            HistoryEditKind.Deleted => (1, $"released migration {version} was deleted (was {edit.OldFile ?? edit.File}); databases in the field still have it applied"),
            HistoryEditKind.Renamed => (1, $"released migration {version} was renamed from {edit.OldFile}; runners that record file names see a new migration, databases in the field ran the old one"),
            _ => (edit.FirstChangedLine, $"released migration {version} was edited (+{edit.LinesAdded} -{edit.LinesRemoved} lines, first change at line {edit.FirstChangedLine}); databases in the field ran the old text and will not run the new one"),
        };
        yield return new MigrationMatch(new SourceSpan(edit.File, line, 1, line, 1), message);
    }
}
