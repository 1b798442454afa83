using System.Buffers;

namespace MigrationLint.Core.Discovery;

/// <summary>Reads a whole file into a pooled buffer and hands its bytes to a reader: no array per file.</summary>
internal static class FileBytes
{
    public delegate T Reader<out T>(ReadOnlySpan<byte> bytes);

    public static T Read<T>(string path, Reader<T> reader)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var buffer = ArrayPool<byte>.Shared.Rent(checked((int)Math.Max(RandomAccess.GetLength(handle), 0)) + 1);
        try
        {
            // The length is a hint: read until the end, growing the buffer if the file grew.
            var length = 0;
            int read;
            while ((read = RandomAccess.Read(handle, buffer.AsSpan(length), length)) > 0)
            {
                length += read;
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }

            return reader(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
