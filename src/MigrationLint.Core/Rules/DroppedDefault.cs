using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules;

/// <summary>
/// A column default going away: DROP DEFAULT, or SQL Server's DROP CONSTRAINT of the DEFAULT
/// constraint that holds it. <see cref="Column"/> is null when the constraint is known only by its
/// conventional name (<c>DF_…</c>), so the column it belonged to is unknown.
/// </summary>
internal sealed record DroppedDefault(ObjectName Table, string? Column, string? Constraint, bool FromName)
{
    public static readonly IReadOnlyList<Type> OperationTypes = [typeof(DropDefault), typeof(DropConstraint)];

    public static DroppedDefault? Of(SchemaOperation operation, RuleContext context) => operation switch
    {
        DropDefault drop => new(drop.Table, drop.Column, null, false),
        DropConstraint drop => ConstraintKinds.Of(context, drop.Table, drop.Name) switch
        {
            (ConstraintKind.Default, false) => new(drop.Table, context.Catalog.FindConstraint(drop.Table, drop.Name)!.Columns.FirstOrDefault(), drop.Name, false),
            (ConstraintKind.Default, true) => new(drop.Table, null, drop.Name, true),
            _ => null,
        },
        _ => null,
    };

    /// <summary>"the default of", or "DEFAULT constraint DF_x, the default of", for messages.</summary>
    public string Subject => Constraint is null ? "the default of" : $"DEFAULT constraint {Constraint}{ConstraintKinds.Hint(FromName)}, the default of";

    public ObjectRef Target => Column is not null
        ? ObjectRef.ForColumn(Table, Column)
        : ObjectRef.ForConstraint(Table, Constraint!);
}
