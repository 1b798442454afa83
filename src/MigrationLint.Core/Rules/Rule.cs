using MigrationLint.Core.Catalog;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules;

/// <summary>
/// A rule's judgement of one operation: the message, and the object it concerns, so the engine can
/// tell whether the old code ever knew that object (a change to one created inside the window is safe).
/// A null target means the finding is about the statement itself and is never downgraded.
/// </summary>
public sealed record RuleMatch(string Message, ObjectRef? Target);

/// <summary>
/// One rule of the classification. Its id is its identity; its name, verdict, title and
/// documentation come from <c>rules/&lt;id&gt;.md</c>. A rule judges operations of the types it
/// declares and returns null for those it does not flag.
/// </summary>
public abstract class Rule : IRule
{
    public abstract string Id { get; }

    /// <summary>The operation types this rule looks at (the engine dispatches on them).</summary>
    public abstract IReadOnlyList<Type> OperationTypes { get; }

    public abstract RuleMatch? Evaluate(SchemaOperation operation, RuleContext context);
}

/// <summary>A rule about one type of operation.</summary>
public abstract class Rule<TOperation> : Rule
    where TOperation : SchemaOperation
{
    public sealed override IReadOnlyList<Type> OperationTypes { get; } = [typeof(TOperation)];

    public sealed override RuleMatch? Evaluate(SchemaOperation operation, RuleContext context) =>
        operation is TOperation typed ? Match(typed, context) : null;

    protected abstract RuleMatch? Match(TOperation operation, RuleContext context);
}
