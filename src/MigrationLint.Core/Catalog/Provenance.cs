namespace MigrationLint.Core.Catalog;

/// <summary>
/// Where the catalog learnt of an object: created by a migration of the history, created by a
/// migration inside the window under review, or older than the replayed history altogether.
/// </summary>
public sealed record Provenance(string? Version, bool InWindow)
{
    /// <summary>An object the migrations use but never created: it predates the replayed history.</summary>
    public static readonly Provenance PreExisting = new(null, false);

    public static Provenance History(string version) => new(version, false);

    public static Provenance Window(string version) => new(version, true);
}
