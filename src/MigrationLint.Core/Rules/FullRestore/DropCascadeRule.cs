using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.FullRestore;

/// <summary>ML408: CASCADE on a type, domain or extension drops the columns that use it, with their data.</summary>
public sealed class DropCascadeRule : Rule<DropObject>
{
    public override string Id => "ML408";

    public static bool DropsColumns(DropObject operation) =>
        operation.Cascade && operation.Kind is ObjectKind.Type or ObjectKind.Domain or ObjectKind.Extension;

    protected override RuleMatch? Match(DropObject operation, RuleContext context) =>
        DropsColumns(operation)
            ? new RuleMatch(
                $"drops {Describe.Object(operation.Kind, operation.Name)} with CASCADE, which drops every column of that type and its data; a down cannot bring them back",
                ObjectRef.For(operation.Kind, operation.Name))
            : null;
}
