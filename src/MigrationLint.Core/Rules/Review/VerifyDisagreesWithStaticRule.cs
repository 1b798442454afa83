namespace MigrationLint.Core.Rules.Review;

/// <summary>ML916: what the migration did on a real server contradicts the static verdict about it.</summary>
public sealed class VerifyDisagreesWithStaticRule : VerifyRule
{
    public override string Id => "ML916";

    public override VerifyEventKind Observes => VerifyEventKind.DisagreesWithStatic;

    protected override string Message(VerifyEvent observed) =>
        $"static analysis and PostgreSQL disagree about migration {observed.Migration.Version}: {observed.What}";
}
