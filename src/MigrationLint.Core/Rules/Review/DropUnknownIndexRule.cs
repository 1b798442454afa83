using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.Review;

/// <summary>ML906: whether dropping the index matters depends on its uniqueness, which nothing here tells.</summary>
public sealed class DropUnknownIndexRule : Rule<DropIndex>
{
    public override string Id => "ML906";

    protected override RuleMatch? Match(DropIndex operation, RuleContext context) =>
        ConstraintKinds.IndexUniqueness(context, operation.Index).Unique is null
            ? new RuleMatch(
                $"drops index {operation.Index}, which no earlier migration creates; if it is unique the old code may rely on it",
                ObjectRef.ForIndex(operation.Index))
            : null;
}
