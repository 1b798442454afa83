using System.Text.Json;
using MigrationLint.Testing;

namespace MigrationLint.Cli.Tests;

/// <summary>
/// Which dialect reads each folder: --dialect when given; else the folder's file names; else T-SQL
/// markers in its scripts; else PostgreSQL. The JSON report says, per migration, which it was.
/// </summary>
public sealed class DialectTests
{
    private static Dictionary<string, string> DialectByFolder(params string[] arguments)
    {
        var result = Cli.Run(["check", .. arguments, "--format", "json", "--fail-on", "never"]);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        using var report = JsonDocument.Parse(result.Output);
        return report.RootElement.GetProperty("migrations").EnumerateArray()
            .GroupBy(m => Path.GetFileName(Path.GetDirectoryName(m.GetProperty("upFile").GetString()!))!)
            .ToDictionary(g => g.Key, g => string.Join(",", g.Select(m => m.GetProperty("dialect").GetString()).Distinct()));
    }

    [Test]
    public void Auto_reads_each_hawkbit_folder_in_its_own_dialect()
    {
        var hawkbit = RepositoryPaths.Corpus is { } corpus ? Path.Combine(corpus, "eclipse-hawkbit__hawkbit__124be742") : null;
        if (hawkbit is null || !Directory.Exists(hawkbit))
        {
            Assert.Ignore("The shared corpus is not here.");
        }

        var dialects = DialectByFolder(hawkbit!);

        Assert.That(dialects, Is.EquivalentTo(new Dictionary<string, string> { ["POSTGRESQL"] = "postgres", ["SQL_SERVER"] = "sqlserver" }));
    }

    [Test]
    public void Auto_reads_scripts_with_t_sql_markers_as_sql_server_and_others_as_postgresql()
    {
        using var folder = new TemporaryFolder();
        folder.Write("tsql/V1__base.sql", "CREATE TABLE [dbo].[users] ([id] INT NOT NULL);\nGO\n");
        folder.Write("tsql/V2__rename.sql", "EXEC sp_rename 'dbo.users.id', 'user_id', 'COLUMN';\n");
        folder.Write("pg/000001_base.up.sql", "CREATE TABLE users (id int NOT NULL, tags text[]);\n");
        folder.Write("pg/000001_base.down.sql", "DROP TABLE users;\n");

        var dialects = DialectByFolder(folder.Path);

        Assert.That(dialects, Is.EquivalentTo(new Dictionary<string, string> { ["tsql"] = "sqlserver", ["pg"] = "postgres" }));
    }

    [Test]
    public void Auto_sees_a_t_sql_marker_past_the_scripts_kept_in_memory()
    {
        // Beyond the first 4,096 scripts a long history is read for detection in batches and let go;
        // a marker in the newest script still decides, and the scripts are read again to be parsed.
        using var folder = new TemporaryFolder();
        const int count = 4_100;
        for (var i = 1; i < count; i++)
        {
            folder.Write($"V{i}__step.sql", $"CREATE TABLE t{i} (id INT NOT NULL);\n");
        }

        folder.Write($"V{count}__last.sql", "ALTER TABLE t1 ADD note NVARCHAR(20) NULL;\n");

        var result = Cli.Run("check", folder.Path, "--format", "json", "--fail-on", "never");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        using var report = JsonDocument.Parse(result.Output);
        var migrations = report.RootElement.GetProperty("migrations").EnumerateArray().ToList();
        Assert.That(migrations, Has.Count.EqualTo(count));
        Assert.That(migrations.Select(m => m.GetProperty("dialect").GetString()).Distinct(), Is.EqualTo(new[] { "sqlserver" }));
        Assert.That(migrations[^1].GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()), Does.Contain("ML104"));
    }

    [Test]
    public void An_explicit_dialect_wins_over_detection()
    {
        using var folder = new TemporaryFolder();
        folder.Write("V1__base.sql", "CREATE TABLE users (id INT NOT NULL);\n");
        folder.Write("V2__add.sql", "ALTER TABLE users ADD nickname VARCHAR(20) NULL;\n");

        Assert.That(DialectByFolder(folder.Path).Values.Single(), Is.EqualTo("postgres"), "plain SQL without markers is read as PostgreSQL");
        Assert.That(DialectByFolder(folder.Path, "--dialect", "sqlserver").Values.Single(), Is.EqualTo("sqlserver"));
    }

    [Test]
    public void Bad_t_sql_is_a_review_finding_with_line_and_column_not_a_crash()
    {
        using var folder = new TemporaryFolder();
        folder.Write("V1__base.sql", "CREATE TABLE users (id INT NOT NULL);\nGO\n");
        folder.Write("V2__broken.sql", "ALTER TABLE users ADD nickname VARCHAR(20) NULL;\nGO\nALTER TABLE users ADD COLUMN x INT;\n");

        var result = Cli.Run("check", folder.Path + "/V2__broken.sql", "--dialect", "sqlserver");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Error);
        Assert.That(result.Output, Does.Contain("V2__broken.sql:3:23: review ML901 syntax-error: the parser rejects this: Incorrect syntax near 'COLUMN'."));
    }
}
