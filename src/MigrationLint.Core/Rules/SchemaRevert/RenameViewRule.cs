using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.SchemaRevert;

/// <summary>ML303: the old code's queries name the old view.</summary>
public sealed class RenameViewRule : Rule
{
    public override string Id => "ML303";

    public override IReadOnlyList<Type> OperationTypes { get; } = [typeof(RenameObject), typeof(RenameTable)];

    public override RuleMatch? Evaluate(SchemaOperation operation, RuleContext context) => operation switch
    {
        RenameObject { Kind: ObjectKind.View or ObjectKind.MaterializedView } rename => Match(rename.Kind, rename.Name, rename.NewName),
        RenameTable rename when context.Catalog.RelationKindOf(rename.Table) is ObjectKind.View or ObjectKind.MaterializedView =>
            Match(context.Catalog.RelationKindOf(rename.Table)!.Value, rename.Table, rename.NewName),
        _ => null,
    };

    private static RuleMatch Match(ObjectKind kind, ObjectName view, string newName) =>
        new($"renames {Describe.Object(kind, view)} to {newName}; the old code's queries still use {view.Name} and fail; the down must rename it back",
            ObjectRef.For(kind, view));
}
