using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.SchemaRevert;

/// <summary>ML317: the old code may need the privilege taken away.</summary>
public sealed class RevokeRule : Rule<ChangePrivileges>
{
    public override string Id => "ML317";

    protected override RuleMatch? Match(ChangePrivileges operation, RuleContext context) =>
        operation.IsGrant
            ? null
            : new RuleMatch($"revokes {operation.Description}; the old code may depend on it; the down must grant it again", null);
}
