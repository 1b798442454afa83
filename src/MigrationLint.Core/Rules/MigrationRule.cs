using System.Collections.Immutable;
using MigrationLint.Core.Discovery;
using MigrationLint.Core.Model;
using MigrationLint.Core.Reports;

namespace MigrationLint.Core.Rules;

/// <summary>What a migration-level rule may consult once the migration's operations have been judged.</summary>
public sealed record MigrationFacts(
    Migration Migration,
    MigrationSet Set,
    Verdict VerdictOfOperations,
    ImmutableArray<DiscoveryProblem> Problems,
    InputError? LoadError);

/// <summary>A migration-level rule's finding: where it applies and what it says.</summary>
public sealed record MigrationMatch(SourceSpan Span, string Message);

/// <summary>
/// A rule about a migration as a whole rather than one of its statements (a missing down, a
/// duplicate version, a file that cannot be read).
/// </summary>
public abstract class MigrationRule : IRule
{
    public abstract string Id { get; }

    public abstract IEnumerable<MigrationMatch> Evaluate(MigrationFacts facts);

    /// <summary>Line 1, column 1 of a file: where a finding about the whole file points.</summary>
    protected static SourceSpan StartOf(string file) => new(file, 1, 1, 1, 1);
}
