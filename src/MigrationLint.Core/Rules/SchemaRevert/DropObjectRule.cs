using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;
using MigrationLint.Core.Rules.FullRestore;

namespace MigrationLint.Core.Rules.SchemaRevert;

/// <summary>ML318: sequences, types, domains, extensions, roles and policies hold no table data but the old code uses them.</summary>
public sealed class DropObjectRule : Rule<DropObject>
{
    public override string Id => "ML318";

    private static readonly HashSet<ObjectKind> HandledElsewhere =
    [
        ObjectKind.Schema, ObjectKind.View, ObjectKind.MaterializedView, ObjectKind.Function, ObjectKind.Procedure,
        ObjectKind.Aggregate, ObjectKind.Trigger, ObjectKind.Rule,
    ];

    protected override RuleMatch? Match(DropObject operation, RuleContext context)
    {
        if (HandledElsewhere.Contains(operation.Kind) || DropCascadeRule.DropsColumns(operation))
        {
            return null;
        }

        return new RuleMatch(
            $"drops {Describe.Object(operation.Kind, operation.Name)}{(operation.Table is null ? string.Empty : $" on {operation.Table}")}; the old code may still use it; the down must recreate it",
            ObjectRef.For(operation.Kind, operation.Name, operation.Table));
    }
}
