using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.Safe;

/// <summary>ML110: a default only fills values that old INSERTs leave out.</summary>
public sealed class SetDefaultRule : Rule<SetDefault>
{
    public override string Id => "ML110";

    protected override RuleMatch? Match(SetDefault operation, RuleContext context) =>
        new($"sets the default of {Describe.Column(operation.Table, operation.Column)} to {operation.Expression}",
            ObjectRef.ForColumn(operation.Table, operation.Column));
}
