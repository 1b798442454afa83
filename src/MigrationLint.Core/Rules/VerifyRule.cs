using MigrationLint.Core.Discovery;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules;

/// <summary>What <c>migrationlint verify</c> can see happen to a migration on a real PostgreSQL server.</summary>
public enum VerifyEventKind
{
    /// <summary>After the revert path, the schema differs from the one the old release ran on, and this down left the difference.</summary>
    DownDifference,

    /// <summary>The down left something the old release cannot notice (a new table, a nullable column, a plain index).</summary>
    DownLeftover,

    /// <summary>The down raised an error: the revert path stops there.</summary>
    DownFailed,

    /// <summary>Seeded rows or values that existed before the release are gone after the revert path.</summary>
    DataLost,

    /// <summary>An up raised an error (of the previous release, or of the release, possibly only with seeded rows).</summary>
    UpFailed,

    /// <summary>After the revert, applying the release's ups again failed.</summary>
    UpAgainFailed,

    /// <summary>The server's result contradicts the static verdict about this migration.</summary>
    DisagreesWithStatic,
}

/// <summary>
/// One thing verify saw on the server: which migration, where in which of its files, what happened
/// (phrased as an object and its state, e.g. "index certificates_not_after_idx is missing"), and the
/// server's own message when there is one.
/// </summary>
public sealed record VerifyEvent(VerifyEventKind Kind, Migration Migration, SourceSpan Span, string What, string? ServerMessage = null);

/// <summary>
/// A rule about what a migration did on a real server (<c>migrationlint verify</c>). The server run
/// observes; the rule gives the observation its id, verdict and wording.
/// </summary>
public abstract class VerifyRule : IRule
{
    public abstract string Id { get; }

    public abstract VerifyEventKind Observes { get; }

    public MigrationMatch? Evaluate(VerifyEvent observed) =>
        observed.Kind == Observes ? new MigrationMatch(observed.Span, Message(observed)) : null;

    protected abstract string Message(VerifyEvent observed);

    protected static string WithServerMessage(string text, VerifyEvent observed) =>
        observed.ServerMessage is { Length: > 0 } server ? $"{text} (PostgreSQL: {server})" : text;
}
