namespace MigrationLint.Core.Rules.Safe;

/// <summary>
/// ML116: on a real server, the down leaves behind something the release created that the old release
/// cannot notice (a table, a nullable column, a plain index): reported, so every difference is, but safe.
/// </summary>
public sealed class VerifyDownLeftoverRule : VerifyRule
{
    public override string Id => "ML116";

    public override VerifyEventKind Observes => VerifyEventKind.DownLeftover;

    protected override string Message(VerifyEvent observed) =>
        $"on PostgreSQL, after the down of migration {observed.Migration.Version}, {observed.What}; the old release cannot notice it, but upgrading again may trip over it";
}
