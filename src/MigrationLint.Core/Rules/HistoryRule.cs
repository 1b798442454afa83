using MigrationLint.Core.Discovery;

namespace MigrationLint.Core.Rules;

public enum HistoryEditKind
{
    Edited,
    Deleted,
    Renamed,
}

/// <summary>
/// A migration released before the window whose up script changed between the two releases:
/// where it is (or was), how it changed, and the first changed line.
/// </summary>
public sealed record HistoryEdit(
    HistoryEditKind Kind,
    Migration Migration,
    string File,
    string? OldFile,
    int LinesAdded,
    int LinesRemoved,
    int FirstChangedLine);

/// <summary>A rule about already released migrations, judged from the repository's history.</summary>
public abstract class HistoryRule : IRule
{
    public abstract string Id { get; }

    public abstract IEnumerable<MigrationMatch> Evaluate(HistoryEdit edit);
}
