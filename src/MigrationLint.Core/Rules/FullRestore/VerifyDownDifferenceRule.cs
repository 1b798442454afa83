namespace MigrationLint.Core.Rules.FullRestore;

/// <summary>
/// ML412: on a real server, the schema after the revert path differs from the schema the old release
/// ran on, and this down is the one that left the difference.
/// </summary>
public sealed class VerifyDownDifferenceRule : VerifyRule
{
    public override string Id => "ML412";

    public override VerifyEventKind Observes => VerifyEventKind.DownDifference;

    protected override string Message(VerifyEvent observed) =>
        $"on PostgreSQL, after the down of migration {observed.Migration.Version}, {observed.What}: the old release does not get back the schema it ran on";
}
