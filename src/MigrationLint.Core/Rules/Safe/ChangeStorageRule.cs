using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.Safe;

/// <summary>ML115: storage parameters, statistics, clustering, tablespaces and index rebuilds are invisible to queries.</summary>
public sealed class ChangeStorageRule : Rule
{
    public override string Id => "ML115";

    public override IReadOnlyList<Type> OperationTypes { get; } = [typeof(ChangeTableProperty), typeof(EnableIndex)];

    public override RuleMatch? Evaluate(SchemaOperation operation, RuleContext context) => operation switch
    {
        ChangeTableProperty { Kind: TablePropertyKind.Storage } change =>
            new RuleMatch($"changes how {change.Table} is stored ({change.Description}); queries see no difference", null),
        EnableIndex enable =>
            new RuleMatch($"rebuilds {(enable.Index is null ? $"every index of {enable.Table}" : $"index {enable.Index.Name}")}; a disabled index works again, queries return the same rows", null),
        _ => null,
    };
}
