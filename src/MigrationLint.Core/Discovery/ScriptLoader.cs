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

    public static LoadedScript Load(MigrationScript script, MigrationLayout layout)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(script.FilePath);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return Failed(script.FilePath, 0, 0, $"cannot read the file: {error.Message}");
        }

        var decoded = Decode(script.FilePath, bytes);
        if (decoded.Error is not null)
        {
            return decoded;
        }

        var text = decoded.Source!.Text;
        if (layout == MigrationLayout.EfCore)
        {
            // Up and Down are methods of one C# class: only the C# front end can find them, so it is told which.
            return new LoadedScript(new SourceText(script.FilePath, text) { Section = script.Section }, null);
        }

        var sectioned = layout switch
        {
            MigrationLayout.Goose => GooseLayout.Instance.KeepOnly(text, script.Section),
            MigrationLayout.Dbmate => DbmateLayout.Instance.KeepOnly(text, script.Section),
            _ => text,
        };
        return ReferenceEquals(sectioned, text) ? decoded : new LoadedScript(new SourceText(script.FilePath, sectioned), null);
    }

    /// <summary>Decodes file content, or says precisely why it is not UTF-8 text.</summary>
    public static LoadedScript Decode(string path, byte[] bytes)
    {
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            var (line, column) = PositionOfByte(bytes, nul);
            return Failed(path, line, column, "this is a binary file (it contains a NUL byte), not a SQL script");
        }

        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        try
        {
            return new LoadedScript(new SourceText(path, StrictUtf8.GetString(bytes, start, bytes.Length - start)), null);
        }
        catch (DecoderFallbackException)
        {
            var offset = start + Math.Max(0, FirstInvalidByte(bytes.AsSpan(start)));
            var (line, column) = PositionOfByte(bytes, offset);
            return Failed(path, line, column, $"the file is not valid UTF-8 (byte 0x{bytes[offset]:X2} here); re-save it as UTF-8");
        }
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

    private static (int Line, int Column) PositionOfByte(byte[] bytes, int offset)
    {
        var lineStart = offset == 0 ? -1 : Array.LastIndexOf(bytes, (byte)'\n', offset - 1);
        if (lineStart < 0 && bytes.AsSpan().StartsWith("\uFEFF"u8))
        {
            lineStart = 2;
        }

        var line = 1 + bytes.AsSpan(0, offset).Count((byte)'\n');
        var column = 1 + Encoding.UTF8.GetCharCount(bytes, lineStart + 1, offset - lineStart - 1);
        return (line, column);
    }

    private static LoadedScript Failed(string path, int line, int column, string message) =>
        new(null, new InputError(path, line, column, message));
}
