namespace MigrationLint.Verify.Schema;

public enum DifferenceKind
{
    /// <summary>The old release had it; it is gone.</summary>
    Missing,

    /// <summary>It is there; the old release did not have it.</summary>
    Extra,

    /// <summary>Both have it, with a different property (type, nullability, default, definition, grants…).</summary>
    Changed,

    /// <summary>The old release's object is there under another name (a rename not reverted).</summary>
    Renamed,
}

/// <summary>
/// One way the schema differs from the one expected. <see cref="Description"/> names the object and
/// says how it differs; it is also the difference's identity when the same difference is met in
/// several snapshots. <see cref="Name"/> and <see cref="Table"/> are what to look for in the down
/// file. <see cref="BreaksOldRelease"/> is false only for leftovers the old code cannot notice (a new
/// table, a nullable column, a plain index): those are reported but do not count as a failed revert.
/// </summary>
public sealed record SchemaDifference(DifferenceKind Kind, SchemaObjectKind ObjectKind, string Name, string? Table, string Description, bool BreaksOldRelease);
