using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.UsuallySafe;

/// <summary>ML212: queries do not name indexes; only hints and maintenance scripts do.</summary>
public sealed class RenameIndexRule : Rule
{
    public override string Id => "ML212";

    public override IReadOnlyList<Type> OperationTypes { get; } = [typeof(RenameObject), typeof(RenameTable)];

    public override RuleMatch? Evaluate(SchemaOperation operation, RuleContext context) => operation switch
    {
        RenameObject { Kind: ObjectKind.Index } rename => Match(rename.Name, rename.NewName),
        RenameTable rename when context.Catalog.RelationKindOf(rename.Table) == ObjectKind.Index => Match(rename.Table, rename.NewName),
        _ => null,
    };

    private static RuleMatch Match(ObjectName index, string newName) =>
        new($"renames index {index} to {newName}; queries are unaffected, but anything that names the index (hints, maintenance scripts) breaks",
            ObjectRef.ForIndex(index));
}
