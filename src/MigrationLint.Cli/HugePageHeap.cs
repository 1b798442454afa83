using System.Globalization;
using System.Runtime.InteropServices;

namespace MigrationLint.Cli;

/// <summary>
/// Lets Linux back the next stretch of the garbage-collected heap with 2 MB pages. The collector
/// commits its heap 64 KB at a time and marks every commit for core dumps, which splits its mapping
/// at each step, so the kernel never finds a whole 2 MB page inside one mapping and faults the heap
/// in 4 KB at a time: on the corpus that was a fifth of a check's CPU (docs/performance.md). Made
/// readable and writable ahead, marked for dumps and advised for huge pages in one piece, the same
/// stretch costs a fault per 2 MB. Memory is only used where the collector writes, as before.
/// Anything unexpected (another system, no transparent huge pages, a heap that is not one large
/// reservation) leaves the heap as it was; MIGRATIONLINT_HUGE_PAGES=0 turns it off.
/// </summary>
internal static unsafe partial class HugePageHeap
{
    private const string Library = "libc.so.6";
    private const int ReadWrite = 0x1 | 0x2;
    private const int DoDump = 17;
    private const int HugePage = 14;
    private const long HugePageSize = 2 << 20;

    /// <summary>
    /// How far past the advised stretch the mapping that holds the heap must go on: only the
    /// collector reserves gigabytes of address space in one piece, so a shorter mapping is not
    /// surely its own and is left alone.
    /// </summary>
    private const long ReservationMargin = 1L << 30;

    [LibraryImport(Library, EntryPoint = "mprotect", SetLastError = true)]
    private static partial int Protect(nint address, nuint length, int protection);

    [LibraryImport(Library, EntryPoint = "madvise", SetLastError = true)]
    private static partial int Advise(nint address, nuint length, int advice);

    /// <summary>
    /// Prepares <paramref name="length"/> bytes of the heap after its current allocations; returns
    /// the stretch it prepared, or why it left the heap alone.
    /// </summary>
    public static HugePageAdvice Prepare(long length)
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture is not (Architecture.X64 or Architecture.Arm64))
        {
            return HugePageAdvice.Skipped("not Linux on x64 or arm64");
        }

        if (Environment.GetEnvironmentVariable("MIGRATIONLINT_HUGE_PAGES") == "0")
        {
            return HugePageAdvice.Skipped("turned off by MIGRATIONLINT_HUGE_PAGES=0");
        }

        try
        {
            if (!TransparentHugePagesAvailable())
            {
                return HugePageAdvice.Skipped("transparent huge pages are off");
            }

            var heap = HeapAddress();
            var reservationEnd = AnonymousMappingEnd(File.ReadLines("/proc/self/maps"), heap);
            var start = (heap + HugePageSize - 1) & ~(HugePageSize - 1);
            var end = start + (length & ~(HugePageSize - 1));
            if (reservationEnd < end + ReservationMargin)
            {
                return HugePageAdvice.Skipped("the heap is not inside one large reservation");
            }

            // Readable and writable first: the collector's own commits then change nothing and
            // split nothing. An error leaves at worst part of the stretch prepared, which is harmless.
            var size = (nuint)(end - start);
            if (Protect((nint)start, size, ReadWrite) != 0
                || Advise((nint)start, size, DoDump) != 0
                || Advise((nint)start, size, HugePage) != 0)
            {
                return HugePageAdvice.Skipped($"the kernel refused (errno {Marshal.GetLastPInvokeError()})");
            }

            return new HugePageAdvice(start, end - start, null);
        }
        catch (Exception unexpected) when (unexpected is IOException or UnauthorizedAccessException or FormatException
                                               or DllNotFoundException or EntryPointNotFoundException)
        {
            return HugePageAdvice.Skipped(unexpected.Message);
        }
    }

    private static bool TransparentHugePagesAvailable() =>
        !File.ReadAllText("/sys/kernel/mm/transparent_hugepage/enabled").Contains("[never]", StringComparison.Ordinal);

    /// <summary>The address of an object just allocated: inside the collector's current region.</summary>
    private static long HeapAddress()
    {
        var probe = new byte[1];
        fixed (byte* address = probe)
        {
            return (long)address;
        }
    }

    /// <summary>
    /// Where the run of anonymous mappings in <paramref name="maps"/> (lines of /proc/self/maps)
    /// that holds <paramref name="address"/> ends: the collector's reservation is one, split by its
    /// commits. 0 when no anonymous mapping holds it.
    /// </summary>
    internal static long AnonymousMappingEnd(IEnumerable<string> maps, long address)
    {
        long end = 0;
        foreach (var line in maps)
        {
            // "start-end perms offset device inode [path]": anonymous mappings have inode 0 and no path.
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var bounds = fields[0].Split('-');
            var low = long.Parse(bounds[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var high = long.Parse(bounds[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var anonymous = fields.Length == 5 && fields[4] == "0";
            if (end == 0)
            {
                if (low <= address && address < high)
                {
                    if (!anonymous)
                    {
                        return 0;
                    }

                    end = high;
                }
            }
            else if (low == end && anonymous)
            {
                end = high;
            }
            else
            {
                break;
            }
        }

        return end;
    }
}

/// <summary>The stretch of heap <see cref="HugePageHeap.Prepare"/> prepared, or why it did not.</summary>
internal sealed record HugePageAdvice(long Start, long Length, string? Reason)
{
    public bool Applied => Reason is null;

    public static HugePageAdvice Skipped(string reason) => new(0, 0, reason);
}
