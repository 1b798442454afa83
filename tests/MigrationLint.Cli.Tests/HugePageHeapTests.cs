namespace MigrationLint.Cli.Tests;

public sealed class HugePageHeapTests
{
    private static readonly string[] Maps =
    [
        "00400000-02108000 r-xp 00000000 fe:00 12263439                           /opt/migrationlint",
        "7f4dee000000-7f4dee400000 ---p 00000000 00:00 0 ",
        "7f4dee400000-7f4dee600000 rw-p 00000000 00:00 0 ",
        "7f4dee600000-7f4df4600000 ---p 00000000 00:00 0 ",
        "7f4df4600000-7f4df4800000 rw-p 00000000 00:00 0 ",
        "7f4df4900000-7f4df4a00000 ---p 00000000 00:00 0 ",
        "7f4df4a00000-7f4df4b00000 r--p 00000000 fe:00 12263467                   /usr/lib/libpg_query.so",
    ];

    [Test]
    public void The_heaps_mapping_runs_on_through_adjacent_anonymous_mappings_to_the_first_gap()
    {
        Assert.That(HugePageHeap.AnonymousMappingEnd(Maps, 0x7f4dee471d58), Is.EqualTo(0x7f4df4800000));
    }

    [Test]
    public void The_heaps_mapping_stops_at_a_file()
    {
        Assert.That(HugePageHeap.AnonymousMappingEnd(Maps, 0x7f4df4900010), Is.EqualTo(0x7f4df4a00000));
    }

    [Test]
    public void An_address_in_a_file_or_in_no_mapping_has_no_heap_mapping()
    {
        Assert.Multiple(() =>
        {
            Assert.That(HugePageHeap.AnonymousMappingEnd(Maps, 0x00500000), Is.Zero);
            Assert.That(HugePageHeap.AnonymousMappingEnd(Maps, 0x7f4df4880000), Is.Zero);
        });
    }

    [Test]
    public void The_prepared_stretch_is_writable_and_advised_for_huge_pages()
    {
        var advice = HugePageHeap.Prepare(8L << 20);
        if (!OperatingSystem.IsLinux() || File.ReadAllText("/sys/kernel/mm/transparent_hugepage/enabled").Contains("[never]", StringComparison.Ordinal))
        {
            Assert.That(advice.Applied, Is.False);
            return;
        }

        Assert.That(advice.Reason, Is.Null);
        Assert.That((advice.Start % (2 << 20), advice.Length), Is.EqualTo((0L, 8L << 20)));
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
            Assert.That(HugePageHeap.Prepare(8L << 20).Applied, Is.False);
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
                && long.TryParse(bounds[0], System.Globalization.NumberStyles.HexNumber, null, out var low)
                && long.TryParse(bounds[1], System.Globalization.NumberStyles.HexNumber, null, out var high))
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
