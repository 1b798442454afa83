using MigrationLint.Core.Model;
using MigrationLint.Core.Text;

namespace MigrationLint.Postgres.Tests;

public sealed class PostgresFrontEndTests
{
    private static List<SchemaOperation> Operations(string sql) =>
        [.. new PostgresFrontEnd().Parse(new SourceText("m.sql", sql)).Operations];

    [Test]
    public void Each_action_of_an_alter_table_gets_its_own_operation_and_line()
    {
        var operations = Operations("ALTER TABLE certificates\n  ADD COLUMN expires_at timestamptz,\n  DROP COLUMN not_after,\n  ALTER COLUMN serial TYPE varchar(64);");

        Assert.That(operations.Select(o => o.GetType()), Is.EqualTo(new[] { typeof(AddColumn), typeof(DropColumn), typeof(AlterColumnType) }));
        Assert.That(operations.Select(o => (o.Span.Line, o.Span.Column)), Is.EqualTo(new[] { (2, 3), (3, 3), (4, 3) }));
        Assert.That(operations[2].Span.EndColumn, Is.EqualTo("  ALTER COLUMN serial TYPE varchar(64)".Length + 1));
    }

    [Test]
    public void Names_are_folded_by_the_parser_and_quoted_names_are_kept()
    {
        var rename = (RenameColumn)Operations("ALTER TABLE Billing.\"Invoices\" RENAME COLUMN Total TO total_cents;").Single();

        Assert.That(rename.Table, Is.EqualTo(new ObjectName("billing", "Invoices")));
        Assert.That(rename.Column, Is.EqualTo("total"));
    }

    [Test]
    public void Type_spellings_become_catalog_names()
    {
        var create = (CreateTable)Operations(
            "CREATE TABLE t (a int, b integer, c character varying(20), d timestamp with time zone, e decimal(10,2), f bigserial, g text[]);").Single();

        Assert.That(create.Columns.Select(c => c.Type!.Name), Is.EqualTo(new[] { "int4", "int4", "varchar", "timestamptz", "numeric", "int8", "text" }));
        Assert.That(create.Columns[2].Type!.Modifiers, Is.EqualTo(new[] { 20 }));
        Assert.That(create.Columns[4].Type!.Text, Is.EqualTo("numeric(10,2)"));
        Assert.That(create.Columns[5].IsSerial, Is.True);
        Assert.That(create.Columns[6].Type!.ArrayDimensions, Is.EqualTo(1));
    }

    [Test]
    public void Column_definitions_carry_nullability_defaults_and_inline_constraints()
    {
        var add = (AddColumn)Operations("ALTER TABLE t ADD COLUMN IF NOT EXISTS state text NOT NULL DEFAULT 'new' REFERENCES states(name);").Single();

        Assert.That(add.Column.NotNull, Is.True);
        Assert.That(add.Column.DefaultExpression, Is.EqualTo("'new'"));
        Assert.That(add.IfNotExists, Is.True);
        Assert.That(add.Constraints.Single().Kind, Is.EqualTo(ConstraintKind.ForeignKey));
        Assert.That(add.Constraints.Single().ReferencedTable, Is.EqualTo(new ObjectName(null, "states")));
    }

    [Test]
    public void Statements_inside_a_do_block_are_read_at_their_own_line_and_column()
    {
        var sql = "-- guarded rename\nDO $$\nBEGIN\n  IF EXISTS (SELECT 1 FROM pg_attribute) THEN\n    ALTER TABLE certificates RENAME COLUMN not_after TO expires_at;\n  END IF;\nEND\n$$;";

        var rename = (RenameColumn)Operations(sql).Single();

        Assert.That(rename.Column, Is.EqualTo("not_after"));
        Assert.That((rename.Span.Line, rename.Span.Column), Is.EqualTo((5, 5)));
    }

    [Test]
    public void A_single_quoted_do_body_is_read_too()
    {
        var operations = Operations("DO 'BEGIN DELETE FROM audit_events WHERE kind = ''heartbeat''; END';");

        Assert.That(operations.Single(), Is.TypeOf<DataChange>());
        Assert.That(((DataChange)operations[0]).Kind, Is.EqualTo(DataChangeKind.Delete));
    }

    [Test]
    public void Execute_of_a_built_string_is_dynamic_but_execute_of_a_constant_is_read()
    {
        var operations = Operations(
            "DO $$\nBEGIN\n  EXECUTE format('DROP TABLE %I', 'x');\n  EXECUTE 'ALTER TABLE agents DROP COLUMN legacy_token';\nEND $$;");

        Assert.That(operations[0], Is.TypeOf<DynamicSql>());
        Assert.That(operations[0].Span.Line, Is.EqualTo(3));
        Assert.That(operations[1], Is.TypeOf<DropColumn>());
        // The action inside the constant: DROP COLUMN, after the quote and "ALTER TABLE agents ".
        Assert.That((operations[1].Span.Line, operations[1].Span.Column), Is.EqualTo((4, 31)));
    }

    [Test]
    public void A_syntax_error_is_reported_at_the_token_and_the_other_statements_are_still_read()
    {
        var operations = Operations("CREATE TABLE a (id int);\n\nALTER TABLE a DROPP COLUMN b;\nDROP TABLE a;");

        Assert.That(operations.Select(o => o.GetType()), Is.EqualTo(new[] { typeof(CreateTable), typeof(SyntaxError), typeof(DropTable) }));
        var error = (SyntaxError)operations[1];
        Assert.That((error.Span.Line, error.Span.Column), Is.EqualTo((3, 15)));
        Assert.That(error.Message, Does.Contain("syntax error at or near \"DROPP\""));
    }

    [Test]
    public void Columns_count_characters_not_utf8_bytes()
    {
        var operations = Operations("INSERT INTO t VALUES ('é证书'); DROP TABLE t;");

        Assert.That(operations[1].Span.Column, Is.EqualTo("INSERT INTO t VALUES ('é证书'); ".Length + 1));
    }

    [Test]
    public void An_unterminated_string_is_a_syntax_error_not_a_crash()
    {
        var operations = Operations("CREATE TABLE a (id int);\nINSERT INTO a VALUES ('oops);\n");

        Assert.That(operations.OfType<SyntaxError>().Single().Span.Line, Is.EqualTo(2));
        Assert.That(operations[0], Is.TypeOf<CreateTable>());
    }

    [Test]
    public void Statements_nothing_models_are_opaque_never_dropped()
    {
        var operation = Operations("CREATE PUBLICATION everything FOR ALL TABLES;").Single();

        Assert.That(operation, Is.TypeOf<Opaque>());
        Assert.That(((Opaque)operation).Statement, Is.EqualTo("CREATE PUBLICATION"));
    }

    [Test]
    public void Select_of_an_unknown_function_is_a_call_and_select_of_settings_is_not()
    {
        var operations = Operations("SELECT pg_catalog.set_config('search_path', '', false);\nSELECT create_partitions('events');");

        Assert.That(operations[0], Is.TypeOf<NoSchemaChange>());
        Assert.That(((CallRoutine)operations[1]).Routine.Name, Is.EqualTo("create_partitions"));
    }

    [Test]
    public void Drop_of_several_objects_gives_one_operation_each()
    {
        var operations = Operations("DROP TABLE IF EXISTS a, b CASCADE; DROP TRIGGER t_audit ON certificates;");

        Assert.That(operations.OfType<DropTable>().Select(d => d.Table.Name), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(operations.OfType<DropTable>().All(d => d.IfExists && d.Cascade), Is.True);
        var trigger = operations.OfType<DropObject>().Single();
        Assert.That((trigger.Kind, trigger.Name.Name, trigger.Table?.Name), Is.EqualTo((ObjectKind.Trigger, "t_audit", "certificates")));
    }

    [Test]
    public void Using_that_only_casts_the_column_is_the_plain_conversion()
    {
        var operations = Operations(
            "ALTER TABLE t ALTER COLUMN a TYPE bigint USING a::bigint, ALTER COLUMN b TYPE int USING round(b * 100)::int;");

        Assert.That(((AlterColumnType)operations[0]).UsingExpression, Is.Null);
        Assert.That(((AlterColumnType)operations[1]).UsingExpression, Is.EqualTo("round(b * 100)::int"));
    }

    [Test]
    public void Enum_changes_are_modelled()
    {
        var operations = Operations(
            "CREATE TYPE status AS ENUM ('active', 'revoked'); ALTER TYPE status ADD VALUE 'expired'; ALTER TYPE status RENAME VALUE 'revoked' TO 'withdrawn';");

        Assert.That(((CreateEnumType)operations[0]).Values, Is.EqualTo(new[] { "active", "revoked" }));
        Assert.That(((AddEnumValue)operations[1]).Value, Is.EqualTo("expired"));
        Assert.That(((RenameEnumValue)operations[2]).NewValue, Is.EqualTo("withdrawn"));
    }
}
