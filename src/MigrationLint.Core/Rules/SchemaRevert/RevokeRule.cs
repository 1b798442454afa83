using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.SchemaRevert;

/// <summary>ML317: the old code may need the privilege taken away.</summary>
public sealed class RevokeRule : Rule<ChangePrivileges>
{
    public override string Id => "ML317";

    protected override RuleMatch? Match(ChangePrivileges operation, RuleContext context)
    {
        if (operation.IsGrant)
        {
            return null;
        }

        // Harmless only if every object it revokes on is new: the target is the first one the old code knows.
        var targets = operation.Targets.Select(t => ObjectRef.For(operation.TargetKind, t)).ToList();
        var target = targets.FirstOrDefault(context.IsKnownToOldCode) ?? targets.FirstOrDefault();
        return new RuleMatch($"revokes {operation.Description}; the old code may depend on it; the down must grant it again", target);
    }
}
