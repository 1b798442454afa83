using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.Safe;

/// <summary>
/// ML113: session settings, transaction control, maintenance and plain queries change nothing the
/// old code sees; nor does restating a column's type or nullability as it already is (SQL Server's
/// ALTER COLUMN restates both whatever it changes).
/// </summary>
public sealed class NoSchemaChangeRule : Rule
{
    public override string Id => "ML113";

    public override IReadOnlyList<Type> OperationTypes { get; } =
        [typeof(NoSchemaChange), typeof(AlterColumnType), typeof(SetNotNull), typeof(DropNotNull)];

    public override RuleMatch? Evaluate(SchemaOperation operation, RuleContext context) => operation switch
    {
        NoSchemaChange statement => new($"{statement.Statement}: changes neither schema nor data", null),
        _ when Restatements.NoChange(operation, context) is { } reason => new($"{reason}; restating it changes nothing", null),
        _ => null,
    };
}
