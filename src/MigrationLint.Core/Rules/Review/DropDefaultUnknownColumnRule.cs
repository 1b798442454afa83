using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.Review;

/// <summary>ML907: dropping a default breaks old INSERTs only on a NOT NULL column, and nothing here says which it is.</summary>
public sealed class DropDefaultUnknownColumnRule : Rule<DropDefault>
{
    public override string Id => "ML907";

    protected override RuleMatch? Match(DropDefault operation, RuleContext context) =>
        context.Column(operation.Table, operation.Column) is not { NotNull: not null }
            ? new RuleMatch(
                $"drops the default of {Describe.Column(operation.Table, operation.Column)}, whose nullability no earlier migration tells; if it is NOT NULL, the old code's INSERTs that omit it fail",
                ObjectRef.ForColumn(operation.Table, operation.Column))
            : null;
}
