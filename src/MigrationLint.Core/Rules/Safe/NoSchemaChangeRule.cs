using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.Safe;

/// <summary>ML113: session settings, transaction control, maintenance and plain queries change nothing the old code sees.</summary>
public sealed class NoSchemaChangeRule : Rule<NoSchemaChange>
{
    public override string Id => "ML113";

    protected override RuleMatch? Match(NoSchemaChange operation, RuleContext context) =>
        new($"{operation.Statement}: changes neither schema nor data", null);
}
