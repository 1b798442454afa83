using Microsoft.SqlServer.TransactSql.ScriptDom;
using MigrationLint.Core.Model;
using MigrationLint.Core.Text;

namespace MigrationLint.SqlServer.Translation;

/// <summary>
/// Text handed to ScriptDom and where it sits in the file: one batch (the stretch of the file between
/// two GO lines), or the SQL inside string literals that EXEC runs, mapped character by character
/// because doubled quotes shrink on the way in. ScriptDom reports UTF-16 offsets into this text.
/// </summary>
internal sealed class ScriptPiece
{
    private readonly int _fileOffset;
    private readonly int[]? _map;

    private ScriptPiece(SourceText file, string text, int fileOffset, int[]? map)
    {
        File = file;
        Text = text;
        _fileOffset = fileOffset;
        _map = map;
    }

    public SourceText File { get; }

    public string Text { get; }

    public static ScriptPiece Batch(SourceText file, int start, int end) => new(file, file.Text[start..end], start, null);

    /// <summary>SQL read out of literals; <paramref name="map"/> gives each character's offset in the file, plus one past the end.</summary>
    public static ScriptPiece Literal(SourceText file, string text, int[] map) => new(file, text, 0, map);

    /// <summary>The characters [start, end) of this piece as a piece of their own, still mapped to the file.</summary>
    public ScriptPiece Slice(int start, int end) => _map is null
        ? new ScriptPiece(File, Text[start..end], _fileOffset + start, null)
        : new ScriptPiece(File, Text[start..end], 0, _map[start..(end + 1)]);

    public int FileOffset(int offset) =>
        _map is null ? _fileOffset + Math.Clamp(offset, 0, Text.Length) : _map[Math.Clamp(offset, 0, _map.Length - 1)];

    public SourceSpan Span(int start, int end) => File.Span(FileOffset(start), FileOffset(Math.Max(start, end)));

    /// <summary>The fragment's span, without the semicolons and white space that end it.</summary>
    public SourceSpan Span(TSqlFragment fragment)
    {
        var (start, end) = Extent(fragment);
        return Span(start, end);
    }

    public (int Start, int End) Extent(TSqlFragment fragment)
    {
        var start = Math.Clamp(fragment.StartOffset, 0, Text.Length);
        var end = Math.Clamp(fragment.StartOffset + fragment.FragmentLength, start, Text.Length);
        while (end > start && (char.IsWhiteSpace(Text[end - 1]) || Text[end - 1] == ';'))
        {
            end--;
        }

        return (start, end);
    }

    public string TextOf(TSqlFragment fragment)
    {
        var (start, end) = Extent(fragment);
        return Text[start..end];
    }

    /// <summary>The fragment's text on one line, shortened for messages.</summary>
    public string Shortened(TSqlFragment fragment)
    {
        var text = string.Join(' ', TextOf(fragment).Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= 80 ? text : text[..77] + "...";
    }
}
