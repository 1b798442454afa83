namespace MigrationLint.Core.Rules.Review;

/// <summary>ML914: an up migration raised an error on a real server, so the revert path could not be checked from there.</summary>
public sealed class VerifyUpFailsRule : VerifyRule
{
    public override string Id => "ML914";

    public override VerifyEventKind Observes => VerifyEventKind.UpFailed;

    protected override string Message(VerifyEvent observed) =>
        WithServerMessage($"on PostgreSQL the up of migration {observed.Migration.Version} fails{observed.What}", observed);
}
