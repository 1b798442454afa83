using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.SchemaRevert;

/// <summary>ML306: functions, types, sequences, schemas and the like are called by name.</summary>
public sealed class RenameObjectRule : Rule
{
    public override string Id => "ML306";

    public override IReadOnlyList<Type> OperationTypes { get; } = [typeof(RenameObject), typeof(RenameTable)];

    public override RuleMatch? Evaluate(SchemaOperation operation, RuleContext context) => operation switch
    {
        RenameObject { Kind: not (ObjectKind.Index or ObjectKind.View or ObjectKind.MaterializedView) } rename =>
            Match(rename.Kind, rename.Name, rename.NewName, rename.Table),
        RenameTable rename when context.Catalog.KindOfName(rename.Table) is { } kind
            && kind is not (ObjectKind.Table or ObjectKind.Index or ObjectKind.View or ObjectKind.MaterializedView or ObjectKind.Constraint) =>
            Match(kind, rename.Table, rename.NewName, kind == ObjectKind.Trigger ? context.Catalog.FindAttachedOwner(kind, rename.Table)?.Name : null),
        _ => null,
    };

    private static RuleMatch Match(ObjectKind kind, ObjectName name, string newName, ObjectName? table) =>
        new($"renames {Describe.Object(kind, name)}{(table is null ? string.Empty : $" on {table}")} to {newName}; the old code still refers to {name.Name}; the down must rename it back",
            ObjectRef.For(kind, name, table));
}
