using System.Runtime.InteropServices;

namespace MigrationLint.Core.Discovery;

/// <summary>
/// Reads a whole file with the C library's open, read and close on Linux: what .NET's file API
/// adds around them (normalising the path again, an fstat to refuse a directory, a safe handle)
/// is a sixth of the cost of reading a corpus of small scripts. Anything unusual (an error of
/// any kind, another system, a C library without these symbols) is left to the caller's .NET
/// path, which fails with the exception and message it always has.
/// </summary>
internal static unsafe partial class LibcFile
{
    private const string Library = "libc.so.6";
    private const int ReadOnly = 0;
    private const int CloseOnExec = 0x80000;
    private const int Interrupted = 4;

    /// <summary>Cleared for good the first time the library or a symbol is missing.</summary>
    private static bool _usable = OperatingSystem.IsLinux() && (RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64);

    [LibraryImport(Library, EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Open(string path, int flags);

    [LibraryImport(Library, EntryPoint = "read", SetLastError = true)]
    private static partial nint Read(int descriptor, byte* buffer, nint count);

    [LibraryImport(Library, EntryPoint = "close")]
    private static partial int Close(int descriptor);

    /// <summary>
    /// The whole file at <paramref name="path"/> into <paramref name="buffer"/> (grown as needed),
    /// its length in <paramref name="length"/>; false, with nothing to report, when the caller
    /// should read it the .NET way instead.
    /// </summary>
    public static bool TryReadAll(string path, ref byte[] buffer, out int length)
    {
        length = 0;
        if (!_usable || path.Contains('\0'))
        {
            return false;
        }

        int descriptor;
        try
        {
            descriptor = Open(path, ReadOnly | CloseOnExec);
        }
        catch (Exception missing) when (missing is DllNotFoundException or EntryPointNotFoundException)
        {
            _usable = false;
            return false;
        }

        if (descriptor < 0)
        {
            return false;
        }

        try
        {
            while (true)
            {
                nint count;
                fixed (byte* free = &buffer[length])
                {
                    count = Read(descriptor, free, buffer.Length - length);
                }

                if (count == 0)
                {
                    return true;
                }

                if (count < 0)
                {
                    if (Marshal.GetLastPInvokeError() == Interrupted)
                    {
                        continue;
                    }

                    // A folder opened as a file (EISDIR) and the like: the .NET path says what it is.
                    length = 0;
                    return false;
                }

                length += (int)count;
                if (length == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }
            }
        }
        finally
        {
            _ = Close(descriptor);
        }
    }
}
