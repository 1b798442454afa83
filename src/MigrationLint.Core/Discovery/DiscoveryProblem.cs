namespace MigrationLint.Core.Discovery;

public enum DiscoveryProblemKind
{
    MissingDown,
    OrphanDown,
    DuplicateVersion,
    VersionGap,
    UnsupportedMigration,
}

/// <summary>Something about a folder's migrations as a set that the runner or a revert would trip over.</summary>
public sealed record DiscoveryProblem(DiscoveryProblemKind Kind, string File, string? Version, string Message);
