using System.Text;

namespace MigrationLint.Core.Text;

/// <summary>
/// Converts byte offsets into a text's UTF-8 encoding (what native parsers report) to character
/// offsets into the .NET string. Pure-ASCII text, the common case, needs no table at all.
/// </summary>
public sealed class Utf8OffsetMap
{
    private readonly int[]? _charIndexByByte;
    private readonly int _byteLength;

    public Utf8OffsetMap(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _byteLength = Encoding.UTF8.GetByteCount(text);
        if (_byteLength == text.Length)
        {
            return;
        }

        _charIndexByByte = new int[_byteLength + 1];
        var byteIndex = 0;
        for (var charIndex = 0; charIndex < text.Length; charIndex++)
        {
            var width = char.IsHighSurrogate(text[charIndex]) && charIndex + 1 < text.Length
                ? 4
                : Encoding.UTF8.GetByteCount(text.AsSpan(charIndex, 1));
            for (var b = 0; b < width; b++)
            {
                _charIndexByByte[byteIndex + b] = charIndex;
            }

            byteIndex += width;
            if (width == 4)
            {
                charIndex++;
            }
        }

        _charIndexByByte[_byteLength] = text.Length;
    }

    public int ByteLength => _byteLength;

    public int ToCharOffset(int byteOffset)
    {
        byteOffset = Math.Clamp(byteOffset, 0, _byteLength);
        return _charIndexByByte is null ? byteOffset : _charIndexByByte[byteOffset];
    }

    /// <summary>The UTF-8 byte offset of a character offset (the inverse, for slicing native input).</summary>
    public int ToByteOffset(int charOffset)
    {
        if (_charIndexByByte is null)
        {
            return Math.Clamp(charOffset, 0, _byteLength);
        }

        var index = Array.BinarySearch(_charIndexByByte, charOffset);
        if (index < 0)
        {
            return ~index;
        }

        while (index > 0 && _charIndexByByte[index - 1] == charOffset)
        {
            index--;
        }

        return index;
    }
}
