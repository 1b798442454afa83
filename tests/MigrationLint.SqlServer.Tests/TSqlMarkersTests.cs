namespace MigrationLint.SqlServer.Tests;

public sealed class TSqlMarkersTests
{
    [TestCase("CREATE TABLE t (id int)\nGO\n", "GO")]
    [TestCase("CREATE TABLE t (id int)\n  go 2 -- twice\n", "GO")]
    [TestCase("EXEC sp_rename 'dbo.t.a', 'b', 'COLUMN';", "sp_rename")]
    [TestCase("ALTER TABLE [dbo].[Orders] ADD x int;", "[dbo]")]
    [TestCase("INSERT INTO t (name) VALUES (N'Zoë');", "N'…'")]
    [TestCase("ALTER TABLE t ADD id UNIQUEIDENTIFIER NOT NULL;", "UNIQUEIDENTIFIER")]
    [TestCase("ALTER TABLE t ADD body VARCHAR(MAX);", "(MAX)")]
    public void Finds_t_sql(string sql, string marker) => Assert.That(TSqlMarkers.Find(sql), Is.EqualTo(marker));

    [TestCase("CREATE TABLE t (tags text[] NOT NULL, ids int[]);")]
    [TestCase("SELECT tags[1], (ARRAY[1,2])[1] FROM t;")]
    [TestCase("-- run sp_rename on SQL Server instead\nCOMMENT ON TABLE t IS 'use [brackets] and GO';")]
    [TestCase("SELECT 'GO' AS go_word;\n/*\nGO\n*/")]
    [TestCase("CREATE TABLE goals (id serial PRIMARY KEY, name varchar(100));")]
    [TestCase("ALTER TABLE t ADD COLUMN go_live date;\nSELECT fn('x');")]
    public void Finds_nothing_in_postgresql(string sql) => Assert.That(TSqlMarkers.Find(sql), Is.Null);
}
