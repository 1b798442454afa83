using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MigrationLint.EfCore.Strings;

namespace MigrationLint.EfCore.Tests;

public sealed class ConstantStringsTests
{
    /// <summary>The value of the argument of the one call in <paramref name="code"/>, and the file text.</summary>
    private static (EmbeddedString? Value, string File) Read(string code)
    {
        var file = $"class C {{ void M() {{ F({code}); }} }}";
        var tree = CSharpSyntaxTree.ParseText(file, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview));
        var argument = tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
            .First(i => i.Expression is IdentifierNameSyntax { Identifier.ValueText: "F" }).ArgumentList.Arguments[0].Expression;
        return (ConstantStrings.Read(argument, file), file);
    }

    /// <summary>Every character of the value points at the file character that wrote it.</summary>
    private static void AssertMapsBack(EmbeddedString value, string file, params (int Index, string SourceStartsWith)[] checks)
    {
        foreach (var (index, expected) in checks)
        {
            Assert.That(file[value.Offsets[index]..], Does.StartWith(expected), $"character {index} ({value.Text[index]})");
        }
    }

    [Test]
    public void A_regular_literal_decodes_escapes_and_maps_each_to_its_backslash()
    {
        var (value, file) = Read("\"a\\tb\\\"c\\u0041\\x42\\n\"");

        Assert.That(value!.Text, Is.EqualTo("a\tb\"cAB\n"));
        AssertMapsBack(value, file, (0, "a\\t"), (1, "\\t"), (3, "\\\"c"), (5, "\\u0041"), (6, "\\x42"), (7, "\\n"));
    }

    [Test]
    public void A_verbatim_literal_keeps_backslashes_and_undoubles_quotes()
    {
        var (value, file) = Read("@\"C:\\x \"\"q\"\"\nnext\"");

        Assert.That(value!.Text, Is.EqualTo("C:\\x \"q\"\nnext"));
        AssertMapsBack(value, file, (5, "\"\"q"), (6, "q"), (9, "next"));
    }

    [Test]
    public void A_raw_literal_loses_the_closing_lines_indentation()
    {
        var (value, file) = Read("\"\"\"\n        ALTER TABLE t\n          RENAME a TO b;\n\n        SELECT 1;\n        \"\"\"");

        Assert.That(value!.Text, Is.EqualTo("ALTER TABLE t\n  RENAME a TO b;\n\nSELECT 1;"));
        AssertMapsBack(value, file, (0, "ALTER"), (16, "RENAME"), (32, "SELECT"));
        Assert.That(file[value.Offsets[^1]..], Does.StartWith("\n        \"\"\""), "the end maps to the end of the last line");
    }

    [Test]
    public void A_single_line_raw_literal_is_its_content()
    {
        var (value, _) = Read("\"\"\"say \"hi\" \"\"\"");

        Assert.That(value!.Text, Is.EqualTo("say \"hi\" "));
    }

    [Test]
    public void Interpolated_strings_without_holes_are_constants_with_undoubled_braces()
    {
        var (value, file) = Read("$\"a {{b}} \\n\"");

        Assert.That(value!.Text, Is.EqualTo("a {b} \n"));
        AssertMapsBack(value, file, (2, "{{b"), (3, "b}}"));
    }

    [Test]
    public void Concatenation_of_constants_keeps_each_parts_positions()
    {
        var (value, file) = Read("\"ALTER TABLE t \" +\n  @\"RENAME a TO b\" + (\"\"\"\n  ;\n  \"\"\")");

        Assert.That(value!.Text, Is.EqualTo("ALTER TABLE t RENAME a TO b;"));
        AssertMapsBack(value, file, (0, "ALTER"), (14, "RENAME"), (27, ";"));
    }

    [TestCase("$\"DROP TABLE {name}\"")]
    [TestCase("\"DROP TABLE \" + name")]
    [TestCase("sql")]
    [TestCase("string.Format(\"DROP TABLE {0}\", name)")]
    public void Anything_built_at_run_time_is_not_a_constant(string code) =>
        Assert.That(Read(code).Value, Is.Null);
}
