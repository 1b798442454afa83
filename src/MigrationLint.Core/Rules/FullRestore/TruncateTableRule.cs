using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.FullRestore;

/// <summary>ML405: every row is gone at once.</summary>
public sealed class TruncateTableRule : Rule<DataChange>
{
    public override string Id => "ML405";

    protected override RuleMatch? Match(DataChange operation, RuleContext context) =>
        operation.Kind == DataChangeKind.Truncate
            ? new RuleMatch($"truncates {operation.Table}; every row is lost; a down cannot bring them back", ObjectRef.ForTable(operation.Table))
            : null;
}
