using System.Collections.Immutable;
using MigrationLint.Core.Catalog;
using MigrationLint.Core.Dialects;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Tests;

public sealed class CatalogTests
{
    private static readonly SourceSpan Here = SourceSpan.At("m.sql", 1, 1);
    private static readonly ObjectName Certificates = new(null, "certificates");

    private sealed class CaseInsensitiveDialect : SqlDialect
    {
        public override string Name => "test";

        public override string DefaultSchema => "dbo";

        public override bool CaseInsensitiveNames => true;

        public override TypeChange ClassifyTypeChange(ColumnType from, ColumnType to) => new(TypeChangeKind.Unknown, "test");
    }

    private sealed class CaseSensitiveDialect : SqlDialect
    {
        public override string Name => "test";

        public override string DefaultSchema => "public";

        public override bool CaseInsensitiveNames => false;

        public override TypeChange ClassifyTypeChange(ColumnType from, ColumnType to) => new(TypeChangeKind.Unknown, "test");
    }

    private static ColumnType Text => new("text", ImmutableArray<int>.Empty, 0, "text");

    private static SchemaCatalog History() =>
        SchemaCatalog.Empty(new CaseSensitiveDialect()).Apply(
            new CreateTable(Here, Certificates,
                [new ColumnDefinition("id", Text, true, null, false, false), new ColumnDefinition("serial", Text, false, null, false, false)],
                [new ConstraintDefinition(null, ConstraintKind.Unique, ["serial"], null)], false),
            Provenance.History("000001"));

    [Test]
    public void Default_schema_and_explicit_schema_name_the_same_table()
    {
        var catalog = History();

        Assert.That(catalog.FindTable(new ObjectName("public", "certificates")), Is.Not.Null);
        Assert.That(catalog.FindTable(new ObjectName("public", "Certificates")), Is.Null, "PostgreSQL compares names exactly");
    }

    [Test]
    public void A_case_insensitive_dialect_matches_names_in_any_case()
    {
        var catalog = SchemaCatalog.Empty(new CaseInsensitiveDialect())
            .Apply(new CreateTable(Here, new ObjectName(null, "Orders"), [], [], false), Provenance.History("1"));

        Assert.That(catalog.FindTable(new ObjectName("DBO", "ORDERS")), Is.Not.Null);
    }

    [Test]
    public void Renaming_a_column_moves_its_constraints_and_keeps_its_origin()
    {
        var catalog = History().Apply(new RenameColumn(Here, Certificates, "serial", "serial_number"), Provenance.Window("000002"));

        var column = catalog.FindColumn(Certificates, "serial_number")!;
        Assert.That(column.Origin, Is.EqualTo(Provenance.History("000001")));
        Assert.That(catalog.FindColumn(Certificates, "serial"), Is.Null);
        Assert.That(catalog.Tables.Values.Single().Constraints.Single().Columns, Is.EqualTo(new[] { "serial_number" }));
    }

    [Test]
    public void Renaming_onto_an_existing_name_leaves_one_column_of_that_name()
    {
        var catalog = History()
            .Apply(new AddColumn(Here, Certificates, new ColumnDefinition("serial_number", Text, false, null, false, false), [], false), Provenance.Window("000002"))
            .Apply(new RenameColumn(Here, Certificates, "serial", "serial_number"), Provenance.Window("000002"))
            .Apply(new RenameColumn(Here, Certificates, "unknown", "serial_number"), Provenance.Window("000002"));

        Assert.That(catalog.Tables.Values.Single().Columns.Select(c => c.Name), Is.EqualTo(new[] { "id", "serial_number" }));
    }

    [Test]
    public void Objects_created_in_the_window_know_it()
    {
        var catalog = History()
            .Apply(new AddColumn(Here, Certificates, new ColumnDefinition("expires_at", Text, false, null, false, false), [], false), Provenance.Window("000002"));

        Assert.That(catalog.OriginOf(ObjectRef.ForColumn(Certificates, "expires_at"))!.InWindow, Is.True);
        Assert.That(catalog.OriginOf(ObjectRef.ForColumn(Certificates, "serial"))!.InWindow, Is.False);
        Assert.That(catalog.OriginOf(ObjectRef.ForTable(Certificates))!.InWindow, Is.False);
    }

    [Test]
    public void Operations_on_tables_the_history_never_created_leave_a_stub()
    {
        var orders = new ObjectName(null, "orders");
        var catalog = SchemaCatalog.Empty(new CaseSensitiveDialect())
            .Apply(new AddColumn(Here, orders, new ColumnDefinition("note", Text, false, null, false, false), [], false), Provenance.Window("7"));

        Assert.That(catalog.FindTable(orders)!.IsComplete, Is.False);
        Assert.That(catalog.FindTable(orders)!.Origin, Is.EqualTo(Provenance.PreExisting));
        Assert.That(catalog.FindColumn(orders, "note")!.Origin.InWindow, Is.True);
    }

    [Test]
    public void The_catalog_is_immutable()
    {
        var before = History();

        var after = before.Apply(new DropTable(Here, Certificates, false, false), Provenance.Window("000002"));

        Assert.That(before.FindTable(Certificates), Is.Not.Null);
        Assert.That(after.FindTable(Certificates), Is.Null);
    }

    [Test]
    public void Differences_come_in_the_order_of_the_objects_names_whatever_the_hash_seed()
    {
        // The catalogs' dictionaries hash names with a per-process seed: twelve tables would come out
        // in name order by chance about once in 479 million runs.
        var names = new[] { "lease", "users", "events", "alpha", "zebra", "queue", "jobs", "b", "a_b", "steps", "workers", "tenants" };
        var expected = names.Aggregate(
            SchemaCatalog.Empty(new CaseSensitiveDialect()),
            (catalog, name) => catalog.Apply(new CreateTable(Here, new ObjectName(null, name), [new ColumnDefinition("id", Text, true, null, false, false)], [], false), Provenance.History("1")));
        var actual = names.Aggregate(expected, (catalog, name) => catalog.Apply(new DropTable(Here, new ObjectName(null, name), false, false), Provenance.Window("2")));

        var differences = CatalogComparison.Compare(expected, actual);

        Assert.That(differences.Select(d => d.Description), Is.EqualTo(names.Order(StringComparer.Ordinal).Select(name => $"table {name} is missing")));
    }

    [Test]
    public void Items_of_a_wide_table_are_matched_by_name_as_those_of_a_narrow_one()
    {
        // Wide tables are matched through an index of names, narrow ones by a search: the answers
        // must be the same, including for two CHECKs PostgreSQL names alike (t_check).
        static IEnumerable<string> Differences(int width)
        {
            var table = new ObjectName(null, "t");
            var created = new CreateTable(
                Here,
                table,
                [.. Enumerable.Range(0, width).Select(i => new ColumnDefinition($"c{i}", Text, false, null, false, false))],
                [new ConstraintDefinition("t_check", ConstraintKind.Check, ["c0", "c1"], null), new ConstraintDefinition("t_check", ConstraintKind.Check, ["c1", "c2"], null)],
                false);
            var expected = SchemaCatalog.Empty(new CaseSensitiveDialect()).Apply(created, Provenance.History("1"));
            var actual = expected.Apply(new RenameColumn(Here, table, "c2", "renamed"), Provenance.Window("2"));
            return CatalogComparison.Compare(expected, actual).Select(d => d.Description);
        }

        var narrow = Differences(3).ToList();

        Assert.That(narrow, Does.Contain("column t.c2 is missing").And.Contain("column t.renamed is still there"));
        Assert.That(Differences(40), Is.EqualTo(narrow));
    }
}
