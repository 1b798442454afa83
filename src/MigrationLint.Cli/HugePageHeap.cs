using System.Globalization;
using System.Runtime.InteropServices;

namespace MigrationLint.Cli;

/// <summary>
/// Lets Linux back the next stretch of the garbage-collected heap with 2 MB pages. The collector
/// commits its heap 64 KB at a time and marks every commit for core dumps, which splits its mapping
/// at each step, so the kernel never finds a whole 2 MB page inside one mapping and faults the heap
/// in 4 KB at a time: on the corpus that was a fifth of a check's CPU (docs/performance.md). Made
/// readable and writable ahead, marked for dumps and advised for huge pages in one piece, the same
/// stretch costs a fault per 2 MB. Only a stretch provably inside the collector's reservation is
/// touched; anything unexpected (another system, no transparent huge pages, a collector that does
/// not say how large its reservation is) leaves the heap as it was. MIGRATIONLINT_HUGE_PAGES=0
/// turns it off.
/// </summary>
internal static unsafe partial class HugePageHeap
{
    private const string Library = "libc.so.6";
    private const int ReadWrite = 0x1 | 0x2;
    private const int DoDump = 17;
    private const int HugePage = 14;
    private const long HugePageSize = 2 << 20;

    [LibraryImport(Library, EntryPoint = "mprotect", SetLastError = true)]
    private static partial int Protect(nint address, nuint length, int protection);

    [LibraryImport(Library, EntryPoint = "madvise", SetLastError = true)]
    private static partial int Advise(nint address, nuint length, int advice);

    /// <summary>
    /// Prepares <paramref name="length"/> bytes of the heap after its current allocations; returns
    /// the stretch it prepared, or why it left the heap alone. Never throws: it is only a speed-up.
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

            var reserved = GC.GetConfigurationVariables().GetValueOrDefault("GCRegionRange") switch
            {
                long bytes => bytes,
                ulong bytes when bytes <= long.MaxValue => (long)bytes,
                _ => 0L,
            };
            if (reserved <= 0)
            {
                return HugePageAdvice.Skipped("the collector does not say how large its reservation is");
            }

            var heap = HeapAddress();
            var start = (heap + HugePageSize - 1) & ~(HugePageSize - 1);
            var end = start + (length & ~(HugePageSize - 1));
            if (!InsideReservation(File.ReadLines("/proc/self/maps"), heap, reserved, start, end))
            {
                return HugePageAdvice.Skipped("the stretch is not surely inside the collector's reservation");
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
#pragma warning disable CA1031 // a speed-up: whatever goes wrong, the heap stays as the collector left it
        catch (Exception unexpected)
#pragma warning restore CA1031
        {
            return HugePageAdvice.Skipped(unexpected.Message);
        }
    }

    private static bool TransparentHugePagesAvailable()
    {
        const string Setting = "/sys/kernel/mm/transparent_hugepage/enabled";
        return File.Exists(Setting) && !File.ReadAllText(Setting).Contains("[never]", StringComparison.Ordinal);
    }

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
    /// Whether [<paramref name="start"/>, <paramref name="end"/>) lies inside the collector's
    /// reservation of <paramref name="reserved"/> bytes that holds the object at
    /// <paramref name="heap"/>, judged from <paramref name="maps"/> (lines of /proc/self/maps).
    /// The reservation is one anonymous mapping (split into readable and unreadable parts by the
    /// collector's commits), so it lies inside the run of adjacent anonymous mappings that holds
    /// the object and starts at or after the run does: a stretch that ends within
    /// <paramref name="reserved"/> bytes of the run's start ends inside the reservation, whatever
    /// other anonymous mappings (malloc arenas, thread stacks) lie beside it. Every mapping the
    /// stretch covers must also be plain memory, readable and writable or not accessible at all.
    /// </summary>
    internal static bool InsideReservation(IEnumerable<string> maps, long heap, long reserved, long start, long end)
    {
        long runStart = -1, runEnd = -1;
        var plain = true;
        foreach (var line in maps)
        {
            // "start-end perms offset device inode [path]": anonymous mappings have inode 0 and no path.
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var bounds = fields[0].Split('-');
            var low = long.Parse(bounds[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var high = long.Parse(bounds[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var anonymous = fields.Length == 5 && fields[4] == "0";

            // The file is read in pieces while the collector commits: a mapping split or merged
            // between two pieces can show up again, overlapping the one before; that is no gap.
            if (runStart >= 0 && (!anonymous || low > runEnd))
            {
                if (runStart <= heap && heap < runEnd)
                {
                    break;
                }

                runStart = -1;
            }

            if (!anonymous)
            {
                continue;
            }

            if (runStart < 0)
            {
                runStart = low;
                plain = true;
            }

            runEnd = Math.Max(runEnd, high);
            if (low < end && start < high && fields[1] is not ("rw-p" or "---p"))
            {
                plain = false;
            }
        }

        return runStart >= 0 && runStart <= heap && heap < runEnd
               && heap <= start && start < end && end <= runEnd && end - runStart <= reserved
               && plain;
    }
}

/// <summary>The stretch of heap <see cref="HugePageHeap.Prepare"/> prepared, or why it did not.</summary>
internal sealed record HugePageAdvice(long Start, long Length, string? Reason)
{
    public bool Applied => Reason is null;

    public static HugePageAdvice Skipped(string reason) => new(0, 0, reason);
}
