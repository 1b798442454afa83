using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.Safe;

/// <summary>ML105: a column with a default (or identity, serial, generated value) fills itself when old INSERTs omit it.</summary>
public sealed class AddColumnWithDefaultRule : Rule<AddColumn>
{
    public override string Id => "ML105";

    protected override RuleMatch? Match(AddColumn operation, RuleContext context)
    {
        var column = operation.Column;
        if (!column.HasValueWhenOmitted)
        {
            return null;
        }

        var how = column.DefaultExpression is { } expression ? $"DEFAULT {expression}"
            : column.IsIdentity ? "an identity" : column.IsSerial ? "a sequence default" : "a generated value";
        return new RuleMatch(
            $"adds column {Describe.Column(operation.Table, column.Name)} with {how}; old INSERTs that omit it still succeed", null);
    }
}
