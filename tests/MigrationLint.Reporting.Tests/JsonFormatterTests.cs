using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using MigrationLint.Core.Reports;
using NUnit.Framework;

namespace MigrationLint.Reporting.Tests;

public sealed class JsonFormatterTests
{
    [TestCase(1)]
    [TestCase(63)]
    [TestCase(64)]
    [TestCase(301)]
    public void A_long_report_written_in_two_halves_reads_as_one_writer_would_write_it(int count)
    {
        // Hostile names: escapes and non-ASCII text on both sides of the split.
        var sample = Reports.Of(Reports.HostileNames);
        var migrations = Enumerable.Range(0, count)
            .Select(i => sample.Migrations[i % sample.Migrations.Length] with { Version = $"{i:D6}" })
            .ToImmutableArray();
        var report = sample with { Migrations = migrations };

        var written = Reports.Format(new JsonFormatter(), report);

        // The same document written again by one writer with the formatter's options: any seam
        // between the halves (a missing comma, a different indentation) shows as a difference.
        using var document = JsonDocument.Parse(written);
        using var rewritten = new MemoryStream();
        using (var writer = new Utf8JsonWriter(rewritten, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.WriteTo(writer);
        }

        Assert.That(written, Is.EqualTo(System.Text.Encoding.UTF8.GetString(rewritten.ToArray()) + Environment.NewLine));
        Assert.That(
            document.RootElement.GetProperty("migrations").EnumerateArray().Select(m => m.GetProperty("version").GetString()),
            Is.EqualTo(migrations.Select(m => m.Version)));
    }
}
