using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.Safe;

/// <summary>ML104: a nullable column without a default is ignored by old reads and filled with NULL by old writes.</summary>
public sealed class AddNullableColumnRule : Rule<AddColumn>
{
    public override string Id => "ML104";

    protected override RuleMatch? Match(AddColumn operation, RuleContext context) =>
        operation.Column.NotNull || operation.Column.HasValueWhenOmitted
            ? null
            : new RuleMatch($"adds nullable column {Describe.Column(operation.Table, operation.Column.Name)}; the old code neither reads nor writes it", null);
}
