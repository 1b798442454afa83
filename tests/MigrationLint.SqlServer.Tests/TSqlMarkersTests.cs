using MigrationLint.SqlServer.Translation;
using MigrationLint.Testing;

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

    [TestCase("SELECT max(price), max (amount) FROM t WHERE context = 'x' AND ntext_value IS NULL;")]
    [TestCase("ALTER TABLE t ADD tags text[], ids int[] ; SELECT ARRAY['a'][1], f(x)[1], t.\"col\"[2];")]
    [TestCase("SELECT data->'a' FROM nvarchar_things; CREATE INDEX ON t (maxima);")]
    public void Near_misses_are_ruled_out_without_blanking(string sql)
    {
        Assert.That(TSqlMarkers.Find(sql), Is.Null);
    }

    [TestCase("SELECT ( max /* note */ ) FROM t;", "( max   )")]
    [TestCase("ALTER TABLE t ADD body varchar(max-- note\n);", "(max )")]
    [TestCase("SELECT 1/*c*/[dbo];", "[dbo]")]
    [TestCase("ALTER TABLE t ADD x NVARCHAR(10);", "NVARCHAR")]
    [TestCase("CREATE TABLE [\u212Aey] (a int);", "[\u212Aey]")]
    public void Markers_next_to_comments_are_still_found(string sql, string marker)
    {
        Assert.That(TSqlMarkers.Find(sql), Is.EqualTo(marker));
    }

    /// <summary>
    /// The prefilter only saves work: over every script here (fixtures of both dialects, the corpus
    /// when present) the answer is the one blanking every script would give.
    /// </summary>
    [Test]
    public void The_prefilter_never_changes_the_answer()
    {
        var scripts = new[] { RepositoryPaths.Fixtures("postgres"), RepositoryPaths.Fixtures("sqlserver"), RepositoryPaths.Corpus }
            .OfType<string>()
            .SelectMany(root => Directory.EnumerateFiles(root, "*.sql", SearchOption.AllDirectories))
            .ToList();
        Assert.That(scripts, Has.Count.GreaterThan(300));

        var differing = scripts
            .Select(path => (Path: path, Text: File.ReadAllText(path)))
            .Where(script => TSqlMarkers.Find(script.Text) != (Batches.GoLines(script.Text).Any() ? "GO" : TSqlMarkers.FindInCode(script.Text)))
            .Select(script => script.Path)
            .ToList();

        Assert.That(differing, Is.Empty);
    }
}
