using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.Safe;

/// <summary>ML102: a non-unique index changes no query's result.</summary>
public sealed class CreateIndexRule : Rule<CreateIndex>
{
    public override string Id => "ML102";

    protected override RuleMatch? Match(CreateIndex operation, RuleContext context)
    {
        if (operation.Unique)
        {
            return null;
        }

        var name = operation.Index is null ? $"an index on {operation.Table}" : $"index {operation.Index.Name} on {operation.Table}";
        var locking = operation.Concurrently || !context.IsKnownToOldCode(Catalog.ObjectRef.ForTable(operation.Table))
            ? string.Empty
            : $" (without CONCURRENTLY it blocks writes to {operation.Table} while it builds)";
        return new RuleMatch($"creates {name}; queries return the same rows{locking}", null);
    }
}
