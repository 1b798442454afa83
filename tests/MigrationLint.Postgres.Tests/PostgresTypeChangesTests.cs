using System.Collections.Immutable;
using MigrationLint.Core.Dialects;
using MigrationLint.Core.Model;

namespace MigrationLint.Postgres.Tests;

public sealed class PostgresTypeChangesTests
{
    private static ColumnType Type(string name, params int[] modifiers) =>
        new(name, [.. modifiers], 0, name + (modifiers.Length > 0 ? $"({string.Join(',', modifiers)})" : string.Empty));

    private static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData(Type("varchar", 64), Type("varchar", 255), TypeChangeKind.Widening);
        yield return new TestCaseData(Type("varchar", 255), Type("varchar", 64), TypeChangeKind.Narrowing);
        yield return new TestCaseData(Type("varchar", 40), Type("text"), TypeChangeKind.Widening);
        yield return new TestCaseData(Type("text"), Type("varchar", 40), TypeChangeKind.Narrowing);
        yield return new TestCaseData(Type("int4"), Type("int8"), TypeChangeKind.Widening);
        yield return new TestCaseData(Type("int8"), Type("int4"), TypeChangeKind.Narrowing);
        yield return new TestCaseData(Type("int4"), Type("numeric"), TypeChangeKind.Widening);
        yield return new TestCaseData(Type("int8"), Type("numeric", 10, 0), TypeChangeKind.Narrowing);
        yield return new TestCaseData(Type("numeric", 12, 4), Type("numeric", 12, 2), TypeChangeKind.Lossy);
        yield return new TestCaseData(Type("numeric", 10, 2), Type("numeric", 12, 2), TypeChangeKind.Widening);
        yield return new TestCaseData(Type("numeric", 12, 2), Type("numeric", 10, 2), TypeChangeKind.Narrowing);
        yield return new TestCaseData(Type("numeric", 10, 2), Type("int4"), TypeChangeKind.Lossy);
        yield return new TestCaseData(Type("float8"), Type("float4"), TypeChangeKind.Lossy);
        yield return new TestCaseData(Type("float4"), Type("float8"), TypeChangeKind.Widening);
        yield return new TestCaseData(Type("int8"), Type("float8"), TypeChangeKind.Lossy);
        yield return new TestCaseData(Type("timestamp"), Type("timestamptz"), TypeChangeKind.Widening);
        yield return new TestCaseData(Type("timestamptz"), Type("timestamp"), TypeChangeKind.Incompatible);
        yield return new TestCaseData(Type("timestamptz"), Type("date"), TypeChangeKind.Lossy);
        yield return new TestCaseData(Type("timestamptz", 6), Type("timestamptz", 0), TypeChangeKind.Lossy);
        yield return new TestCaseData(Type("json"), Type("jsonb"), TypeChangeKind.Widening);
        yield return new TestCaseData(Type("text"), Type("uuid"), TypeChangeKind.Incompatible);
        yield return new TestCaseData(Type("int4"), Type("text"), TypeChangeKind.Incompatible);
        yield return new TestCaseData(Type("bool"), Type("int4"), TypeChangeKind.Incompatible);
        yield return new TestCaseData(Type("bpchar", 10), Type("varchar", 10), TypeChangeKind.Widening);
        yield return new TestCaseData(Type("varchar", 20), Type("varchar", 20), TypeChangeKind.Same);
        yield return new TestCaseData(Type("certificate_status"), Type("text"), TypeChangeKind.Unknown);
    }

    [TestCaseSource(nameof(Cases))]
    public void Classifies_type_changes(ColumnType from, ColumnType to, TypeChangeKind expected) =>
        Assert.That(PostgresDialect.Instance.ClassifyTypeChange(from, to).Kind, Is.EqualTo(expected));

    [Test]
    public void Array_dimensions_must_match()
    {
        var array = new ColumnType("text", ImmutableArray<int>.Empty, 1, "text[]");

        Assert.That(PostgresDialect.Instance.ClassifyTypeChange(array, Type("text")).Kind, Is.EqualTo(TypeChangeKind.Incompatible));
    }

    [Test]
    public void Implicit_constraint_names_follow_postgresql()
    {
        var table = new ObjectName(null, "certificates");
        var dialect = PostgresDialect.Instance;

        Assert.That(dialect.ImplicitConstraintName(table, ConstraintKind.PrimaryKey, ["id"]), Is.EqualTo("certificates_pkey"));
        Assert.That(dialect.ImplicitConstraintName(table, ConstraintKind.Unique, ["issuer_id", "serial"]), Is.EqualTo("certificates_issuer_id_serial_key"));
        Assert.That(dialect.ImplicitConstraintName(table, ConstraintKind.ForeignKey, ["issuer_id"]), Is.EqualTo("certificates_issuer_id_fkey"));
        Assert.That(dialect.ImplicitIndexName(table, ["expires_at"]), Is.EqualTo("certificates_expires_at_idx"));
        var longName = dialect.ImplicitConstraintName(new ObjectName(null, new string('t', 60)), ConstraintKind.Unique, [new string('c', 40)])!;
        Assert.That(longName, Has.Length.EqualTo(63));
        Assert.That(longName, Does.EndWith("_key"));
    }
}
