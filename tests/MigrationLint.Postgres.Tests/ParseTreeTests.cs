using System.Text;
using System.Text.Json;
using MigrationLint.Postgres.Native;
using MigrationLint.Postgres.Translation;

namespace MigrationLint.Postgres.Tests;

public sealed class ParseTreeTests
{
    private static T Read<T>(string sql, Func<ParseTree, T> read) =>
        PgQuery.Parse(sql, json => ParseTree.Read(json, read), failure => throw new AssertionException(failure.Message));

    [Test]
    public void Reads_nodes_names_numbers_and_escaped_strings()
    {
        var (type, text, location, names) = Read("SELECT 'a\"b\\c\u00e9\n' AS x", tree =>
        {
            var statement = tree.Root.Items("stmts").Single();
            var (nodeType, select) = statement.Get("stmt")!.Value.Node();
            var target = select.Items("targetList").Single().As("ResTarget")!.Value;
            var constant = target.Get("val")!.Value.As("A_Const")!.Value;
            var properties = new List<string>();
            foreach (var property in select.EnumerateObject())
            {
                properties.Add(property.Name);
            }

            return (nodeType, constant.Get("sval")!.Value.Str("sval"), constant.Int("location"), properties);
        });

        Assert.That(type, Is.EqualTo("SelectStmt"));
        Assert.That(text, Is.EqualTo("a\"b\\c\u00e9\n"));
        Assert.That(location, Is.EqualTo(7));
        Assert.That(names, Does.Contain("targetList").And.Contain("op"));
    }

    [Test]
    public void Absent_nodes_read_as_the_C_defaults()
    {
        var (missing, flag, number, items) = Read("SELECT 1", tree =>
        {
            var select = tree.Root.Items("stmts").Single().Get("stmt")!.Value.As("SelectStmt")!.Value;
            return (select.Get("intoClause"), select.Bool("all"), select.Int("limitCount", -1), default(PgNode).Items("x").Count());
        });

        Assert.That(missing, Is.Null);
        Assert.That(flag, Is.False);
        Assert.That(number, Is.EqualTo(-1));
        Assert.That(items, Is.Zero);
    }

    [Test]
    public void A_node_kept_after_the_parser_result_is_freed_throws_instead_of_reading_freed_memory()
    {
        var kept = Read("SELECT 1", tree => tree.Root);

        Assert.Throws<ObjectDisposedException>(() => _ = kept.ValueKind);
    }

    [TestCase("""{"a":[1,-2,0,{"b":"x\"y\\z\u00e9\n"}],"c":true,"d":false,"e":null,"f":{},"g":[]}""")]
    [TestCase(""" { "spaced" : [ 1 , "two" ] } """)]
    [TestCase("""{"fraction":1.5,"exponent":2e3,"big":12345678901}""")]
    [TestCase("""[[[[["deep"]]]]]""")]
    [TestCase("\"\u00e9t\u00e9 \ud83d\ude00\"")]
    public void Reads_any_json_as_System_Text_Json_does(string json)
    {
        using var document = JsonDocument.Parse(json);

        Assert.That(ParseTree.Read(Encoding.UTF8.GetBytes(json), tree => Dump(tree.Root)), Is.EqualTo(Dump(document.RootElement)));
    }

    [TestCase("""{"a":1,}""")]
    [TestCase("""{"a":01}""")]
    [TestCase("""{"a":"\x"}""")]
    [TestCase("""{"a":1} x""")]
    [TestCase("""[1,2""")]
    public void Refuses_what_System_Text_Json_refuses(string json)
    {
        var error = Assert.Catch<UnreadableParseTreeException>(() => ParseTree.Read(Encoding.UTF8.GetBytes(json), tree => tree.Root.ValueKind));

        Assert.That(error!.Message, Does.StartWith("libpg_query's parse tree could not be read ("));
    }

    [Test]
    public void Reads_nesting_far_deeper_than_the_json_readers_default()
    {
        // 1,024 levels: the JSON reader's own default stops at 64, which a 40-term a || b || … passes.
        var json = new string('[', 1023) + "[7]" + new string(']', 1023);

        var depth = ParseTree.Read(Encoding.UTF8.GetBytes(json), tree =>
        {
            var levels = 0;
            for (var node = tree.Root; node.ValueKind == PgValueKind.Array; node = node.EnumerateArray().First())
            {
                levels++;
            }

            return levels;
        });

        Assert.That(depth, Is.EqualTo(1024));
    }

    [Test]
    public void Refuses_nesting_deeper_than_1024_levels_with_its_own_message()
    {
        var json = new string('[', 1025) + new string(']', 1025);

        var error = Assert.Catch<UnreadableParseTreeException>(() => ParseTree.Read(Encoding.UTF8.GetBytes(json), tree => tree.Root.ValueKind));

        Assert.That(error!.Message, Is.EqualTo("the statement nests deeper than 1024 levels"));
    }

    private static string Dump(PgNode node) => node.ValueKind switch
    {
        PgValueKind.Object => "{" + string.Join(",", Properties(node)) + "}",
        PgValueKind.Array => "[" + string.Join(",", node.EnumerateArray().Select(Dump)) + "]",
        PgValueKind.String => "s:" + node.GetString(),
        PgValueKind.Number => "n:" + (int.TryParse(RawNumber(node), out var number) ? number.ToString(System.Globalization.CultureInfo.InvariantCulture) : "other"),
        var kind => kind.ToString(),
    };

    private static List<string> Properties(PgNode node)
    {
        var properties = new List<string>();
        foreach (var property in node.EnumerateObject())
        {
            properties.Add(property.Name + "=" + Dump(property.Value));
        }

        return properties;
    }

    private static string RawNumber(PgNode node)
    {
        try
        {
            return node.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (FormatException)
        {
            return "other";
        }
    }

    private static string Dump(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "{" + string.Join(",", element.EnumerateObject().Select(p => p.Name + "=" + Dump(p.Value))) + "}",
        JsonValueKind.Array => "[" + string.Join(",", element.EnumerateArray().Select(Dump)) + "]",
        JsonValueKind.String => "s:" + element.GetString(),
        JsonValueKind.Number => "n:" + (element.TryGetInt32(out var number) ? number.ToString(System.Globalization.CultureInfo.InvariantCulture) : "other"),
        var kind => kind.ToString(),
    };
}
