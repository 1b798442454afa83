using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.SchemaRevert;

/// <summary>ML316: a unique index enforces uniqueness the old code relies on, like a UNIQUE constraint.</summary>
public sealed class DropUniqueIndexRule : Rule<DropIndex>
{
    public override string Id => "ML316";

    protected override RuleMatch? Match(DropIndex operation, RuleContext context) =>
        ConstraintKinds.IndexUniqueness(context, operation.Index) is (true, var fromName)
            ? new RuleMatch(
                $"drops unique index {operation.Index}{ConstraintKinds.Hint(fromName)}; the old code's ON CONFLICT and lookups rely on it; the down must recreate it, and fails if duplicates were written meanwhile",
                ObjectRef.ForIndex(operation.Index))
            : null;
}
