namespace MigrationLint.Core.Discovery;

/// <summary>
/// Reads a whole file into a buffer of the reading thread and hands its bytes to a reader: no array
/// per file, and no array per size class either (as a shared pool would keep), so the memory a
/// run touches for reading is about its largest file per thread.
/// </summary>
internal static class FileBytes
{
    [ThreadStatic]
    private static byte[]? _buffer;

    public delegate T Reader<out T>(ReadOnlySpan<byte> bytes);

    public static T Read<T>(string path, Reader<T> reader)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var length = checked((int)RandomAccess.GetLength(handle));
        // Taken from the thread while in use: a reader that reads another file gets a buffer of its own.
        var own = _buffer;
        var buffer = own is not null && own.Length >= length ? own : GC.AllocateUninitializedArray<byte>(Math.Max(length, Math.Max(4096, (own?.Length ?? 0) * 2)));
        _buffer = null;
        try
        {
            // As File.ReadAllBytes: the length the file had when it was opened (a file that shrinks
            // meanwhile is an error), or, for one that reports no length (procfs and the like), a
            // read to the end.
            var read = 0;
            if (length > 0)
            {
                while (read < length)
                {
                    var count = RandomAccess.Read(handle, buffer.AsSpan(read, length - read), read);
                    read += count > 0 ? count : throw new EndOfStreamException();
                }
            }
            else
            {
                int count;
                while ((count = RandomAccess.Read(handle, buffer.AsSpan(read), read)) > 0)
                {
                    read += count;
                    if (read == buffer.Length)
                    {
                        Array.Resize(ref buffer, buffer.Length * 2);
                    }
                }
            }

            return reader(buffer.AsSpan(0, read));
        }
        finally
        {
            _buffer = buffer;
        }
    }
}
