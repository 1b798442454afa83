using System.Text;
using MigrationLint.Core.Discovery;

namespace MigrationLint.Core.Tests;

public sealed class ScriptLoaderTests
{
    [Test]
    public void A_byte_order_mark_is_dropped()
    {
        var loaded = ScriptLoader.Decode("m.sql", [0xEF, 0xBB, 0xBF, .. "SELECT 1;"u8]);

        Assert.That(loaded.Source!.Text, Is.EqualTo("SELECT 1;"));
    }

    [Test]
    public void Invalid_utf8_is_reported_at_the_line_and_column_of_the_first_bad_byte()
    {
        var loaded = ScriptLoader.Decode("m.sql", [.. "SELECT 1;\nSELECT 'caf"u8, 0xE9, .. "';"u8]);

        Assert.That(loaded.Source, Is.Null);
        Assert.That((loaded.Error!.Line, loaded.Error.Column), Is.EqualTo((2, 12)));
        Assert.That(loaded.Error.Message, Does.Contain("not valid UTF-8").And.Contain("0xE9"));
    }

    [Test]
    public void A_binary_file_is_refused_at_its_first_nul_byte()
    {
        var loaded = ScriptLoader.Decode("m.sql", Encoding.UTF8.GetBytes("ab\ncd\0ef"));

        Assert.That((loaded.Error!.Line, loaded.Error.Column), Is.EqualTo((2, 3)));
        Assert.That(loaded.Error.Message, Does.Contain("binary"));
    }
}
