using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.UsuallySafe;

/// <summary>ML214: a changed sequence, function, view, type, domain, extension or role keeps its name but may behave differently.</summary>
public sealed class AlterObjectRule : Rule<AlterObject>
{
    public override string Id => "ML214";

    protected override RuleMatch? Match(AlterObject operation, RuleContext context) =>
        AddCheckConstraintRule.IsDomainConstraint(operation) ? null : new($"changes {Describe.Object(operation.Kind, operation.Name)} ({operation.Change}); the old code keeps using it by name and may see different behaviour",
            ObjectRef.For(operation.Kind, operation.Name));
}
