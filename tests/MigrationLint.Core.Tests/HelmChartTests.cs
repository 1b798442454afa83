using MigrationLint.Core.Releases;

namespace MigrationLint.Core.Tests;

public sealed class HelmChartTests
{
    private static readonly KeyValuePair<string, string>[] Verdict =
    [
        KeyValuePair.Create("migrationlint/verdict", "schema-revert"),
        KeyValuePair.Create("migrationlint/target-version", "000007"),
    ];

    [Test]
    public void Annotations_are_added_to_an_existing_block_keeping_comments_and_order()
    {
        var chart = "# comment\napiVersion: v2\nname: certhub\nannotations:\n    artifacthub.io/license: MIT  # kept\nappVersion: \"1.2.0\"\n";

        var updated = HelmChart.WithAnnotations(chart, Verdict);

        Assert.That(updated, Is.EqualTo(
            "# comment\napiVersion: v2\nname: certhub\nannotations:\n    artifacthub.io/license: MIT  # kept\n" +
            "    migrationlint/verdict: \"schema-revert\"\n    migrationlint/target-version: \"000007\"\nappVersion: \"1.2.0\"\n"));
    }

    [Test]
    public void Existing_values_are_replaced_in_place()
    {
        var chart = "name: certhub\nannotations:\n  migrationlint/verdict: \"safe\"\n  other: x\n";

        var updated = HelmChart.WithAnnotations(chart, Verdict);

        Assert.That(updated, Is.EqualTo("name: certhub\nannotations:\n  migrationlint/verdict: \"schema-revert\"\n  other: x\n  migrationlint/target-version: \"000007\"\n"));
    }

    [Test]
    public void A_chart_without_annotations_gets_a_block_at_the_end()
    {
        var updated = HelmChart.WithAnnotations("apiVersion: v2\r\nname: certhub\r\n", Verdict);

        Assert.That(updated, Is.EqualTo("apiVersion: v2\r\nname: certhub\r\nannotations:\r\n  migrationlint/verdict: \"schema-revert\"\r\n  migrationlint/target-version: \"000007\"\r\n"));
    }

    [Test]
    public void An_empty_flow_map_becomes_a_block_and_other_flow_maps_are_refused()
    {
        Assert.That(HelmChart.WithAnnotations("annotations: {}\n", Verdict), Does.StartWith("annotations:\n  migrationlint/verdict:"));
        Assert.Throws<ReleaseException>(() => HelmChart.WithAnnotations("annotations: {a: b}\n", Verdict));
    }
}
