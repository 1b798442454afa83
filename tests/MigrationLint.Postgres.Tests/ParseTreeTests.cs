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
}
