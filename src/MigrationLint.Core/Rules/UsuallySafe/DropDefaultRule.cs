using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.UsuallySafe;

/// <summary>ML211: on a nullable column, old INSERTs that omit it now store NULL instead of the default.</summary>
public sealed class DropDefaultRule : Rule<DropDefault>
{
    public override string Id => "ML211";

    protected override RuleMatch? Match(DropDefault operation, RuleContext context) =>
        context.Column(operation.Table, operation.Column) is { NotNull: false }
            ? new RuleMatch(
                $"drops the default of nullable column {Describe.Column(operation.Table, operation.Column)}; old INSERTs that omit it now store NULL",
                ObjectRef.ForColumn(operation.Table, operation.Column))
            : null;
}
