using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.SchemaRevert;

/// <summary>
/// ML304: ON CONFLICT ON CONSTRAINT and error handling name constraints. SQL Server renames one
/// with sp_rename and no table; the catalog finds the table by the constraint's name.
/// </summary>
public sealed class RenameConstraintRule : Rule
{
    public override string Id => "ML304";

    public override IReadOnlyList<Type> OperationTypes { get; } = [typeof(RenameConstraint), typeof(RenameTable)];

    public override RuleMatch? Evaluate(SchemaOperation operation, RuleContext context) => operation switch
    {
        RenameConstraint rename => Match(rename.Table, rename.Name, rename.NewName),
        RenameTable rename when context.Catalog.KindOfName(rename.Table) == ObjectKind.Constraint =>
            Match(context.Catalog.FindConstraintOwner(rename.Table)!.Name, rename.Table.Name, rename.NewName),
        _ => null,
    };

    private static RuleMatch Match(ObjectName table, string name, string newName) =>
        new($"renames constraint {name} on {table} to {newName}; old statements that name it (ON CONFLICT ON CONSTRAINT, error handling) fail; the down must rename it back",
            ObjectRef.ForConstraint(table, name));
}
