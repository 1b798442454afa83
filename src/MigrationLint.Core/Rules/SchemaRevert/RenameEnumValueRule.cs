using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.SchemaRevert;

/// <summary>ML305: the old code writes and compares the old label.</summary>
public sealed class RenameEnumValueRule : Rule<RenameEnumValue>
{
    public override string Id => "ML305";

    protected override RuleMatch? Match(RenameEnumValue operation, RuleContext context) =>
        new($"renames value '{operation.Value}' of enum {operation.Type} to '{operation.NewValue}'; the old code's writes of '{operation.Value}' fail and its comparisons miss; the down must rename it back",
            ObjectRef.ForEnum(operation.Type));
}
