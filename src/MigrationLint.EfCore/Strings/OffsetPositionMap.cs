using MigrationLint.Core.Text;

namespace MigrationLint.EfCore.Strings;

/// <summary>
/// Positions of SQL taken out of C# string literals: an offset in the SQL is mapped to the offset of
/// the character that wrote it in the .cs file, and from there to that file's line and column.
/// </summary>
internal sealed class OffsetPositionMap(SourceText file, EmbeddedString sql) : IPositionMap
{
    public (int Line, int Column) Locate(int offset) =>
        file.Locate(sql.Offsets[Math.Clamp(offset, 0, sql.Offsets.Length - 1)]);
}
