using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.UsuallySafe;

/// <summary>ML201: a new CHECK (on a table, or on a domain its columns use) can reject writes the old code still makes.</summary>
public sealed class AddCheckConstraintRule : Rule
{
    public override string Id => "ML201";

    public override IReadOnlyList<Type> OperationTypes { get; } = [typeof(AddConstraint), typeof(AlterObject)];

    /// <summary>ALTER DOMAIN … ADD CONSTRAINT: a CHECK on every column of the domain.</summary>
    public static bool IsDomainConstraint(AlterObject operation) =>
        operation.Kind == ObjectKind.Domain && operation.Change == "ADD CONSTRAINT";

    public override RuleMatch? Evaluate(SchemaOperation operation, RuleContext context) => operation switch
    {
        AddConstraint add => Match(add),
        AlterObject alter when IsDomainConstraint(alter) => new RuleMatch(
            $"adds a CHECK constraint to domain {alter.Name}; old writes to columns of that domain that violate it will fail",
            ObjectRef.For(ObjectKind.Domain, alter.Name)),
        _ => null,
    };

    private static RuleMatch? Match(AddConstraint operation)
    {
        var constraint = operation.Constraint;
        if (constraint.Kind is not (ConstraintKind.Check or ConstraintKind.NotNull))
        {
            return null;
        }

        var validation = operation.NotValid ? " (NOT VALID: existing rows are not checked yet)" : string.Empty;
        return new RuleMatch(
            $"adds CHECK constraint {constraint.Name ?? "(unnamed)"} on {operation.Table}{validation}; old writes that violate it will fail",
            ConstraintKinds.Binding(operation.Table, constraint.Columns));
    }
}
