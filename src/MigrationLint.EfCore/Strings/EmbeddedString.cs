using System.Collections.Immutable;

namespace MigrationLint.EfCore.Strings;

/// <summary>
/// The value of a constant C# string expression and, for each of its characters, the offset in the
/// .cs file of the source character that produced it (an escape sequence maps to its backslash).
/// <see cref="Offsets"/> has one more entry than <see cref="Text"/>: where the value ends in the file.
/// </summary>
internal sealed class EmbeddedString
{
    public EmbeddedString(string text, ImmutableArray<int> offsets)
    {
        if (offsets.Length != text.Length + 1)
        {
            throw new ArgumentException($"{offsets.Length} offsets for {text.Length} characters", nameof(offsets));
        }

        Text = text;
        Offsets = offsets;
    }

    public string Text { get; }

    public ImmutableArray<int> Offsets { get; }

    /// <summary>A value whose characters all point at one place (when the exact mapping is not known).</summary>
    public static EmbeddedString At(string text, int offset, int endOffset) =>
        new(text, [.. Enumerable.Repeat(offset, text.Length), endOffset]);

    /// <summary>The value of <c>a + b</c>: positions keep pointing into each operand's own literal.</summary>
    public EmbeddedString Concat(EmbeddedString other) =>
        new(Text + other.Text, [.. Offsets.AsSpan(0, Text.Length), .. other.Offsets]);
}
