using MigrationLint.Core.Discovery;

namespace MigrationLint.Core.Tests;

public sealed class VersionComparerTests
{
    [Test]
    public void Orders_numerically_segment_by_segment()
    {
        string[] versions = ["1_12_10", "000010", "1_12_5", "2", "000009", "20191100000001000000", "1_2", "R__views"];

        var ordered = versions.Order(VersionComparer.Instance).ToArray();

        Assert.That(ordered, Is.EqualTo(new[] { "1_2", "1_12_5", "1_12_10", "2", "000009", "000010", "20191100000001000000", "R__views" }));
    }

    [Test]
    public void Twenty_digit_timestamps_do_not_overflow() =>
        Assert.That(VersionComparer.Instance.Compare("99999999999999999999", "100000000000000000000"), Is.LessThan(0));
}
