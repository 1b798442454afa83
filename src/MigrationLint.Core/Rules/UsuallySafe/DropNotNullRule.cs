using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.UsuallySafe;

/// <summary>ML209: old reads may now meet NULLs they never expected.</summary>
public sealed class DropNotNullRule : Rule<DropNotNull>
{
    public override string Id => "ML209";

    protected override RuleMatch? Match(DropNotNull operation, RuleContext context) =>
        Restatements.NoChange(operation, context) is not null
            ? null
            : new($"makes {Describe.Column(operation.Table, operation.Column)} nullable; the old code may read NULLs the new code writes",
                ObjectRef.ForColumn(operation.Table, operation.Column));
}
