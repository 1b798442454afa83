namespace MigrationLint.Core.Rules.Review;

/// <summary>ML915: after the revert path, the release's up migration fails when applied again.</summary>
public sealed class VerifyUpAgainFailsRule : VerifyRule
{
    public override string Id => "ML915";

    public override VerifyEventKind Observes => VerifyEventKind.UpAgainFailed;

    protected override string Message(VerifyEvent observed) =>
        WithServerMessage($"on PostgreSQL, after the revert, the up of migration {observed.Migration.Version} fails when applied again{observed.What}: the database is not ready to upgrade again", observed);
}
