using MigrationLint.Core.Model;
using MigrationLint.Core.Text;

namespace MigrationLint.Postgres.Translation;

/// <summary>
/// The text the parser saw and where it sits in the file. For a file parsed whole the text is the
/// file; for a statement re-parsed alone, or SQL found inside a DO block, it is a piece of the file
/// starting at <see cref="FileOffset"/>. libpg_query reports UTF-8 byte offsets into this text.
/// </summary>
internal sealed class StatementSource(SourceText file, string text, int fileOffset)
{
    private Utf8OffsetMap? _bytes;

    public SourceText File { get; } = file;

    public string Text { get; } = text;

    public int FileOffset { get; } = fileOffset;

    public static StatementSource WholeFile(SourceText file) => new(file, file.Text, 0);

    /// <summary>The character offset in <see cref="Text"/> of a byte offset reported by the parser.</summary>
    public int CharOffset(int byteOffset) => (_bytes ??= new Utf8OffsetMap(Text)).ToCharOffset(byteOffset);

    /// <summary>The span in the file of the characters [start, end) of <see cref="Text"/>.</summary>
    public SourceSpan Span(int start, int end) => File.Span(FileOffset + start, FileOffset + end);
}
