using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules.UsuallySafe;

/// <summary>ML204: a unique index rejects duplicate writes like a UNIQUE constraint.</summary>
public sealed class CreateUniqueIndexRule : Rule<CreateIndex>
{
    public override string Id => "ML204";

    protected override RuleMatch? Match(CreateIndex operation, RuleContext context) =>
        operation.Unique
            ? new RuleMatch(
                $"creates unique index {operation.Index?.Name ?? "(unnamed)"} on {operation.Table}({string.Join(", ", operation.Columns)}); old writes that duplicate a value will fail",
                ConstraintKinds.Binding(operation.Table, operation.Columns))
            : null;
}
