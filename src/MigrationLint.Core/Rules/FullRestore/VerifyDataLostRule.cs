namespace MigrationLint.Core.Rules.FullRestore;

/// <summary>
/// ML414: rows or values seeded before the release are gone once the revert path has run, and this
/// down is where they went.
/// </summary>
public sealed class VerifyDataLostRule : VerifyRule
{
    public override string Id => "ML414";

    public override VerifyEventKind Observes => VerifyEventKind.DataLost;

    protected override string Message(VerifyEvent observed) =>
        $"on PostgreSQL with seeded rows, the down of migration {observed.Migration.Version} loses data that existed before the release: {observed.What}";
}
