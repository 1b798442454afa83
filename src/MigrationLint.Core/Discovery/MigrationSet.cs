using System.Collections.Immutable;

namespace MigrationLint.Core.Discovery;

/// <summary>
/// The migrations of one folder in the order the runner applies them, which of them are under
/// review (the window; the rest are history), and what discovery noticed about them.
/// </summary>
public sealed record MigrationSet(
    string Directory,
    MigrationLayout Layout,
    ImmutableArray<Migration> Migrations,
    ImmutableHashSet<string> Window,
    ImmutableArray<DiscoveryProblem> Problems)
{
    public bool IsInWindow(Migration migration) => Window.Contains(migration.Version);
}
