namespace MigrationLint.Core.Text;

/// <summary>
/// Maps character offsets in a text to 1-based line and column. Columns count UTF-16 code units,
/// the unit SARIF assumes by default. Lines end at LF; a CR before it belongs to the line.
/// </summary>
public sealed class LineIndex : IPositionMap
{
    private readonly int[] _lineStarts;

    public LineIndex(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Counted first (a vectorised pass) so the table is allocated once, at its size.
        _lineStarts = new int[text.AsSpan().Count('\n') + 1];
        var line = 1;
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            _lineStarts[line++] = i + 1;
        }

        Length = text.Length;
    }

    public int Length { get; }

    public int LineCount => _lineStarts.Length;

    /// <summary>The 1-based line and column of a 0-based character offset (clamped to the text).</summary>
    public (int Line, int Column) Locate(int offset)
    {
        offset = Math.Clamp(offset, 0, Length);
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return (line + 1, offset - _lineStarts[line] + 1);
    }

    /// <summary>The 0-based offset where a 1-based line starts.</summary>
    public int LineStart(int line) => _lineStarts[Math.Clamp(line - 1, 0, _lineStarts.Length - 1)];
}
