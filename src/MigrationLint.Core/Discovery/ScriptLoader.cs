using System.Buffers;
using System.Text;
using MigrationLint.Core.Reports;
using MigrationLint.Core.Text;

namespace MigrationLint.Core.Discovery;

/// <summary>A script's text ready for a front end, or why it could not be read.</summary>
public sealed record LoadedScript(SourceText? Source, InputError? Error);

/// <summary>
/// Reads migration scripts: strictly as UTF-8 (a byte-order mark is dropped), refusing binary
/// files and naming the line and column of the first byte that is not UTF-8; for single-file
/// layouts, keeps only the section asked for.
/// </summary>
public static class ScriptLoader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="workingDirectory">What a relative script path is relative to, when the caller knows (saves a system call per script).</param>
    public static LoadedScript Load(MigrationScript script, MigrationLayout layout, string? workingDirectory = null)
    {
        try
        {
            // The bytes are only lent (a pooled buffer): the one thing kept is the text.
            return FileBytes.Read(script.FilePath, bytes => Load(script, layout, bytes), workingDirectory);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return Failed(script.FilePath, 0, 0, $"cannot read the file: {error.Message}");
        }
    }

    private static LoadedScript Load(MigrationScript script, MigrationLayout layout, ReadOnlySpan<byte> bytes)
    {
        if (layout == MigrationLayout.EfCore)
        {
            // Up and Down are methods of one C# class: only the C# front end can find them, so it is told which.
            var decoded = Decode(script.FilePath, bytes);
            return decoded.Source is { } source ? new LoadedScript(new SourceText(script.FilePath, source.Text) { Section = script.Section }, null) : decoded;
        }

        SectionedFileLayout? sections = layout switch
        {
            MigrationLayout.Goose => GooseLayout.Instance,
            MigrationLayout.Dbmate => DbmateLayout.Instance,
            _ => null,
        };
        if (sections is null || script.Section == ScriptSection.WholeFile)
        {
            return Decode(script.FilePath, bytes);
        }

        if (Problem(script.FilePath, bytes) is { } problem)
        {
            return new LoadedScript(null, problem);
        }

        // One string for the section: decoded into this thread's buffer and blanked there.
        var content = Content(bytes);
        var length = Encoding.UTF8.GetCharCount(content);
        var buffer = ThreadSpare.Take<char>(Math.Max(length, 1 << 14));
        try
        {
            var chars = buffer.AsSpan(0, Encoding.UTF8.GetChars(content, buffer));
            var (start, end) = sections.KeepOnly(chars, script.Section);
            return new LoadedScript(new SourceText(script.FilePath, WithoutBlankedColumns(chars, start, end)), null);
        }
        finally
        {
            ThreadSpare.Keep(buffer);
        }
    }

    /// <summary>
    /// The section [<paramref name="start"/>, <paramref name="end"/>) with only the line breaks of the
    /// blanked lines around it: the same lines and columns as the file (the blanked parts are whole
    /// lines), without a copy of the other section's length in spaces for the parser to read through.
    /// Compacted in place, left to right: nothing is written past what has been read.
    /// </summary>
    private static string WithoutBlankedColumns(Span<char> chars, int start, int end)
    {
        var at = KeepLineBreaks(chars, 0, start, 0);
        chars[start..end].CopyTo(chars[at..]);
        at = KeepLineBreaks(chars, end, chars.Length, at + end - start);
        return new string(chars[..at]);

        static int KeepLineBreaks(Span<char> chars, int from, int to, int at)
        {
            for (var i = from; i < to; i++)
            {
                if (chars[i] is '\n' or '\r')
                {
                    chars[at++] = chars[i];
                }
            }

            return at;
        }
    }

    /// <summary>Decodes file content, or says precisely why it is not UTF-8 text.</summary>
    public static LoadedScript Decode(string path, byte[] bytes) => Decode(path, bytes.AsSpan());

    /// <summary>Decodes file content, or says precisely why it is not UTF-8 text.</summary>
    public static LoadedScript Decode(string path, ReadOnlySpan<byte> bytes) =>
        Problem(path, bytes) is { } problem
            ? new LoadedScript(null, problem)
            : new LoadedScript(new SourceText(path, StrictUtf8.GetString(Content(bytes))), null);

    /// <summary>The text's bytes: all of them but a leading byte-order mark.</summary>
    private static ReadOnlySpan<byte> Content(ReadOnlySpan<byte> bytes) => bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;

    /// <summary>Why the bytes are not UTF-8 text (a NUL byte, an invalid sequence), where; null when they are.</summary>
    private static InputError? Problem(string path, ReadOnlySpan<byte> bytes)
    {
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            var (line, column) = PositionOfByte(bytes, nul);
            return new InputError(path, line, column, "this is a binary file (it contains a NUL byte), not a SQL script");
        }

        var content = Content(bytes);
        if (!System.Text.Unicode.Utf8.IsValid(content))
        {
            var offset = bytes.Length - content.Length + Math.Max(0, FirstInvalidByte(content));
            var (line, column) = PositionOfByte(bytes, offset);
            return new InputError(path, line, column, $"the file is not valid UTF-8 (byte 0x{bytes[offset]:X2} here); re-save it as UTF-8");
        }

        return null;
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var valid = 0;
        while (valid < bytes.Length)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes[valid..], new char[4096], out var read, out _, replaceInvalidSequences: false);
            valid += read;
            if (status == System.Buffers.OperationStatus.InvalidData || status == System.Buffers.OperationStatus.NeedMoreData)
            {
                return valid;
            }

            if (status == System.Buffers.OperationStatus.Done)
            {
                return -1;
            }
        }

        return -1;
    }

    private static (int Line, int Column) PositionOfByte(ReadOnlySpan<byte> bytes, int offset)
    {
        var lineStart = offset == 0 ? -1 : bytes[..offset].LastIndexOf((byte)'\n');
        if (lineStart < 0 && bytes.StartsWith("\uFEFF"u8))
        {
            lineStart = 2;
        }

        var line = 1 + bytes[..offset].Count((byte)'\n');
        var column = 1 + Encoding.UTF8.GetCharCount(bytes.Slice(lineStart + 1, offset - lineStart - 1));
        return (line, column);
    }

    private static LoadedScript Failed(string path, int line, int column, string message) =>
        new(null, new InputError(path, line, column, message));
}
