using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.Safe;

/// <summary>ML112: a non-unique index changes speed, not results.</summary>
public sealed class DropIndexRule : Rule<DropIndex>
{
    public override string Id => "ML112";

    protected override RuleMatch? Match(DropIndex operation, RuleContext context) =>
        context.Catalog.FindIndex(operation.Index) is { Unique: false } index
            ? new RuleMatch($"drops non-unique index {operation.Index} on {index.Table}; queries return the same rows (possibly slower)",
                ObjectRef.ForIndex(operation.Index))
            : null;
}
