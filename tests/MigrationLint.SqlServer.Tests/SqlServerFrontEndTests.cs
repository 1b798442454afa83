using MigrationLint.Core.Model;
using MigrationLint.Core.Text;
using SqlVersion = Microsoft.SqlServer.TransactSql.ScriptDom.SqlVersion;

namespace MigrationLint.SqlServer.Tests;

public sealed class SqlServerFrontEndTests
{
    private static readonly SqlServerFrontEnd FrontEnd = new();

    private static List<SchemaOperation> Operations(string sql) =>
        [.. FrontEnd.Parse(new SourceText("m.sql", sql)).Operations];

    private static T Single<T>(string sql)
        where T : SchemaOperation
    {
        var operations = Operations(sql);
        Assert.That(operations, Has.Count.EqualTo(1), string.Join("\n", operations));
        return (T)operations[0];
    }

    [Test]
    public void Parses_with_the_newest_grammar_by_default_and_an_older_one_on_request()
    {
        Assert.That(FrontEnd.Version, Is.EqualTo(SqlVersion.Sql180));
        Assert.That(new SqlServerFrontEnd(130).Version, Is.EqualTo(SqlVersion.Sql130));
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new SqlServerFrontEnd(999));
    }

    [Test]
    public void Alter_table_add_reads_nullability_and_named_and_unnamed_defaults()
    {
        var operations = Operations("ALTER TABLE [dbo].[Orders] ADD a INT NOT NULL CONSTRAINT DF_Orders_a DEFAULT 0, b VARCHAR(10), c BIT NOT NULL DEFAULT 1;");

        Assert.That(operations, Has.Count.EqualTo(3));
        var a = (AddColumn)operations[0];
        Assert.Multiple(() =>
        {
            Assert.That(a.Table, Is.EqualTo(new ObjectName("dbo", "Orders")));
            Assert.That(a.Column, Is.EqualTo(new ColumnDefinition("a", a.Column.Type, true, "0", false, false)));
            Assert.That(a.Constraints.Single(), Is.EqualTo(new ConstraintDefinition("DF_Orders_a", ConstraintKind.Default, ["a"], null)).Using<ConstraintDefinition>(SameConstraint));
            Assert.That(((AddColumn)operations[1]).Column.NotNull, Is.False, "columns are nullable unless NOT NULL is said");
            Assert.That(((AddColumn)operations[1]).Column.Type!.Text, Is.EqualTo("varchar(10)"));
            Assert.That(((AddColumn)operations[2]).Column.DefaultExpression, Is.EqualTo("1"));
            Assert.That(((AddColumn)operations[2]).Constraints, Is.Empty, "an unnamed default gets a random name: no constraint to track");
            Assert.That(operations[1].Span.Column, Is.EqualTo(81), "each column of a multi-column ADD spans itself");
        });
    }

    private static bool SameConstraint(ConstraintDefinition x, ConstraintDefinition y) =>
        x.Name == y.Name && x.Kind == y.Kind && x.Columns.SequenceEqual(y.Columns) && x.ReferencedTable == y.ReferencedTable;

    [TestCase("ALTER TABLE t ALTER COLUMN c VARCHAR(128)", typeof(DropNotNull))]
    [TestCase("ALTER TABLE t ALTER COLUMN c VARCHAR(128) NULL", typeof(DropNotNull))]
    [TestCase("ALTER TABLE t ALTER COLUMN c VARCHAR(128) NOT NULL", typeof(SetNotNull))]
    public void Alter_column_changes_the_type_and_restates_nullability(string sql, Type nullability)
    {
        var operations = Operations(sql);

        Assert.That(operations.Select(o => o.GetType()), Is.EqualTo(new[] { typeof(AlterColumnType), nullability }));
        Assert.That(((AlterColumnType)operations[0]).NewType.Text, Is.EqualTo("varchar(128)"));
    }

    [TestCase("EXEC sp_rename 'dbo.users.name', 'full_name', 'COLUMN'", "dbo", "users")]
    [TestCase("EXEC sys.sp_rename @objname = N'[dbo].[users].[name]', @newname = N'full_name', @objtype = N'COLUMN'", "dbo", "users")]
    [TestCase("EXECUTE sp_rename @objtype = 'column', @newname = 'full_name', @objname = 'users.name'", null, "users")]
    [TestCase("sp_rename 'my db.dbo.users.name', 'full_name', 'COLUMN'", "dbo", "users")]
    [TestCase("EXEC sp_rename 'dbo.users.name', 'full_name'", "dbo", "users")]
    [TestCase("EXEC sp_rename N'[dbo].[user.table].[name]', N'full_name', N'COLUMN'", "dbo", "user.table")]
    public void Sp_rename_of_a_column_in_every_form(string sql, string? schema, string table)
    {
        var rename = Single<RenameColumn>(sql);

        Assert.That(rename, Is.EqualTo(new RenameColumn(rename.Span, new ObjectName(schema, table), "name", "full_name")));
    }

    [Test]
    public void Sp_rename_of_objects_and_indexes()
    {
        var table = Single<RenameTable>("EXEC sp_rename 'dbo.users', 'accounts'");
        var untyped = Single<RenameTable>("EXEC sp_rename N'PK_users', N'PK_accounts', N'OBJECT'");
        var index = Single<RenameObject>("EXEC sp_rename N'dbo.users.IX_users_name', N'IX_users_full_name', N'INDEX'");
        var dynamic = Single<DynamicSql>("DECLARE @old sysname = 'users'; EXEC sp_rename @old, 'accounts'".Split(';')[1]);

        Assert.Multiple(() =>
        {
            Assert.That((table.Table, table.NewName), Is.EqualTo((new ObjectName("dbo", "users"), "accounts")));
            Assert.That((untyped.Table, untyped.NewName), Is.EqualTo((new ObjectName(null, "PK_users"), "PK_accounts")));
            Assert.That(index, Is.EqualTo(new RenameObject(index.Span, ObjectKind.Index, new ObjectName("dbo", "IX_users_name"), "IX_users_full_name", new ObjectName("dbo", "users"))));
            Assert.That(dynamic.Detail, Does.Contain("sp_rename"));
        });
    }

    [Test]
    public void Guards_are_looked_through_and_each_guarded_statement_keeps_its_position()
    {
        var operations = Operations("IF OBJECT_ID(N'dbo.t', N'U') IS NOT NULL\n    DROP TABLE dbo.t;\nIF EXISTS (SELECT 1 FROM sys.columns WHERE name = 'c')\nBEGIN\n    ALTER TABLE dbo.u DROP COLUMN c;\nEND\nELSE\n    PRINT 'no';");

        Assert.That(operations.Select(o => (o.GetType().Name, o.Span.Line, o.Span.Column)), Is.EqualTo(new[]
        {
            (nameof(DropTable), 2, 5),
            (nameof(DropColumn), 5, 5),
            (nameof(NoSchemaChange), 8, 5),
        }));
    }

    [Test]
    public void Create_or_alter_replaces_and_alter_changes_an_object_that_must_exist()
    {
        var operations = Operations("CREATE OR ALTER VIEW dbo.v AS SELECT 1 AS x;\nGO\nALTER PROCEDURE dbo.p AS SELECT 1;\nGO\nCREATE OR ALTER TRIGGER trg ON dbo.t AFTER INSERT AS SELECT 1;\nGO\nDROP TRIGGER trg;");

        Assert.Multiple(() =>
        {
            Assert.That(operations[0], Is.EqualTo(new CreateObject(operations[0].Span, ObjectKind.View, new ObjectName("dbo", "v"), true, null)));
            Assert.That(operations[1], Is.EqualTo(new AlterObject(operations[1].Span, ObjectKind.Procedure, new ObjectName("dbo", "p"), "definition")));
            Assert.That(operations[2], Is.EqualTo(new CreateObject(operations[2].Span, ObjectKind.Trigger, new ObjectName("dbo", "trg"), true, new ObjectName("dbo", "t"))));
            Assert.That(operations[3], Is.EqualTo(new DropObject(operations[3].Span, ObjectKind.Trigger, new ObjectName(null, "trg"), null, false, false)));
        });
    }

    [Test]
    public void Drop_index_in_both_syntaxes_names_the_index_in_its_tables_schema()
    {
        var operations = Operations("DROP INDEX IX_a ON sales.orders;\nDROP INDEX sales.orders.IX_b, IF_c ON x");

        Assert.That(operations.OfType<DropIndex>().Select(d => d.Index).Take(2), Is.EqualTo(new[] { new ObjectName("sales", "IX_a"), new ObjectName("sales", "IX_b") }));
    }

    [Test]
    public void Default_constraints_added_for_a_column_are_set_default_with_the_constraint_name()
    {
        var set = Single<SetDefault>("ALTER TABLE t ADD CONSTRAINT DF_t_c DEFAULT (getdate()) FOR c;");

        Assert.That((set.Column, set.Expression, set.ConstraintName), Is.EqualTo(("c", "(getdate())", "DF_t_c")));
    }

    [Test]
    public void Exec_of_a_constant_string_is_read_as_sql_at_its_place_in_the_file()
    {
        var operations = Operations("EXEC('ALTER TABLE t ADD x INT; DELETE FROM t WHERE name = ''it''''s''');\nEXEC sp_executesql N'TRUNCATE TABLE u';\nEXEC (@sql);");

        Assert.Multiple(() =>
        {
            Assert.That(operations[0], Is.TypeOf<AddColumn>());
            Assert.That((operations[0].Span.Line, operations[0].Span.Column), Is.EqualTo((1, 7)));
            Assert.That(operations[1], Is.TypeOf<DataChange>());
            Assert.That((operations[1].Span.Column, operations[1].Span.EndColumn), Is.EqualTo((32, 70)), "doubled quotes are mapped back");
            Assert.That(operations[2], Is.EqualTo(new DataChange(operations[2].Span, DataChangeKind.Truncate, new ObjectName(null, "u"), false)));
            Assert.That(operations[2].Span.Column, Is.EqualTo(22));
            Assert.That(operations[3], Is.TypeOf<DynamicSql>());
        });
    }

    [Test]
    public void Procedures_are_calls_except_system_ones_with_a_known_effect()
    {
        var operations = Operations(
            "EXEC dbo.recalculate;\nEXEC sp_addextendedproperty N'MS_Description', N'x', N'SCHEMA', N'dbo', N'TABLE', N't';\nEXEC sp_refreshview 'dbo.v';\nEXEC sp_addrolemember 'readers', 'app';");

        Assert.That(operations.Select(o => o.GetType()), Is.EqualTo(new[] { typeof(CallRoutine), typeof(Comment), typeof(NoSchemaChange), typeof(ChangePrivileges) }));
        Assert.That(((Comment)operations[1]).Target, Is.EqualTo("dbo.t"));
    }

    [Test]
    public void Data_changes_resolve_aliases_and_ignore_table_variables()
    {
        var operations = Operations("UPDATE o SET total = 0 FROM dbo.orders o JOIN dbo.users u ON u.id = o.user_id;\nDELETE FROM @pending;\nSELECT * INTO dbo.orders_copy FROM dbo.orders;\nMERGE dbo.t AS t USING dbo.s AS s ON t.id = s.id WHEN NOT MATCHED BY SOURCE THEN DELETE;");

        Assert.Multiple(() =>
        {
            Assert.That(((DataChange)operations[0]).Table, Is.EqualTo(new ObjectName("dbo", "orders")));
            Assert.That(operations[1], Is.TypeOf<NoSchemaChange>());
            Assert.That(operations[2], Is.TypeOf<CreateTable>());
            Assert.That(((DataChange)operations[3]).Kind, Is.EqualTo(DataChangeKind.Delete));
        });
    }

    [Test]
    public void Go_lines_separate_batches_but_not_inside_strings_or_comments()
    {
        var parsed = FrontEnd.Parse(new SourceText("m.sql", "CREATE VIEW v1 AS SELECT 1 AS a\ngo\n/* GO */ CREATE VIEW v2 AS SELECT 'x\nGO\n' AS b\n  GO 3 -- again\nCREATE VIEW v3 AS SELECT 2 AS c"));

        Assert.That(parsed.Operations.OfType<SyntaxError>(), Is.Empty);
        Assert.That(parsed.Operations.OfType<CreateObject>().Select(c => (c.Name.Name, c.Span.Line)), Is.EqualTo(new[] { ("v1", 1), ("v2", 3), ("v3", 7) }));
    }

    [Test]
    public void A_syntax_error_costs_one_statement_with_scriptdoms_line_and_column()
    {
        var operations = Operations("DROP TABLE a\nALTER TABLE t ADD COLUMN d INT\nDROP TABLE b;\nGO\nCREATE TABLE c (id INT\nGO\nDROP TABLE d");

        Assert.That(operations.Select(o => (o.GetType().Name, o.Span.Line, o.Span.Column)), Is.EqualTo(new[]
        {
            (nameof(DropTable), 1, 1),
            (nameof(SyntaxError), 2, 19),
            (nameof(DropTable), 3, 1),
            (nameof(SyntaxError), 5, 20),
            (nameof(DropTable), 7, 1),
        }));
        Assert.That(((SyntaxError)operations[1]).Message, Is.EqualTo("Incorrect syntax near 'COLUMN'."));
    }

    [Test]
    public void A_module_that_does_not_parse_is_one_error_and_its_body_is_not_run()
    {
        var operations = Operations("CREATE PROCEDURE p AS\nDELETE FROM t\nSELECT * FROM\n");

        Assert.That(operations, Has.Count.EqualTo(1));
        Assert.That(operations[0], Is.TypeOf<SyntaxError>());
    }

    [Test]
    public void Columns_count_utf16_code_units_and_end_columns_are_exclusive()
    {
        var drop = Single<DropColumn>("/* 📏 Größe */ ALTER TABLE t DROP COLUMN c;");

        Assert.That((drop.Span.Line, drop.Span.Column, drop.Span.EndLine, drop.Span.EndColumn), Is.EqualTo((1, 16, 1, 43)));
    }

    [TestCase("")]
    [TestCase("\u0001\u0002 binary junk ]]] [[[ '''")]
    [TestCase("hello world this is not sql\nfoo bar baz")]
    [TestCase("CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql;")]
    [TestCase("/* never closed")]
    [TestCase("SELECT 'never closed")]
    [TestCase("BEGIN BEGIN BEGIN ((((( END")]
    public void Bad_input_never_throws_and_nothing_in_it_is_lost_silently(string sql)
    {
        var parsed = FrontEnd.Parse(new SourceText("m.sql", sql));

        Assert.That(parsed.Statements.All(s => s.Operations.Length > 0), Is.True);
        if (sql.Trim().Length > 0)
        {
            Assert.That(parsed.Operations.Any(o => o is SyntaxError or CallRoutine or Opaque or DynamicSql), Is.True, string.Join("\n", parsed.Operations));
        }
    }

    [Test]
    public void Random_text_never_crashes_the_front_end()
    {
        var random = new Random(1234);
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz0123456789'\"[]();,.@#-*/\n\tGOgo N'";
        for (var i = 0; i < 300; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(1, 200)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            Assert.DoesNotThrow(() => FrontEnd.Parse(new SourceText("m.sql", text)), text);
        }
    }
}
