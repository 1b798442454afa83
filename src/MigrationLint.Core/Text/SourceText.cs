using MigrationLint.Core.Discovery;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Text;

/// <summary>Maps an offset in parsed text to a 1-based line and column in the file it came from.</summary>
public interface IPositionMap
{
    (int Line, int Column) Locate(int offset);
}

/// <summary>
/// Text handed to a front end, and where it lives: the file, and how its character offsets map to
/// positions in that file (identity for a .sql file; a segment map for SQL inside C# strings).
/// </summary>
public sealed class SourceText
{
    private readonly IPositionMap _positions;

    public SourceText(string filePath, string text, IPositionMap? positions = null)
    {
        FilePath = filePath;
        Text = text;
        _positions = positions ?? new LineIndex(text);
    }

    public string FilePath { get; }

    public string Text { get; }

    /// <summary>
    /// The part of the file the front end must read, for layouts whose sections only a front end can
    /// find (EF Core's Up and Down methods); sectioned SQL files arrive with the other section blanked.
    /// </summary>
    public ScriptSection Section { get; init; } = ScriptSection.WholeFile;

    /// <summary>The span of the characters [start, endExclusive).</summary>
    public SourceSpan Span(int start, int endExclusive)
    {
        var (line, column) = _positions.Locate(start);
        var (endLine, endColumn) = _positions.Locate(Math.Max(start, endExclusive));
        return new SourceSpan(FilePath, line, column, endLine, endColumn);
    }

    public (int Line, int Column) Locate(int offset) => _positions.Locate(offset);
}
