using MigrationLint.Core.Analysis;
using MigrationLint.Core.Dialects;
using MigrationLint.Core.Discovery;
using MigrationLint.Core.Model;
using MigrationLint.Core.Text;
using MigrationLint.Postgres;

namespace MigrationLint.EfCore.Tests;

public sealed class EfCoreFrontEndTests
{
    private static readonly EfCoreFrontEnd FrontEnd = new(new PostgresFrontEnd());

    /// <summary>A migration whose Up (and Down) bodies are given; the body of Up starts on line 8.</summary>
    private static string Migration(string up, string down = "") => $$"""
        using Microsoft.EntityFrameworkCore.Migrations;

        namespace App.Migrations;

        public partial class Change : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
        {{up}}
            }

            protected override void Down(MigrationBuilder migrationBuilder)
            {
        {{down}}
            }
        }
        """;

    private static ParsedScript Parse(string text, ScriptSection section = ScriptSection.UpSection) =>
        FrontEnd.Parse(new SourceText("20240101000000_Change.cs", text) { Section = section });

    private static List<SchemaOperation> Operations(string up) => [.. Parse(Migration(up)).Operations];

    [Test]
    public void Each_call_is_one_statement_at_the_line_and_column_of_the_call()
    {
        var parsed = Parse(Migration("""
                    migrationBuilder.DropColumn(
                        name: "Legacy",
                        table: "Orders");

                    migrationBuilder.RenameColumn(name: "A", table: "Orders", newName: "B");
            """));

        Assert.That(parsed.Statements.Select(s => (s.Span.Line, s.Span.Column)), Is.EqualTo(new[] { (9, 9), (13, 9) }));
        Assert.That(parsed.Statements[0].Span.EndLine, Is.EqualTo(11));
        Assert.That(parsed.Operations, Is.EqualTo(new SchemaOperation[]
        {
            new DropColumn(parsed.Statements[0].Span, new ObjectName(null, "Orders"), "Legacy", false, false),
            new RenameColumn(parsed.Statements[1].Span, new ObjectName(null, "Orders"), "A", "B"),
        }));
    }

    [Test]
    public void The_down_section_reads_the_Down_method()
    {
        var text = Migration("""        migrationBuilder.DropTable(name: "a");""", """        migrationBuilder.EnsureSchema("s");""");

        Assert.That(Parse(text, ScriptSection.DownSection).Operations.Single(), Is.TypeOf<CreateObject>());
        Assert.That(Parse(text).Operations.Single(), Is.TypeOf<DropTable>());
    }

    [Test]
    public void Positional_and_named_arguments_bind_alike()
    {
        var positional = Operations("""        migrationBuilder.RenameTable("Orders", "shop", "Purchases");""").Single();
        var named = Operations("""        migrationBuilder.RenameTable(newName: "Purchases", name: "Orders", schema: "shop");""").Single();

        Assert.That(positional, Is.TypeOf<RenameTable>());
        Assert.That(((RenameTable)positional) with { Span = named.Span }, Is.EqualTo(named));
        Assert.That(((RenameTable)named).Table, Is.EqualTo(new ObjectName("shop", "Orders")));
    }

    [Test]
    public void AddColumn_reads_type_nullability_and_default()
    {
        var column = ((AddColumn)Operations("""
                    migrationBuilder.AddColumn<string>(name: "Code", table: "t", type: "character varying(30)", maxLength: 30, nullable: false, defaultValue: "");
            """).Single()).Column;

        Assert.That(column.Type!.Name, Is.EqualTo("varchar"));
        Assert.That(column.Type.Modifiers, Is.EqualTo(new[] { 30 }));
        Assert.That(column.NotNull, Is.True);
        Assert.That(column.DefaultExpression, Is.EqualTo("\"\""));
    }

    [Test]
    public void Without_a_store_type_the_clr_type_maps_to_the_providers_default()
    {
        var column = ((AddColumn)Operations("""        migrationBuilder.AddColumn<string>("Code", "t", maxLength: 12, nullable: true);""").Single()).Column;

        Assert.That((column.Type!.Name, column.Type.Modifiers.Single()), Is.EqualTo(("varchar", 12)));
        Assert.That(column.NotNull, Is.False);
    }

    [Test]
    public void AlterColumn_compares_new_and_old_types_through_the_dialect()
    {
        var narrowing = (AlterColumnType)Operations("""
                    migrationBuilder.AlterColumn<string>(name: "Name", table: "t", type: "character varying(50)", maxLength: 50, nullable: false,
                        oldClrType: typeof(string), oldType: "character varying(200)", oldMaxLength: 200);
            """).Single();
        var widening = (AlterColumnType)Operations("""
                    migrationBuilder.AlterColumn<long>(name: "Id", table: "t", type: "bigint", nullable: false, oldClrType: typeof(int), oldType: "integer");
            """).Single();

        Assert.That(PostgresDialect.Instance.ClassifyTypeChange(narrowing.PreviousType!, narrowing.NewType).Kind, Is.EqualTo(TypeChangeKind.Narrowing));
        Assert.That(PostgresDialect.Instance.ClassifyTypeChange(widening.PreviousType!, widening.NewType).Kind, Is.EqualTo(TypeChangeKind.Widening));
    }

    [Test]
    public void AlterColumn_turns_each_stated_difference_into_an_operation()
    {
        var operations = Operations("""
                    migrationBuilder.AlterColumn<string>(name: "Note", table: "t", type: "text", nullable: true, oldClrType: typeof(string), oldType: "text", oldDefaultValue: "n/a");
                    migrationBuilder.AlterColumn<int>(name: "Id", table: "t", type: "integer", nullable: false, oldClrType: typeof(int), oldType: "integer", oldNullable: true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
                    migrationBuilder.AlterColumn<int>(name: "Id", table: "u", type: "integer", nullable: false, oldClrType: typeof(int), oldType: "integer");
            """);

        Assert.That(operations.Select(o => o.GetType().Name), Is.EqualTo(new[] { "DropNotNull", "DropDefault", "SetNotNull", "SetDefault", "NoSchemaChange" }));
    }

    [Test]
    public void CreateTable_reads_columns_and_constraints_from_the_lambdas()
    {
        var create = (CreateTable)Operations("""
                    migrationBuilder.CreateTable(
                        name: "Lines",
                        schema: "shop",
                        columns: table => new
                        {
                            Id = table.Column<int>(type: "integer", nullable: false)
                                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                            OrderId = table.Column<int>(name: "order_id", type: "integer", nullable: false),
                            Sku = table.Column<string>(maxLength: 20, nullable: true)
                        },
                        constraints: table =>
                        {
                            table.PrimaryKey("PK_Lines", x => x.Id);
                            table.ForeignKey(name: "FK_Lines_Orders", column: x => x.OrderId, principalTable: "Orders", principalColumn: "Id", principalSchema: "shop");
                            table.UniqueConstraint("AK_Lines", x => new { x.OrderId, x.Sku });
                        });
            """).Single();

        Assert.That(create.Table, Is.EqualTo(new ObjectName("shop", "Lines")));
        Assert.That(create.Columns.Select(c => (c.Name, c.Type!.Text, c.NotNull, c.IsIdentity)), Is.EqualTo(new[]
        {
            ("Id", "integer", true, true), ("order_id", "integer", true, false), ("Sku", "varchar(20)", false, false),
        }));
        Assert.That(create.Constraints.Select(c => (c.Kind, string.Join(",", c.Columns), c.ReferencedTable)), Is.EqualTo(new[]
        {
            (ConstraintKind.PrimaryKey, "Id", (ObjectName?)null),
            (ConstraintKind.ForeignKey, "order_id", new ObjectName("shop", "Orders")),
            (ConstraintKind.Unique, "order_id,Sku", null),
        }));
    }

    [Test]
    public void Sql_statements_are_located_inside_the_string_in_the_cs_file()
    {
        var parsed = Parse(Migration("""
                    migrationBuilder.Sql(@"UPDATE t SET a = 1;
            ALTER TABLE t RENAME COLUMN a TO b;");
                    migrationBuilder.Sql("DROP INDEX i; " +
                        "DROP TABLE \"Old\";");
            """));

        Assert.That(parsed.Statements.Select(s => (s.Operations[0].GetType().Name, s.Span.Line, s.Span.Column)), Is.EqualTo(new[]
        {
            ("DataChange", 9, 32), ("RenameColumn", 10, 1), ("DropIndex", 11, 31), ("DropTable", 12, 14),
        }));
        Assert.That(((DropTable)parsed.Operations.Last()).Table.Name, Is.EqualTo("Old"));
    }

    [Test]
    public void Sql_built_at_run_time_is_dynamic()
    {
        var operation = Operations("""        migrationBuilder.Sql($"DROP TABLE {name}");""").Single();

        Assert.That(operation, Is.TypeOf<DynamicSql>());
    }

    [TestCase("""        migrationBuilder.CreateTrigger("t");""", "does not know")]
    [TestCase("""        Helpers.Seed(migrationBuilder);""", "handed to code")]
    [TestCase("""        migrationBuilder.DropTable(name: tableName);""", "computed at run time")]
    [TestCase("""        migrationBuilder.Operations.Clear();""", "used directly")]
    public void What_cannot_be_read_is_opaque_never_ignored(string up, string reason)
    {
        var operation = Operations(up).Single();

        Assert.That(operation, Is.TypeOf<Opaque>());
        Assert.That(((Opaque)operation).Reason, Does.Contain(reason));
    }

    [Test]
    public void Both_branches_of_a_provider_test_are_read()
    {
        var operations = Operations("""
                    if (migrationBuilder.IsNpgsql())
                    {
                        migrationBuilder.Sql("ALTER TABLE t RENAME TO u;");
                    }
                    else
                    {
                        migrationBuilder.RenameTable(name: "t", newName: "u");
                    }
            """);

        Assert.That(operations.Select(o => o.GetType().Name), Is.EqualTo(new[] { "RenameTable", "RenameTable" }));
    }

    [Test]
    public void AlterDatabase_annotations_create_extensions_and_enums()
    {
        var operations = Operations("""
                    migrationBuilder.AlterDatabase()
                        .Annotation("Npgsql:Enum:mood", "happy,sad,calm")
                        .Annotation("Npgsql:PostgresExtension:vector", ",,")
                        .OldAnnotation("Npgsql:Enum:mood", "happy,sad");
            """);

        Assert.That(operations.OfType<AddEnumValue>().Select(a => a.Value), Is.EqualTo(new[] { "calm" }));
        Assert.That(operations.OfType<CreateObject>().Select(c => (c.Kind, c.Name.Name)), Is.EqualTo(new[] { (ObjectKind.Extension, "vector") }));
    }

    [Test]
    public void A_syntax_error_is_reported_and_the_calls_around_it_are_still_read()
    {
        var operations = Operations("""
                    migrationBuilder.DropColumn(name: "a", table: "t")
                    migrationBuilder.DropColumn(name: "b", table: "t");
            """);

        Assert.That(operations.OfType<SyntaxError>(), Is.Not.Empty);
        Assert.That(operations.OfType<DropColumn>().Select(d => d.Column), Is.EqualTo(new[] { "a", "b" }));
    }
}
