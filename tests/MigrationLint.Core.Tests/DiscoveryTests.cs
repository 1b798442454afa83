using MigrationLint.Core.Discovery;
using MigrationLint.Testing;

namespace MigrationLint.Core.Tests;

public sealed class DiscoveryTests
{
    private static MigrationDiscovery Discovery() => new(new DiscoveryOptions(DialectNames.Postgres));

    [Test]
    public void Golang_migrate_pairs_ups_with_downs_and_reports_what_is_missing()
    {
        using var folder = new TemporaryFolder();
        folder.Write("000001_init.up.sql", "CREATE TABLE a (id int);");
        folder.Write("000001_init.down.sql", "DROP TABLE a;");
        folder.Write("000002_add.up.sql", "ALTER TABLE a ADD COLUMN b int;");
        folder.Write("000004_gap.up.sql", "SELECT 1;");
        folder.Write("000004_gap.down.sql", "SELECT 1;");
        folder.Write("000005_orphan.down.sql", "SELECT 1;");
        folder.Write("README.md", "not a migration");

        var set = Discovery().ScanFolder(folder.Path)!;

        Assert.That(set.Layout, Is.EqualTo(MigrationLayout.GolangMigrate));
        Assert.That(set.Migrations.Select(m => m.Version), Is.EqualTo(new[] { "000001", "000002", "000004" }));
        Assert.That(set.Migrations[0].Down!.FilePath, Does.EndWith("000001_init.down.sql"));
        Assert.That(set.Problems.Select(p => (p.Kind, p.Version)), Is.EquivalentTo(new[]
        {
            (DiscoveryProblemKind.MissingDown, "000002"),
            (DiscoveryProblemKind.VersionGap, "000004"),
            (DiscoveryProblemKind.OrphanDown, "000005"),
        }));
    }

    [Test]
    public void Dialect_variants_of_one_migration_resolve_to_the_one_that_runs()
    {
        using var folder = new TemporaryFolder();
        folder.Write("20210101000000000000_init.postgres.up.sql", "CREATE TABLE a (id int);");
        folder.Write("20210101000000000000_init.mysql.up.sql", "CREATE TABLE a (id int) ENGINE=InnoDB;");
        folder.Write("20210101000000000000_init.up.sql", "CREATE TABLE a (id int);");
        folder.Write("20210101000000000000_init.down.sql", "DROP TABLE a;");
        folder.Write("20210201000000000000_idx.postgres.autocommit.up.sql", "CREATE INDEX CONCURRENTLY i ON a (id);");

        var set = Discovery().ScanFolder(folder.Path)!;

        Assert.That(set.Migrations, Has.Length.EqualTo(2));
        Assert.That(set.Migrations[0].Up.FilePath, Does.EndWith("init.postgres.up.sql"));
        Assert.That(set.Migrations[0].Down!.FilePath, Does.EndWith("init.down.sql"));
        Assert.That(set.Migrations[1].Name, Is.EqualTo("idx"));
        Assert.That(set.Problems.Where(p => p.Kind == DiscoveryProblemKind.DuplicateVersion), Is.Empty);
    }

    [Test]
    public void Two_migrations_with_one_version_are_a_duplicate()
    {
        using var folder = new TemporaryFolder();
        folder.Write("000001_a.up.sql", "SELECT 1;");
        folder.Write("000001_b.up.sql", "SELECT 2;");

        var set = Discovery().ScanFolder(folder.Path)!;

        Assert.That(set.Problems.Count(p => p.Kind == DiscoveryProblemKind.DuplicateVersion), Is.EqualTo(1));
    }

    [Test]
    public void Goose_files_hold_both_sections_and_go_migrations_are_listed()
    {
        using var folder = new TemporaryFolder();
        folder.Write("00001_init.sql", "-- +goose Up\nCREATE TABLE a (id int);\n-- +goose Down\nDROP TABLE a;\n");
        folder.Write("00002_only_up.sql", "-- +goose Up\nALTER TABLE a ADD COLUMN b int;\n");
        folder.Write("00003_backfill.go", "package migrations");

        var set = Discovery().ScanFolder(folder.Path)!;

        Assert.That(set.Layout, Is.EqualTo(MigrationLayout.Goose));
        Assert.That(set.Migrations.Select(m => (m.Version, m.Up.Section, m.Down?.Section)), Is.EqualTo(new (string, ScriptSection, ScriptSection?)[]
        {
            ("00001", ScriptSection.UpSection, ScriptSection.DownSection),
            ("00002", ScriptSection.UpSection, null),
            ("00003", ScriptSection.WholeFile, null),
        }));
    }

    [Test]
    public void A_section_keeps_the_file_positions_of_its_text()
    {
        var text = "-- +goose Up\nCREATE TABLE a (id int);\n-- +goose Down\nDROP TABLE a;\n";

        var up = GooseLayout.Instance.KeepOnly(text, ScriptSection.UpSection);
        var down = GooseLayout.Instance.KeepOnly(text, ScriptSection.DownSection);

        Assert.That(up, Has.Length.EqualTo(text.Length));
        Assert.That(up, Does.Contain("CREATE TABLE").And.Not.Contain("DROP TABLE"));
        Assert.That(down.Split('\n')[3], Is.EqualTo("DROP TABLE a;"));
        Assert.That(down, Does.Not.Contain("CREATE"));
    }

    [Test]
    public void Dbmate_sections_are_found_by_their_markers()
    {
        using var folder = new TemporaryFolder();
        folder.Write("20240101000000_init.sql", "-- migrate:up\nCREATE TABLE a (id int);\n\n-- migrate:down\nDROP TABLE a;\n");

        var set = Discovery().ScanFolder(folder.Path)!;

        Assert.That(set.Layout, Is.EqualTo(MigrationLayout.Dbmate));
        Assert.That(set.Migrations.Single().Down!.Section, Is.EqualTo(ScriptSection.DownSection));
    }

    [Test]
    public void Flyway_orders_versions_numerically_pairs_undo_scripts_and_keeps_a_baseline_only_without_its_versions()
    {
        using var folder = new TemporaryFolder();
        folder.Write("V1_12_10__ten___POSTGRESQL.sql", "SELECT 1;");
        folder.Write("V1_12_5__five___POSTGRESQL.sql", "SELECT 1;");
        folder.Write("U1_12_5__five___POSTGRESQL.sql", "SELECT 1;");
        folder.Write("V1_12_6__six___SQL_SERVER.sql", "SELECT 1;");
        folder.Write("B1_12_0__baseline___POSTGRESQL.sql", "SELECT 1;");

        var set = Discovery().ScanFolder(folder.Path)!;

        Assert.That(set.Layout, Is.EqualTo(MigrationLayout.Flyway));
        Assert.That(set.Migrations.Select(m => m.Version), Is.EqualTo(new[] { "1_12_0", "1_12_5", "1_12_10" }));
        Assert.That(set.Migrations[1].Down!.FilePath, Does.EndWith("U1_12_5__five___POSTGRESQL.sql"));
    }

    [Test]
    public void Folder_per_migration_reads_up_and_down_from_each_folder()
    {
        using var folder = new TemporaryFolder();
        folder.Write("1663782457_remove_metadata/up.sql", "DROP TABLE metadata;");
        folder.Write("1663782457_remove_metadata/down.sql", "CREATE TABLE metadata (id int);");
        folder.Write("1664221127_repo_names/up.sql", "SELECT 1;");

        var result = Discovery().Discover([folder.Path]);

        var set = result.Sets.Single();
        Assert.That(set.Layout, Is.EqualTo(MigrationLayout.FolderPerMigration));
        Assert.That(set.Migrations.Select(m => m.Name), Is.EqualTo(new[] { "remove_metadata", "repo_names" }));
    }

    [Test]
    public void A_file_argument_puts_its_migration_under_review_and_earlier_ones_in_history()
    {
        using var folder = new TemporaryFolder();
        folder.Write("000001_init.up.sql", "CREATE TABLE a (id int);");
        folder.Write("000002_add.up.sql", "ALTER TABLE a ADD COLUMN b int;");
        var third = folder.Write("000003_drop.up.sql", "ALTER TABLE a DROP COLUMN b;");

        var result = Discovery().Discover([third]);

        var set = result.Sets.Single();
        Assert.That(set.Migrations, Has.Length.EqualTo(3));
        Assert.That(set.Window, Is.EquivalentTo(new[] { "000003" }));
    }

    [Test]
    public void A_folder_argument_is_searched_recursively_one_set_per_folder()
    {
        using var folder = new TemporaryFolder();
        folder.Write("service-a/migrations/000001_init.up.sql", "SELECT 1;");
        folder.Write("service-b/db/00001_init.sql", "-- +goose Up\nSELECT 1;\n");
        folder.Write("service-b/bin/000001_copy.up.sql", "SELECT 1;");

        var result = Discovery().Discover([folder.Path]);

        Assert.That(result.Sets.Select(s => s.Layout), Is.EquivalentTo(new[] { MigrationLayout.GolangMigrate, MigrationLayout.Goose }));
        Assert.That(result.Sets.All(s => s.Window.Count == s.Migrations.Length), Is.True);
    }

    /// <summary>
    /// A folder's files are named (relative or absolute) like the first argument that reaches the
    /// folder, a folder argument included, however long the list: a long list of files is
    /// discovered in parallel only where the order of the arguments cannot change the answer.
    /// </summary>
    [TestCase(true)]
    [TestCase(false)]
    public void The_first_argument_that_reaches_a_folder_names_its_files(bool folderArgumentFirst)
    {
        using var folder = new TemporaryFolder();
        var files = Enumerable.Range(1, 70).Select(i => folder.Write($"db/migrations/{i:D6}_step.up.sql", "SELECT 1;")).ToList();
        var other = folder.Write("other/migrations/000001_init.up.sql", "SELECT 1;");
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = folder.Path;
        try
        {
            IEnumerable<string> arguments = folderArgumentFirst
                ? ["db", .. files, other]
                : [.. files.Select(f => Path.GetRelativePath(folder.Path, f)), Path.GetRelativePath(folder.Path, other)];

            var sets = Discovery().Discover(arguments).Sets;

            Assert.That(sets.Select(s => s.Directory), Is.EquivalentTo(new[]
            {
                Path.Combine("db", "migrations"),
                folderArgumentFirst ? Path.GetDirectoryName(other)! : Path.Combine("other", "migrations"),
            }));
            Assert.That(sets.First(s => s.Directory.StartsWith("db", StringComparison.Ordinal)).Window, Has.Count.EqualTo(70));
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }

    /// <summary>
    /// A long list is told apart from its folders' listings, not path by path: it must still find
    /// exactly what asking about each path finds, whatever the paths look like.
    /// </summary>
    [Test]
    public void A_long_list_tells_files_folders_and_missing_paths_apart_like_a_short_one()
    {
        using var folder = new TemporaryFolder();
        var files = Enumerable.Range(1, 70).Select(i => folder.Write($"db/migrations/{i:D6}_step.up.sql", "SELECT 1;")).ToList();
        folder.Write("other/migrations/000001_init.up.sql", "SELECT 1;");
        var standalone = folder.Write("scripts/hotfix.sql", "SELECT 1;");
        Directory.CreateDirectory(Path.Combine(folder.Path, "db", "migrations", "notes.sql"));
        string[] unusual =
        [
            Path.Combine(folder.Path, "db", "migrations", "..", "migrations", "000071_late.up.sql"),
            Path.Combine(folder.Path, "other"),
            Path.Combine(folder.Path, "db", "migrations", "000999_absent.up.sql"),
            Path.Combine(folder.Path, "absent", "000001_init.up.sql"),
            Path.Combine(folder.Path, "db", "migrations", "notes.sql"),
            standalone,
        ];
        folder.Write("db/migrations/000071_late.up.sql", "SELECT 1;");

        var result = Discovery().Discover([.. files, .. unusual]);

        Assert.That(result.Errors.Select(e => (Path.GetFileName(e.File), e.Message)), Is.EquivalentTo(new[]
        {
            ("000999_absent.up.sql", "no such file or folder"),
            ("000001_init.up.sql", "no such file or folder"),
            ("notes.sql", "no migrations found in this folder (looked for golang-migrate, goose, dbmate, Flyway and folder-per-migration layouts)"),
        }));
        Assert.That(result.Sets.Select(s => (Path.GetFileName(s.Directory), s.Window.Count)), Is.EquivalentTo(new[]
        {
            ("migrations", 71),
            ("migrations", 1),
            ("scripts", 1),
        }));
    }

    [Test]
    public void Missing_paths_and_empty_folders_are_errors()
    {
        using var folder = new TemporaryFolder();

        var result = Discovery().Discover([folder.Path, Path.Combine(folder.Path, "absent.sql")]);

        Assert.That(result.Sets, Is.Empty);
        Assert.That(result.Errors.Select(e => e.Message), Has.Some.StartsWith("no migrations found"));
        Assert.That(result.Errors.Select(e => e.Message), Has.Some.EqualTo("no such file or folder"));
    }

    [Test]
    public void A_sql_file_no_layout_claims_is_analysed_on_its_own()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Write("hotfix.sql", "ALTER TABLE a DROP COLUMN b;");

        var set = Discovery().Discover([file]).Sets.Single();

        Assert.That(set.Layout, Is.EqualTo(MigrationLayout.StandaloneScript));
        Assert.That(set.Window, Is.EquivalentTo(new[] { "hotfix" }));
    }

    [Test]
    public void DbUp_scripts_run_in_name_order_and_have_no_downs()
    {
        using var folder = new TemporaryFolder();
        folder.Write("Script0002 - Add orders.sql", "CREATE TABLE orders (id int);");
        folder.Write("Script0001 - Create users.sql", "CREATE TABLE users (id int);");
        folder.Write("Script0010 - Rename.sql", "EXEC sp_rename 'users', 'members';");
        folder.Write("readme.sql", "-- not a script: no sortable prefix");

        var set = Discovery().ScanFolder(folder.Path)!;

        Assert.That(set.Layout, Is.EqualTo(MigrationLayout.DbUp));
        Assert.That(set.Migrations.Select(m => (m.Version, m.Name)), Is.EqualTo(new[]
        {
            ("Script0001 - Create users", "Create users"),
            ("Script0002 - Add orders", "Add orders"),
            ("Script0010 - Rename", "Rename"),
        }));
        Assert.That(set.Migrations.All(m => m.Down is null), Is.True);
        Assert.That(set.Problems.Select(p => p.Kind), Is.All.EqualTo(DiscoveryProblemKind.MissingDown));
    }

    [Test]
    public void DbUp_takes_dated_names_and_sorts_them_as_the_runner_does()
    {
        using var folder = new TemporaryFolder();
        folder.Write("20240101_02_add_orders.sql", "CREATE TABLE orders (id int);");
        folder.Write("20240101_01_create_users.sql", "CREATE TABLE users (id int);");
        folder.Write("20231231_01_seed.sql", "SELECT 1;");

        var set = Discovery().ScanFolder(folder.Path)!;

        Assert.That(set.Layout, Is.EqualTo(MigrationLayout.DbUp));
        Assert.That(set.Migrations.Select(m => m.Version), Is.EqualTo(new[] { "20231231_01_seed", "20240101_01_create_users", "20240101_02_add_orders" }));
    }

    [TestCase("000001_init.up.sql", "000001_init.down.sql", MigrationLayout.GolangMigrate)]
    [TestCase("V1__init.sql", "V2__more.sql", MigrationLayout.Flyway)]
    public void DbUp_does_not_take_folders_other_layouts_read(string first, string second, MigrationLayout expected)
    {
        using var folder = new TemporaryFolder();
        folder.Write(first, "CREATE TABLE a (id int);");
        folder.Write(second, "DROP TABLE a;");
        folder.Write("001_seed.sql", "INSERT INTO a VALUES (1);");
        folder.Write("002_more_seed.sql", "INSERT INTO a VALUES (2);");
        folder.Write("003_even_more_seed.sql", "INSERT INTO a VALUES (3);");

        Assert.That(Discovery().ScanFolder(folder.Path)!.Layout, Is.EqualTo(expected));
    }

    [Test]
    public void DbUp_does_not_take_goose_or_dbmate_folders_with_a_stray_script()
    {
        using var folder = new TemporaryFolder();
        folder.Write("001_init.sql", "-- +goose Up\nCREATE TABLE a (id int);\n-- +goose Down\nDROP TABLE a;");
        folder.Write("002_seed.sql", "INSERT INTO a VALUES (1);");
        folder.Write("003_seed_more.sql", "INSERT INTO a VALUES (2);");

        Assert.That(Discovery().ScanFolder(folder.Path)!.Layout, Is.EqualTo(MigrationLayout.Goose));
    }

    [Test]
    public void Flyway_reports_two_scripts_of_one_version_as_a_duplicate()
    {
        using var folder = new TemporaryFolder();
        folder.Write("V1__init.sql", "CREATE TABLE a (id int);");
        folder.Write("V2__add_b.sql", "ALTER TABLE a ADD b int;");
        folder.Write("V2__add_c.sql", "ALTER TABLE a ADD c int;");

        var set = Discovery().ScanFolder(folder.Path)!;

        Assert.That(set.Problems.Where(p => p.Kind == DiscoveryProblemKind.DuplicateVersion).Select(p => Path.GetFileName(p.File)), Is.EqualTo(new[] { "V2__add_c.sql" }));
    }
}
