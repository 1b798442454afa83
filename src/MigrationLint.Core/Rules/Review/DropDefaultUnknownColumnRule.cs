using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.Review;

/// <summary>
/// ML907: dropping a default breaks old INSERTs only on a NOT NULL column, and nothing here says
/// which it is (or, for a DEFAULT constraint known only by its name, even which column it is).
/// </summary>
public sealed class DropDefaultUnknownColumnRule : Rule
{
    public override string Id => "ML907";

    public override IReadOnlyList<Type> OperationTypes => DroppedDefault.OperationTypes;

    public override RuleMatch? Evaluate(SchemaOperation operation, RuleContext context) =>
        DroppedDefault.Of(operation, context) switch
        {
            { Column: null } dropped => new RuleMatch(
                $"drops DEFAULT constraint {dropped.Constraint} on {dropped.Table}{ConstraintKinds.Hint(dropped.FromName)}, whose column no earlier migration tells; if that column is NOT NULL, the old code's INSERTs that omit it fail",
                dropped.Target),
            { Column: { } column } dropped when context.Column(dropped.Table, column) is not { NotNull: not null } => new RuleMatch(
                $"drops {dropped.Subject} {Describe.Column(dropped.Table, column)}, whose nullability no earlier migration tells; if it is NOT NULL, the old code's INSERTs that omit it fail",
                dropped.Target),
            _ => null,
        };
}
