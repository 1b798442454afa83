using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.UsuallySafe;

/// <summary>ML210: the old code may read a label it does not know.</summary>
public sealed class AddEnumValueRule : Rule<AddEnumValue>
{
    public override string Id => "ML210";

    protected override RuleMatch? Match(AddEnumValue operation, RuleContext context) =>
        new($"adds value '{operation.Value}' to enum {operation.Type}; the old code may read rows with a label it does not know",
            ObjectRef.ForEnum(operation.Type));
}
