using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.SchemaRevert;

/// <summary>ML307: the old code finds objects through its search path and qualified names.</summary>
public sealed class MoveToSchemaRule : Rule<MoveToSchema>
{
    public override string Id => "ML307";

    protected override RuleMatch? Match(MoveToSchema operation, RuleContext context) =>
        new($"moves {Describe.Object(operation.Kind, operation.Name)} to schema {operation.NewSchema}; the old code looks for it where it was; the down must move it back",
            ObjectRef.For(operation.Kind, operation.Name));
}
