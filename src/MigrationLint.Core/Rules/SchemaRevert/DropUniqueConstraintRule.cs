using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.SchemaRevert;

/// <summary>ML315: ON CONFLICT needs the uniqueness; duplicates written meanwhile block recreating it.</summary>
public sealed class DropUniqueConstraintRule : Rule<DropConstraint>
{
    public override string Id => "ML315";

    protected override RuleMatch? Match(DropConstraint operation, RuleContext context)
    {
        var (kind, fromName) = ConstraintKinds.Of(context, operation);
        return kind is ConstraintKind.Unique or ConstraintKind.PrimaryKey or ConstraintKind.Exclusion
            ? new RuleMatch(
                $"drops {ConstraintDefinition.Describe(kind.Value)} {operation.Name} on {operation.Table}{ConstraintKinds.Hint(fromName)}; the old code's ON CONFLICT and lookups rely on it; the down must recreate it, and fails if duplicates were written meanwhile",
                ObjectRef.ForConstraint(operation.Table, operation.Name))
            : null;
    }
}
