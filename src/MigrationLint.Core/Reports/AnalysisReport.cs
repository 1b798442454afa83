using System.Collections.Immutable;

namespace MigrationLint.Core.Reports;

/// <summary>A problem with the input itself (a missing path, a file that is not text), with where it is.</summary>
public sealed record InputError(string File, int Line, int Column, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}: {Message}" : $"{File}: {Message}";
}

/// <summary>
/// Something discovery noticed about the migrations under review that is worth knowing even when it
/// changes no verdict: a missing down, a down without an up, a duplicate version, a gap.
/// </summary>
public sealed record Notice(string Kind, string File, string? Version, string Message);

/// <summary>The whole answer: the verdict for the window, each migration's verdict and findings, and the plan.</summary>
public sealed record AnalysisReport(
    Verdict Verdict,
    ImmutableArray<MigrationReport> Migrations,
    RollbackPlan RollbackPlan,
    ImmutableArray<InputError> Errors)
{
    public ImmutableArray<Notice> Notices { get; init; } = [];
}
