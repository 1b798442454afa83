using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.Safe;

/// <summary>ML109: a grant only gives the old code more freedom.</summary>
public sealed class GrantRule : Rule<ChangePrivileges>
{
    public override string Id => "ML109";

    protected override RuleMatch? Match(ChangePrivileges operation, RuleContext context) =>
        operation.IsGrant ? new RuleMatch($"grants {operation.Description}", null) : null;
}
