using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.FullRestore;

/// <summary>ML403: a schema takes its tables, and their data, with it.</summary>
public sealed class DropSchemaRule : Rule<DropObject>
{
    public override string Id => "ML403";

    protected override RuleMatch? Match(DropObject operation, RuleContext context) =>
        operation.Kind == ObjectKind.Schema
            ? new RuleMatch(
                $"drops schema {operation.Name.Name}{(operation.Cascade ? " with CASCADE, and every table in it" : string.Empty)}; data in it is lost; a down cannot bring it back",
                ObjectRef.For(ObjectKind.Schema, operation.Name))
            : null;
}
