using MigrationLint.Core.Text;

namespace MigrationLint.Core.Tests;

public sealed class TextPositionTests
{
    [Test]
    public void Line_index_gives_one_based_lines_and_columns()
    {
        var index = new LineIndex("ab\ncd\r\nef");

        Assert.That(index.Locate(0), Is.EqualTo((1, 1)));
        Assert.That(index.Locate(4), Is.EqualTo((2, 2)));
        Assert.That(index.Locate(7), Is.EqualTo((3, 1)));
        Assert.That(index.Locate(100), Is.EqualTo((3, 3)));
    }

    [Test]
    public void Utf8_byte_offsets_map_to_character_offsets()
    {
        // é: 2 bytes, 证: 3 bytes, 😀: 4 bytes and two UTF-16 code units.
        var map = new Utf8OffsetMap("aé证😀b");

        Assert.That(map.ToCharOffset(0), Is.EqualTo(0));
        Assert.That(map.ToCharOffset(1), Is.EqualTo(1));
        Assert.That(map.ToCharOffset(3), Is.EqualTo(2));
        Assert.That(map.ToCharOffset(6), Is.EqualTo(3));
        Assert.That(map.ToCharOffset(10), Is.EqualTo(5));
        Assert.That(map.ToByteOffset(5), Is.EqualTo(10));
    }

    [Test]
    public void Ascii_text_needs_no_table() => Assert.That(new Utf8OffsetMap("abc").ToCharOffset(2), Is.EqualTo(2));
}
