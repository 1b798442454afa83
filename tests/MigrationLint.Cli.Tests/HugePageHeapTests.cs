using System.Globalization;

namespace MigrationLint.Cli.Tests;

public sealed class HugePageHeapTests
{
    private const long Megabyte = 1 << 20;

    /// <summary>
    /// A process's mappings around a collector's reservation of 160 MB at 0x7f0010000000 (its first
    /// region committed), with a malloc arena and a thread stack right above it and named mappings
    /// (a file, the brk heap, the main stack, a named anonymous one) elsewhere.
    /// </summary>
    private static readonly string[] Maps =
    [
        "00400000-02108000 r-xp 00000000 fe:00 12263439                           /opt/migrationlint",
        "02a00000-02c00000 rw-p 00000000 00:00 0                                  [heap]",
        "7f000fe00000-7f0010000000 rw-p 00000000 00:00 0                          [anon:glibc: malloc]",
        "7f0010000000-7f0010400000 rw-p 00000000 00:00 0 ",
        "7f0010400000-7f001a000000 ---p 00000000 00:00 0 ",
        "7f001a000000-7f001e000000 rw-p 00000000 00:00 0 ",
        "7f001e000000-7f001e001000 ---p 00000000 00:00 0 ",
        "7f001e001000-7f001e801000 rw-p 00000000 00:00 0 ",
        "7f001e900000-7f001ea00000 r--p 00000000 fe:00 12263467                   /usr/lib/libpg_query.so",
        "7ffc00000000-7ffc00021000 rw-p 00000000 00:00 0                          [stack]",
    ];

    private const long ReservationStart = 0x7f0010000000;
    private const long Reserved = 160 * Megabyte;
    private const long Heap = ReservationStart + 0x1d58;

    [Test]
    public void A_stretch_inside_the_reservation_is_inside()
    {
        Assert.That(HugePageHeap.InsideReservation(Maps, Heap, Reserved, ReservationStart + 2 * Megabyte, ReservationStart + 130 * Megabyte), Is.True);
    }

    [Test]
    public void A_stretch_running_on_into_the_arena_above_is_not_even_though_the_anonymous_memory_goes_on()
    {
        // The arena and the stack above the reservation continue the run of anonymous mappings:
        // only the collector's own figure for its reservation tells where it ends.
        Assert.That(HugePageHeap.InsideReservation(Maps, Heap, Reserved, ReservationStart + 2 * Megabyte, ReservationStart + 162 * Megabyte), Is.False);
    }

    [Test]
    public void A_stretch_past_the_run_of_anonymous_mappings_is_not()
    {
        // However large the collector says its reservation is, the stretch stops where the run does.
        Assert.That(HugePageHeap.InsideReservation(Maps, Heap, 1L << 40, ReservationStart + 2 * Megabyte, ReservationStart + 240 * Megabyte), Is.False);
    }

    [Test]
    public void A_stretch_over_memory_that_is_not_plain_is_not()
    {
        // Executable or read-only anonymous memory (a JIT's code) is nobody's heap.
        string[] withCode = [.. Maps.Select(line => line.StartsWith("7f001a000000", StringComparison.Ordinal) ? line.Replace("rw-p", "r-xp", StringComparison.Ordinal) : line)];
        Assert.Multiple(() =>
        {
            Assert.That(HugePageHeap.InsideReservation(withCode, Heap, 1L << 40, ReservationStart + 2 * Megabyte, ReservationStart + 200 * Megabyte), Is.False);
            Assert.That(HugePageHeap.InsideReservation(withCode, Heap, 1L << 40, ReservationStart + 2 * Megabyte, ReservationStart + 130 * Megabyte), Is.True);
        });
    }

    [Test]
    public void An_object_outside_any_anonymous_mapping_has_no_reservation()
    {
        Assert.Multiple(() =>
        {
            Assert.That(HugePageHeap.InsideReservation(Maps, 0x00500000, Reserved, 0x00600000, 0x00800000), Is.False, "in the executable");
            Assert.That(HugePageHeap.InsideReservation(Maps, 0x7f001e880000, Reserved, 0x7f001e900000, 0x7f001ea00000), Is.False, "in no mapping");
        });
    }

    [Test]
    public void A_mapping_shown_twice_while_the_collector_commits_does_not_cut_the_run()
    {
        // /proc/self/maps is read in pieces: a mapping split between two of them shows up again,
        // overlapping the line before it.
        string[] torn =
        [
            "7f0010000000-7f0010400000 rw-p 00000000 00:00 0 ",
            "7f0010400000-7f0010500000 ---p 00000000 00:00 0 ",
            "7f0010410000-7f001a000000 ---p 00000000 00:00 0 ",
            "7f001a000000-7f001e000000 rw-p 00000000 00:00 0 ",
        ];
        Assert.That(HugePageHeap.InsideReservation(torn, Heap, Reserved, ReservationStart + 2 * Megabyte, ReservationStart + 130 * Megabyte), Is.True);
    }

    [Test]
    public void The_prepared_stretch_is_writable_and_advised_for_huge_pages()
    {
        var advice = HugePageHeap.Prepare(8 * Megabyte);
        if (advice.Reason is "transparent huge pages are off" or "not Linux on x64 or arm64"
            or "the collector does not say how large its reservation is")
        {
            Assert.Ignore($"this machine cannot have it: {advice.Reason}");
        }

        Assert.That(advice.Reason, Is.Null);
        Assert.That((advice.Start % (2 * Megabyte), advice.Length), Is.EqualTo((0L, 8 * Megabyte)));
        var (permissions, flags) = Mapping(advice.Start);
        Assert.Multiple(() =>
        {
            Assert.That(permissions, Does.StartWith("rw"));
            Assert.That(flags.Split(' '), Does.Contain("hg"), "VmFlags of the prepared stretch");
            Assert.That(flags.Split(' '), Does.Not.Contain("dd"), "VmFlags of the prepared stretch");
        });
    }

    [Test]
    public void The_environment_turns_it_off()
    {
        Environment.SetEnvironmentVariable("MIGRATIONLINT_HUGE_PAGES", "0");
        try
        {
            Assert.That(HugePageHeap.Prepare(8 * Megabyte).Reason, Is.EqualTo("turned off by MIGRATIONLINT_HUGE_PAGES=0"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("MIGRATIONLINT_HUGE_PAGES", null);
        }
    }

    /// <summary>The permissions and VmFlags of the mapping that holds <paramref name="address"/>.</summary>
    private static (string Permissions, string Flags) Mapping(long address)
    {
        string? permissions = null;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var bounds = fields[0].Split('-');
            if (bounds.Length == 2 && fields.Length >= 5
                && long.TryParse(bounds[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var low)
                && long.TryParse(bounds[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var high))
            {
                permissions = low <= address && address < high ? fields[1] : null;
            }
            else if (permissions is not null && fields[0] == "VmFlags:")
            {
                return (permissions, string.Join(' ', fields.Skip(1)));
            }
        }

        throw new AssertionException($"no mapping holds {address:x}");
    }
}
