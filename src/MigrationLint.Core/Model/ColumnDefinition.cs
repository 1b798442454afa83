namespace MigrationLint.Core.Model;

/// <summary>
/// A column as declared in CREATE TABLE or ADD COLUMN. <see cref="Type"/> is null when the front end
/// could not tell it (e.g. a type it does not know how to read).
/// </summary>
public sealed record ColumnDefinition(
    string Name,
    ColumnType? Type,
    bool NotNull,
    string? DefaultExpression,
    bool IsIdentity,
    bool IsGenerated)
{
    /// <summary>True when an INSERT that omits the column still gets a value.</summary>
    public bool HasValueWhenOmitted => DefaultExpression is not null || IsIdentity || IsGenerated || IsSerial;

    /// <summary>serial/bigserial/smallserial: an int column with a sequence default.</summary>
    public bool IsSerial { get; init; }
}
