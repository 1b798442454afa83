using System.Collections.Immutable;
using MigrationLint.Core.Dialects;
using MigrationLint.Core.Model;

namespace MigrationLint.SqlServer.Tests;

public sealed class SqlServerTypeChangesTests
{
    private static ColumnType Type(string name, params int[] modifiers) =>
        new(name, [.. modifiers], 0, modifiers.Length == 0 ? name : $"{name}({string.Join(',', modifiers)})");

    private static IEnumerable<TestCaseData> Cases()
    {
        TestCaseData Case(ColumnType from, ColumnType to, TypeChangeKind kind) => new TestCaseData(from, to, kind).SetName($"{from} to {to} is {kind}");
        const int Max = -1;
        yield return Case(Type("varchar", 64), Type("varchar", 128), TypeChangeKind.Widening);
        yield return Case(Type("varchar", 128), Type("varchar", 64), TypeChangeKind.Narrowing);
        yield return Case(Type("varchar", 8000), Type("varchar", Max), TypeChangeKind.Widening);
        yield return Case(Type("varchar", Max), Type("varchar", 8000), TypeChangeKind.Narrowing);
        yield return Case(Type("varchar", 100), Type("nvarchar", 100), TypeChangeKind.Widening);
        yield return Case(Type("varchar", 100), Type("nvarchar", 50), TypeChangeKind.Narrowing);
        yield return Case(Type("nvarchar", 100), Type("varchar", 200), TypeChangeKind.Lossy);
        yield return Case(Type("ntext"), Type("nvarchar", Max), TypeChangeKind.Widening);
        yield return Case(Type("char", 10), Type("varchar", 10), TypeChangeKind.Widening);
        yield return Case(Type("tinyint"), Type("smallint"), TypeChangeKind.Widening);
        yield return Case(Type("int"), Type("bigint"), TypeChangeKind.Widening);
        yield return Case(Type("bigint"), Type("int"), TypeChangeKind.Narrowing);
        yield return Case(Type("smallint"), Type("tinyint"), TypeChangeKind.Narrowing);
        yield return Case(Type("int"), Type("decimal", 10, 0), TypeChangeKind.Widening);
        yield return Case(Type("int"), Type("decimal", 9, 0), TypeChangeKind.Narrowing);
        yield return Case(Type("decimal", 10, 2), Type("decimal", 12, 2), TypeChangeKind.Widening);
        yield return Case(Type("decimal", 10, 2), Type("decimal", 10, 1), TypeChangeKind.Lossy);
        yield return Case(Type("decimal", 10, 2), Type("decimal", 9, 2), TypeChangeKind.Narrowing);
        yield return Case(Type("decimal", 10, 2), Type("int"), TypeChangeKind.Lossy);
        yield return Case(Type("money"), Type("decimal", 19, 4), TypeChangeKind.Widening);
        yield return Case(Type("decimal", 18, 0), Type("float"), TypeChangeKind.Lossy);
        yield return Case(Type("real"), Type("float"), TypeChangeKind.Widening);
        yield return Case(Type("float"), Type("real"), TypeChangeKind.Lossy);
        yield return Case(Type("int"), Type("float"), TypeChangeKind.Widening);
        yield return Case(Type("bigint"), Type("float"), TypeChangeKind.Lossy);
        yield return Case(Type("datetime"), Type("datetime2", 7), TypeChangeKind.Widening);
        yield return Case(Type("datetime"), Type("datetime2", 0), TypeChangeKind.Lossy);
        yield return Case(Type("datetime2", 7), Type("datetime2", 3), TypeChangeKind.Lossy);
        yield return Case(Type("datetime2", 7), Type("datetime"), TypeChangeKind.Lossy);
        yield return Case(Type("datetime2", 7), Type("date"), TypeChangeKind.Lossy);
        yield return Case(Type("date"), Type("datetime2", 7), TypeChangeKind.Widening);
        yield return Case(Type("date"), Type("datetime"), TypeChangeKind.Narrowing);
        yield return Case(Type("datetime2", 7), Type("datetimeoffset", 7), TypeChangeKind.Widening);
        yield return Case(Type("datetimeoffset", 7), Type("datetime2", 7), TypeChangeKind.Lossy);
        yield return Case(Type("datetimeoffset", 7), Type("datetimeoffset", 3), TypeChangeKind.Lossy);
        yield return Case(Type("time", 7), Type("datetime2", 7), TypeChangeKind.Incompatible);
        yield return Case(Type("bit"), Type("int"), TypeChangeKind.Incompatible);
        yield return Case(Type("bit"), Type("varchar", 5), TypeChangeKind.Incompatible);
        yield return Case(Type("uniqueidentifier"), Type("char", 36), TypeChangeKind.Incompatible);
        yield return Case(Type("varchar", 36), Type("uniqueidentifier"), TypeChangeKind.Incompatible);
        yield return Case(Type("int"), Type("varchar", 20), TypeChangeKind.Narrowing);
        yield return Case(Type("int"), Type("nvarchar", Max), TypeChangeKind.Incompatible);
        yield return Case(Type("varbinary", 16), Type("varbinary", Max), TypeChangeKind.Widening);
        yield return Case(Type("varbinary", Max), Type("binary", 16), TypeChangeKind.Narrowing);
        yield return Case(Type("dbo.email"), Type("nvarchar", 255), TypeChangeKind.Unknown);
        yield return Case(Type("int"), Type("int"), TypeChangeKind.Same);
    }

    [TestCaseSource(nameof(Cases))]
    public void Classifies_type_changes(ColumnType from, ColumnType to, TypeChangeKind expected) =>
        Assert.That(SqlServerDialect.Instance.ClassifyTypeChange(from, to).Kind, Is.EqualTo(expected));

    [Test]
    public void Canonical_types_fold_synonyms_and_defaults()
    {
        var parsed = new SqlServerFrontEnd().Parse(new Core.Text.SourceText("m.sql",
            "CREATE TABLE t (a NUMERIC, b DECIMAL(10), c VARCHAR, d DATETIME2, e FLOAT(24), f TIMESTAMP, g sysname, h INTEGER, i NVARCHAR(MAX))"));
        var types = parsed.Operations.OfType<CreateTable>().Single().Columns.Select(c => c.Type!.Text);

        Assert.That(types, Is.EqualTo(new[]
        {
            "decimal(18,0)", "decimal(10,0)", "varchar(1)", "datetime2(7)", "real", "rowversion", "nvarchar(128)", "int", "nvarchar(max)",
        }));
    }

    [TestCase("PK_orders", ConstraintKind.PrimaryKey)]
    [TestCase("PK__orders__3213E83F1A2B3C4D", ConstraintKind.PrimaryKey)]
    [TestCase("FK_orders_users", ConstraintKind.ForeignKey)]
    [TestCase("UQ__orders__DE1A2B3C", ConstraintKind.Unique)]
    [TestCase("IX_orders_reference", ConstraintKind.Unique)]
    [TestCase("CK_orders_total", ConstraintKind.Check)]
    [TestCase("df_orders_status", ConstraintKind.Default)]
    [TestCase("orders_total_check", null)]
    public void Guesses_constraint_kinds_from_conventional_prefixes(string name, ConstraintKind? expected) =>
        Assert.That(SqlServerDialect.Instance.GuessConstraintKind(name), Is.EqualTo(expected));

    [TestCase("UX_orders_reference", true)]
    [TestCase("IX_orders_unique_reference", true)]
    [TestCase("IX_orders_reference", null)]
    public void Guesses_index_uniqueness_only_from_names_that_say_so(string name, bool? expected) =>
        Assert.That(SqlServerDialect.Instance.GuessIndexIsUnique(name), Is.EqualTo(expected));

    [Test]
    public void Names_compare_case_insensitively_in_dbo()
    {
        var dialect = SqlServerDialect.Instance;

        Assert.That((dialect.DefaultSchema, dialect.Key("Orders") == dialect.Key("ORDERS")), Is.EqualTo(("dbo", true)));
        Assert.That(dialect.IsTextType(Type("nvarchar", 10)), Is.True);
        Assert.That(ImmutableArray<int>.Empty, Is.Empty);
    }
}
