using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.SchemaRevert;

/// <summary>ML304: ON CONFLICT ON CONSTRAINT and error handling name constraints.</summary>
public sealed class RenameConstraintRule : Rule<RenameConstraint>
{
    public override string Id => "ML304";

    protected override RuleMatch? Match(RenameConstraint operation, RuleContext context) =>
        new($"renames constraint {operation.Name} on {operation.Table} to {operation.NewName}; old statements that name it (ON CONFLICT ON CONSTRAINT, error handling) fail; the down must rename it back",
            ObjectRef.ForConstraint(operation.Table, operation.Name));
}
