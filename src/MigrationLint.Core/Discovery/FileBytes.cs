using MigrationLint.Core.Text;

namespace MigrationLint.Core.Discovery;

/// <summary>
/// Reads a whole file into a buffer of the reading thread and hands its bytes to a reader: no array
/// per file, and no array per size class either (as a shared pool would keep), so the memory a
/// run touches for reading is about its largest file per thread.
/// </summary>
internal static class FileBytes
{
    public delegate T Reader<out T>(ReadOnlySpan<byte> bytes);

    /// <summary>
    /// Reads the file at <paramref name="path"/>; a relative path is taken from
    /// <paramref name="workingDirectory"/> when one is given (resolving it is then arithmetic, not a
    /// <c>getcwd</c> call per file, as it is for a relative path handed to the file system API).
    /// </summary>
    public static T Read<T>(string path, Reader<T> reader, string? workingDirectory = null)
    {
        // A reader that reads another file meanwhile gets a buffer of its own.
        var buffer = ThreadSpare.Take<byte>(1 << 16);
        try
        {
            // The path as .NET resolves it (".." cut as text, not followed through a symbolic link),
            // for the C library as for the fallback: both read the file the report names.
            var fullPath = workingDirectory is null ? Path.GetFullPath(path) : Path.GetFullPath(path, workingDirectory);
            if (LibcFile.TryReadAll(fullPath, ref buffer, out var length))
            {
                return reader(buffer.AsSpan(0, length));
            }

            using var handle = File.OpenHandle(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read);
            // To the end of the file, as it is when read: no separate call for its length, which
            // procfs and the like do not report anyway.
            var read = 0;
            int count;
            while ((count = RandomAccess.Read(handle, buffer.AsSpan(read), read)) > 0)
            {
                read += count;
                if (read == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }
            }

            return reader(buffer.AsSpan(0, read));
        }
        finally
        {
            ThreadSpare.Keep(buffer);
        }
    }
}
