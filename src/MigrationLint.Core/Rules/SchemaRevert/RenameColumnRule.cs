using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.SchemaRevert;

/// <summary>ML301: the old code's queries name the old column.</summary>
public sealed class RenameColumnRule : Rule<RenameColumn>
{
    public override string Id => "ML301";

    protected override RuleMatch? Match(RenameColumn operation, RuleContext context) =>
        new($"renames column {Describe.Column(operation.Table, operation.Column)} to {operation.NewName}; the old code's queries still use {operation.Column} and fail; the down must rename it back",
            ObjectRef.ForColumn(operation.Table, operation.Column));
}
