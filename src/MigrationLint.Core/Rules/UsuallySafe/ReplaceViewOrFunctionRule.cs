using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.UsuallySafe;

/// <summary>ML207: the old code calls the view or function by name and now gets the new behaviour.</summary>
public sealed class ReplaceViewOrFunctionRule : Rule<CreateObject>
{
    public override string Id => "ML207";

    protected override RuleMatch? Match(CreateObject operation, RuleContext context)
    {
        if (!operation.OrReplace || operation.Kind is ObjectKind.Trigger or ObjectKind.Policy or ObjectKind.Rule)
        {
            return null;
        }

        var existing = context.Catalog.FindObject(operation.Kind, operation.Name, operation.Table);
        return existing is { Origin.InWindow: false }
            ? new RuleMatch(
                $"replaces {Describe.Object(operation.Kind, operation.Name)}{Since(existing)}; the old code now gets its new definition",
                ObjectRef.For(operation.Kind, operation.Name, operation.Table))
            : null;
    }

    private static string Since(ObjectState existing) =>
        existing.Origin.Version is { } version ? $" (created by migration {version})" : string.Empty;
}
