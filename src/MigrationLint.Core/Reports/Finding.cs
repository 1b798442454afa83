using MigrationLint.Core.Model;

namespace MigrationLint.Core.Reports;

/// <summary>Why a finding does not count: a person reviewed it and said so where it applies.</summary>
public sealed record Suppression(string Reason, SourceSpan Where);

/// <summary>
/// One rule's judgement of one operation (or of a migration as a whole), with where it applies.
/// A suppressed finding stays in machine-readable reports, marked, but counts toward no verdict.
/// </summary>
public sealed record Finding(string RuleId, string RuleName, Verdict Verdict, SourceSpan Span, string Message)
{
    public Suppression? Suppression { get; init; }

    public bool IsSuppressed => Suppression is not null;

    /// <summary>The verdict this finding contributes: none when suppressed.</summary>
    public Verdict? CountedVerdict => IsSuppressed ? null : Verdict;
}
