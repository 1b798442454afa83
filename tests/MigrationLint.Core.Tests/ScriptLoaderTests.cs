using System.Text;
using MigrationLint.Core.Discovery;
using MigrationLint.Testing;

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

    [Test]
    public void A_file_larger_than_the_read_buffer_is_read_whole_from_a_path_relative_to_the_working_directory()
    {
        using var folder = new TemporaryFolder();
        // 200 KB: past the 64 KB buffer a thread starts with, so the read grows it twice.
        var text = string.Concat(Enumerable.Range(0, 10_000).Select(i => $"SELECT {i:D10};\n"));
        folder.Write("big.sql", text);

        var loaded = ScriptLoader.Load(new MigrationScript("big.sql", ScriptSection.WholeFile), MigrationLayout.StandaloneScript, folder.Path);

        Assert.That(loaded.Source!.Text, Is.EqualTo(text));
    }

    [Test]
    public void A_missing_file_or_a_folder_in_a_file_s_place_is_reported_with_the_file_system_s_message()
    {
        using var folder = new TemporaryFolder();

        var missing = ScriptLoader.Load(new MigrationScript(Path.Combine(folder.Path, "gone.sql"), ScriptSection.WholeFile), MigrationLayout.StandaloneScript);
        var notAFile = ScriptLoader.Load(new MigrationScript(folder.Path, ScriptSection.WholeFile), MigrationLayout.StandaloneScript);

        Assert.That(missing.Error!.Message, Does.StartWith("cannot read the file: Could not find file"));
        Assert.That(notAFile.Error!.Message, Does.StartWith("cannot read the file: "));
        Assert.That(notAFile.Source, Is.Null);
    }

    [Test]
    public void A_dot_dot_after_a_symbolic_link_is_resolved_as_text_as_the_report_names_the_file()
    {
        using var folder = new TemporaryFolder();
        // link -> real/sub: the kernel would take link/.. to real; .NET, and the report, to the folder itself.
        folder.Write("x.sql", "SELECT 'named';");
        folder.Write(Path.Combine("real", "x.sql"), "SELECT 'through the link';");
        Directory.CreateDirectory(Path.Combine(folder.Path, "real", "sub"));
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "link"), Path.Combine(folder.Path, "real", "sub"));

        var loaded = ScriptLoader.Load(new MigrationScript(Path.Combine("link", "..", "x.sql"), ScriptSection.WholeFile), MigrationLayout.StandaloneScript, folder.Path);

        Assert.That(loaded.Source!.Text, Is.EqualTo("SELECT 'named';"));
    }
}
