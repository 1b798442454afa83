using System.Buffers;

namespace MigrationLint.Core.Discovery;

/// <summary>Reads a whole file into a pooled buffer and hands its bytes to a reader: no array per file.</summary>
internal static class FileBytes
{
    public delegate T Reader<out T>(ReadOnlySpan<byte> bytes);

    public static T Read<T>(string path, Reader<T> reader)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var length = checked((int)RandomAccess.GetLength(handle));
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(length, 4096));
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
                        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, read).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }
                }
            }

            return reader(buffer.AsSpan(0, read));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
