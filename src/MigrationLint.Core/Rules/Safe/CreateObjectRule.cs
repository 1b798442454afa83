using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.Safe;

/// <summary>ML103: a new view, function, sequence, type, schema or extension is invisible to the old code.</summary>
public sealed class CreateObjectRule : Rule
{
    public override string Id => "ML103";

    public override IReadOnlyList<Type> OperationTypes { get; } = [typeof(CreateObject), typeof(CreateEnumType)];

    public override RuleMatch? Evaluate(SchemaOperation operation, RuleContext context)
    {
        switch (operation)
        {
            case CreateEnumType enumType:
                return new RuleMatch($"creates enum type {enumType.Type}; the old code does not use it", null);
            case CreateObject create when create.Kind is not (ObjectKind.Trigger or ObjectKind.Policy or ObjectKind.Rule):
                var existing = context.Catalog.FindObject(create.Kind, create.Name, create.Table);
                if (create.OrReplace && existing is { Origin.InWindow: false })
                {
                    return null;
                }

                var replaced = existing is null ? string.Empty : " (replacing the one created earlier in this window)";
                return new RuleMatch($"creates {Describe.Object(create.Kind, create.Name)}{replaced}; the old code does not use it", null);
            default:
                return null;
        }
    }
}
