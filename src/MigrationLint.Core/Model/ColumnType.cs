using System.Collections.Immutable;

namespace MigrationLint.Core.Model;

/// <summary>
/// A column's type: a canonical name chosen by the front end (for PostgreSQL the catalog name, e.g.
/// <c>int4</c>, <c>varchar</c>, <c>timestamptz</c>), its modifiers (length, precision, scale) and
/// array dimensions. <see cref="Text"/> keeps the spelling for messages.
/// </summary>
public sealed record ColumnType(string Name, ImmutableArray<int> Modifiers, int ArrayDimensions, string Text)
{
    public bool Equals(ColumnType? other) =>
        other is not null && Name == other.Name && ArrayDimensions == other.ArrayDimensions
        && Modifiers.SequenceEqual(other.Modifiers);

    public override int GetHashCode() => HashCode.Combine(Name, ArrayDimensions, Modifiers.Length);

    public override string ToString() => Text;
}
