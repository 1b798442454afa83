namespace MigrationLint.Core.Rules.FullRestore;

/// <summary>ML413: the down raised an error on a real server, so the revert path cannot be completed.</summary>
public sealed class VerifyDownFailsRule : VerifyRule
{
    public override string Id => "ML413";

    public override VerifyEventKind Observes => VerifyEventKind.DownFailed;

    protected override string Message(VerifyEvent observed) =>
        WithServerMessage($"on PostgreSQL the down of migration {observed.Migration.Version} fails{observed.What}: the revert stops half way", observed);
}
