using System.Collections.Immutable;

namespace MigrationLint.Core.Reports;

/// <summary>
/// A migration's verdict and findings. <see cref="InWindow"/> is false for a migration outside the
/// window that still earns a finding (an already released migration that was edited).
/// </summary>
public sealed record MigrationReport(
    string Version,
    string Name,
    Verdict Verdict,
    string UpFile,
    string? DownFile,
    string Dialect,
    bool InWindow,
    ImmutableArray<Finding> Findings);
