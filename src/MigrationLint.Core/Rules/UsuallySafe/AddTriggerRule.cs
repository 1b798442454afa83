using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.UsuallySafe;

/// <summary>ML206: a trigger or rewrite rule changes what the old code's writes do.</summary>
public sealed class AddTriggerRule : Rule<CreateObject>
{
    public override string Id => "ML206";

    protected override RuleMatch? Match(CreateObject operation, RuleContext context)
    {
        if (operation.Kind is not (ObjectKind.Trigger or ObjectKind.Rule) || operation.Table is null)
        {
            return null;
        }

        var verb = operation.OrReplace && context.Catalog.FindObject(operation.Kind, operation.Name, operation.Table) is not null
            ? "replaces"
            : "adds";
        return new RuleMatch(
            $"{verb} {operation.Kind.Describe()} {operation.Name.Name} on {operation.Table}; the old code's writes to {operation.Table} now run it",
            ObjectRef.ForTable(operation.Table));
    }
}
