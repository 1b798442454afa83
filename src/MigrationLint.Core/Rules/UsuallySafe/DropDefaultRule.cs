using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.UsuallySafe;

/// <summary>ML211: on a nullable column, old INSERTs that omit it now store NULL instead of the default.</summary>
public sealed class DropDefaultRule : Rule
{
    public override string Id => "ML211";

    public override IReadOnlyList<Type> OperationTypes => DroppedDefault.OperationTypes;

    public override RuleMatch? Evaluate(SchemaOperation operation, RuleContext context) =>
        DroppedDefault.Of(operation, context) is { Column: { } column } dropped && context.Column(dropped.Table, column) is { NotNull: false }
            ? new RuleMatch(
                $"drops {dropped.Subject} nullable column {Describe.Column(dropped.Table, column)}; old INSERTs that omit it now store NULL",
                dropped.Target)
            : null;
}
